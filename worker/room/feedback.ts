import type { AnswerValue } from "../../questions/grade.ts";
import type { Question } from "../../questions/types.ts";
import type { Feedback } from "./types.ts";

/** The feedback for a graded answer: the right answer and why, with the article's sentence. */
export function feedbackFor(q: Question, correct: boolean): Feedback {
  return { correct, correctAnswer: q.answer, explanation: q.explanation, evidence: q.evidence };
}

/**
 * Whether `given` is an answer this question can take at all: an option's text for choice and
 * true/false, text for fill-in and numeric, a list as long as the expected one for match and
 * order. A misshapen answer is a client bug, so it is refused rather than spending the question.
 */
export function fitsQuestion(q: Question, given: AnswerValue): boolean {
  if (Array.isArray(q.answer)) return Array.isArray(given) && given.length === q.answer.length;
  if (typeof given !== "string") return false;
  if (q.type === "choice" || q.type === "truefalse") return q.options?.includes(given) ?? given === q.answer;
  return true;
}
