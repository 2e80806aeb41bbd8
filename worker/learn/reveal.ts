import { type AnswerValue, gradeAnswer } from "../../questions/grade.ts";
import type { Evidence, Question } from "../../questions/types.ts";
import { fitsQuestion } from "../room/feedback.ts";

/**
 * What learning mode reveals about one question, and only ever in answer to the student's own
 * action on it (a check, or a finished attempt's review): the answer, the other accepted forms,
 * why, and the article's sentences.
 */
export type RevealedAnswer = {
  correctAnswer: AnswerValue;
  accept?: string[];
  explanation: string;
  evidence: Evidence;
  sources?: Evidence[];
};

export function revealAnswer(q: Question): RevealedAnswer {
  const revealed: RevealedAnswer = {
    correctAnswer: q.answer,
    explanation: q.explanation,
    evidence: q.evidence,
  };
  if (q.accept?.length) revealed.accept = q.accept;
  if (q.sources?.length) revealed.sources = q.sources;
  return revealed;
}

/** "I don't know, show me": an empty answer (or a list of empty texts), which is simply wrong. */
const gaveUp = (given: AnswerValue) => [given].flat().every((g) => g.trim() === "");

/**
 * Grades a practice answer without storing anything: null when the answer cannot fit the question
 * (not one of its options, a list of the wrong length), which is a client bug and a 400. An
 * empty answer is allowed and counts as wrong.
 */
export function checkAnswer(
  q: Question,
  given: AnswerValue,
): ({ correct: boolean } & RevealedAnswer) | null {
  if (gaveUp(given)) return { correct: false, ...revealAnswer(q) };
  if (!fitsQuestion(q, given)) return null;
  return { correct: gradeAnswer(q, given), ...revealAnswer(q) };
}
