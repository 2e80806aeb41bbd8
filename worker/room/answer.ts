import { type AnswerValue, gradeAnswer } from "../../questions/grade.ts";
import { stripInvisible } from "../http/clean-text.ts";
import { findAnswer, findAttempt, recordFirstAnswer } from "./attempts.ts";
import { feedbackFor, fitsQuestion } from "./feedback.ts";
import { answerPoints } from "./points.ts";
import type { RoomQuiz } from "./room-quiz.ts";
import type { AnswerOutcome } from "./types.ts";

/**
 * Grades and records an answer. The first answer to a question counts: a repeat, even after the
 * attempt is finished, gets the first result back; a new answer after finishing is refused.
 * Runs without awaiting, so nothing else in the room interleaves between check and write.
 */
export function answerQuestion(
  sql: SqlStorage,
  room: RoomQuiz,
  attemptId: string,
  questionId: string,
  sent: AnswerValue,
): AnswerOutcome {
  let given = sent;
  const attempt = findAttempt(sql, attemptId);
  if (!attempt) return { ok: false, reason: "no_attempt" };
  const q = room.questions.get(questionId);
  if (!q) return { ok: false, reason: "no_question" };
  const earlier = findAnswer(sql, attemptId, questionId);
  if (earlier) return { ok: true, feedback: feedbackFor(q, earlier) };
  if (attempt.finishedAt !== null) return { ok: false, reason: "finished" };
  given = asOptionText(q.options, given);
  if (!fitsQuestion(q, given)) return { ok: false, reason: "wrong_shape" };
  const correct = gradeAnswer(q, given);
  const counted = recordFirstAnswer(
    sql,
    attemptId,
    { questionId, answer: given, correct, points: answerPoints(q, given, correct) },
    Date.now(),
  );
  return { ok: true, feedback: feedbackFor(q, counted) };
}

/**
 * Answers arrive with invisible characters stripped (see `AnswerBody`); an option whose own text
 * holds one (a soft hyphen from the article) is still the option the student chose.
 */
function asOptionText(options: string[] | undefined, given: AnswerValue): AnswerValue {
  if (!options) return given;
  const match = (g: string) =>
    options.includes(g) ? g : (options.find((o) => stripInvisible(o) === g) ?? g);
  return Array.isArray(given) ? given.map(match) : match(given);
}
