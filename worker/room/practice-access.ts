import { practiceOf } from "../learn/practice-policy.ts";
import { findAnswer, findAttempt } from "./attempts.ts";
import type { RoomQuiz } from "./room-quiz.ts";
import type { PracticeLookup } from "./types.ts";

/**
 * What a practice check may know of one question, read from the room's own rows (strongly
 * consistent, like grading): the question, the quiz's practice policy and, for an attempt, whether
 * it has answered the question or finished. Reads only.
 */
export function practiceLookup(
  sql: SqlStorage,
  room: RoomQuiz,
  questionId: string,
  attemptId: string | null,
): PracticeLookup {
  const question = room.questions.get(questionId);
  if (!question) return { ok: false, reason: "no_question" };
  const practice = practiceOf(room.quiz);
  if (practice === "open" || attemptId === null)
    return { ok: true, question, practice, attempt: "none" };
  const attempt = findAttempt(sql, attemptId);
  if (!attempt) return { ok: true, question, practice, attempt: "unknown" };
  if (attempt.finishedAt !== null) return { ok: true, question, practice, attempt: "finished" };
  const answered = findAnswer(sql, attemptId, questionId) !== null;
  return { ok: true, question, practice, attempt: answered ? "answered" : "unanswered" };
}
