import type { Question } from "../types.ts";
import { type Candidate, withId } from "./write.ts";

/** `paragraph` and sentence: the key of a sentence a question asks about. */
export const sentenceKey = (e: { paragraph: number; text: string }) =>
  `${e.paragraph}\u0000${e.text}`;

/**
 * A candidate as a finished question (options and false statements worked out), or null when it
 * cannot be asked.
 */
export function finishCandidate(c: Candidate): Question | null {
  // (the pick tries a candidate in several passes and the alternates once more: its options and
  // false statement are worked out once)
  let q = finished.get(c);
  if (q === undefined) {
    q = finish(c);
    finished.set(c, q);
  }
  return q;
}

const finished = new WeakMap<Candidate, Question | null>();

function finish(c: Candidate): Question | null {
  if (c.falsify) return withId(c.falsify() ?? c.question);
  if (!c.options) return withId(c.question);
  const options = c.options();
  return options && withId({ ...c.question, options });
}
