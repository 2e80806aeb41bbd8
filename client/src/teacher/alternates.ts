import type { Question } from "../../../questions/types.ts";

/** The sentence a question asks about, as one key: paragraph and text. */
export const sentenceOf = (e: { paragraph: number; text: string }) =>
  `${e.paragraph}\u0000${e.text}`;

/** Every sentence a question draws on. */
const sentencesOf = (q: Question) => [q.evidence, ...(q.sources ?? [])].map(sentenceOf);

/**
 * The next alternate for the question at `index`: the first in the engine's ranking (best first)
 * that is not in the quiz, has not been replaced away before, and asks about a sentence no other
 * question of the quiz asks about. Null when none is left.
 */
export function nextAlternate(
  questions: readonly Question[],
  index: number,
  alternates: readonly Question[],
  passed: ReadonlySet<string>,
): Question | null {
  const asked = new Set(questions.flatMap((q, i) => (i === index ? [] : sentencesOf(q))));
  const inQuiz = new Set(questions.map((q) => q.id));
  return (
    alternates.find(
      (a) => !inQuiz.has(a.id) && !passed.has(a.id) && !sentencesOf(a).some((s) => asked.has(s)),
    ) ?? null
  );
}
