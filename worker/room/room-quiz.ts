import type { Question, Quiz } from "../../questions/types.ts";

/** A quiz with its questions indexed by id, as the QuizRoom grades against it. */
export type RoomQuiz = { quiz: Quiz; questions: Map<string, Question> };

export const indexQuiz = (quiz: Quiz): RoomQuiz => ({
  quiz,
  questions: new Map(quiz.questions.map((q) => [q.id, q])),
});

/**
 * The room's own copy of its quiz: strongly consistent, so a quiz is playable the moment it is
 * saved.
 */
export function readRoomQuiz(sql: SqlStorage): Quiz | null {
  const row = sql.exec<{ json: string }>("SELECT json FROM quiz LIMIT 1").toArray()[0];
  return row ? (JSON.parse(row.json) as Quiz) : null;
}

/** Replaces the room's copy (a room holds exactly one quiz). */
export function writeRoomQuiz(sql: SqlStorage, quiz: Quiz): void {
  sql.exec("DELETE FROM quiz");
  sql.exec("INSERT INTO quiz (id, json) VALUES (?, ?)", quiz.id, JSON.stringify(quiz));
}
