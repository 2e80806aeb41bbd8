import { attemptOrder } from "../attempts/attempt-order.ts";
import { findAttempt, listAnswers } from "./attempts.ts";
import { feedbackFor } from "./feedback.ts";
import type { RoomQuiz } from "./room-quiz.ts";
import type { AttemptView } from "./types.ts";

/**
 * An attempt as its player sees it on resuming: every answer with its feedback, and the score once
 * finished.
 */
export function attemptView(
  sql: SqlStorage,
  room: RoomQuiz,
  attemptId: string,
): AttemptView | null {
  const attempt = findAttempt(sql, attemptId);
  if (!attempt) return null;
  const answers: AttemptView["answers"] = {};
  for (const a of listAnswers(sql, attemptId)) {
    const q = room.questions.get(a.questionId);
    if (q) answers[a.questionId] = { answer: a.answer, ...feedbackFor(q, a) };
  }
  const finished = attempt.finishedAt !== null;
  const total = attempt.total ?? room.quiz.questions.length;
  const result = finished ? { score: attempt.score!, finishedAt: attempt.finishedAt! } : {};
  const order = attemptOrder(attemptId, room.quiz);
  return {
    attemptId,
    quizId: room.quiz.id,
    name: attempt.name,
    answers,
    finished,
    ...result,
    total,
    practice: attempt.practice,
    order,
  };
}
