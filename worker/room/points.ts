import { type AnswerValue, normalizeAnswer } from "../../questions/grade.ts";
import type { Evidence, Question } from "../../questions/types.ts";

/** One row of a match as the student answered it, with the sentence that pairs them. */
export type PairVerdict = {
  item: string;
  given: string;
  answer: string;
  correct: boolean;
  evidence: Evidence;
};

/**
 * Each row of a match answer, right or wrong; `sources[i]` is the sentence of `items[i]` when the
 * engine wrote it.
 */
export function pairVerdicts(q: Question, given: AnswerValue): PairVerdict[] {
  const answer = [q.answer].flat();
  const list = Array.isArray(given) ? given : [];
  return (q.items ?? []).map((item, i) => {
    const g = typeof list[i] === "string" ? list[i]! : "";
    const right = answer[i] ?? "";
    const evidence = q.sources?.length === q.items?.length ? q.sources![i]! : q.evidence;
    return {
      item,
      given: g,
      answer: right,
      correct: g !== "" && normalizeAnswer(g) === normalizeAnswer(right),
      evidence,
    };
  });
}

/**
 * What one answer scores: a match earns a share of its point for each pair right (3 of 5 pairs:
 * 0.6); every other question 1 when right, 0 when wrong.
 */
export function answerPoints(q: Question, given: AnswerValue, correct: boolean): number {
  if (q.type !== "match" || correct) return correct ? 1 : 0;
  const pairs = pairVerdicts(q, given);
  return pairs.length ? pairs.filter((p) => p.correct).length / pairs.length : 0;
}

/**
 * A sum of points as a score: one decimal at most, so 0.6 + 0.2 reads 0.8 and 2/3 of a point 0.7.
 */
export const roundScore = (n: number) => Math.round(n * 10) / 10;
