/**
 * The question types, and the checks every candidate passes before the chooser (pick.ts) ranks it.
 */

import type { Draft } from "../ask/write.ts";
import { normalizeCached } from "../grade.ts";
import type { QuestionType } from "../types.ts";

export const ALL_TYPES: QuestionType[] = [
  "choice",
  "truefalse",
  "fill",
  "numeric",
  "match",
  "order",
];

/** Below this a candidate is too shaky to show a teacher. */
export const MIN_SCORE = 0.75;

/** The answer text must not stand in the prompt (a surname counts for a person). */
export function givesAnswerAway(q: Draft): boolean {
  if (q.type === "truefalse" || q.type === "match" || q.type === "order") return false;
  const prompt = ` ${normalizeCached(q.prompt)} `;
  const answers = [q.answer as string, ...(q.accept ?? [])];
  return answers.some((a) => {
    const n = normalizeCached(a);
    return n.length > 0 && prompt.includes(` ${n} `);
  });
}
