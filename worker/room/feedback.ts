import type { AnswerValue } from "../../questions/grade.ts";
import type { Question } from "../../questions/types.ts";
import { pairVerdicts } from "./points.ts";
import type { Feedback } from "./types.ts";

/**
 * The feedback for a recorded answer: the right answer and why, with the article's sentence; for a
 * match, the points it earned and each pair with its own sentence.
 */
export function feedbackFor(
  q: Question,
  recorded: { answer: AnswerValue; correct: boolean; points: number },
): Feedback {
  const feedback: Feedback = {
    correct: recorded.correct,
    correctAnswer: q.answer,
    explanation: q.explanation,
    evidence: q.evidence,
  };
  if (q.type !== "match") return feedback;
  return { ...feedback, points: recorded.points, pairs: pairVerdicts(q, recorded.answer) };
}

/**
 * Whether `given` is an answer this question can take at all: an option's text for choice and
 * true/false, text for fill-in and numeric, a list as long as the expected one for match and
 * order. A misshapen answer is a client bug, so it is refused rather than spending the question.
 */
export function fitsQuestion(q: Question, given: AnswerValue): boolean {
  if (Array.isArray(q.answer)) return Array.isArray(given) && given.length === q.answer.length;
  if (typeof given !== "string") return false;
  if (q.type === "choice" || q.type === "truefalse")
    return q.options?.includes(given) ?? given === q.answer;
  return true;
}
