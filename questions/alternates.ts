import { givesAnswerAway } from "./select.ts";
import type { Question, QuestionType } from "./types.ts";
import { type Candidate, withId } from "./write.ts";

/**
 * Alternates may be shakier than the quiz's own questions (`MIN_SCORE` 0.75): the teacher reads
 * each one swapped in, and a question offered beats "nothing left" on most cards.
 */
const ALTERNATE_MIN_SCORE = 0.5;

/** The most alternates a quiz keeps: enough to replace every question of a long quiz once or twice. */
const MAX_ALTERNATES = 40;

/** The most alternates about one sentence, so a replacement can come from a sentence no question asks about. */
const PER_SENTENCE = 2;

/** `paragraph` and sentence: the key of a sentence a question asks about. */
export const sentenceKey = (e: { paragraph: number; text: string }) => `${e.paragraph}\u0000${e.text}`;

/** A candidate as a finished question (options and false statements worked out), or null when it cannot be asked. */
export function finishCandidate(c: Candidate): Question | null {
  if (c.falsify) return withId(c.falsify() ?? c.question);
  if (!c.options) return withId(c.question);
  const options = c.options();
  return options && withId({ ...c.question, options });
}

/**
 * The questions a teacher may swap in, best first: candidates the selection left out, at most two a
 * sentence. Most sentences of a news article already have a question; replacing one frees its
 * sentence, so the review offers the first alternate about a sentence no other question asks about.
 */
export function rankAlternates(candidates: Candidate[], chosen: Question[], types: QuestionType[]): Question[] {
  const perSentence = new Map<string, number>();
  const ids = new Set(chosen.map((q) => q.id));
  // the same prompt as another type is another question (a fill-in's blank as multiple choice)
  const asked = (q: { type: string; prompt: string }) => `${q.type}\u0000${q.prompt}`;
  const prompts = new Set(chosen.map(asked));
  const ranked = candidates
    .filter((c) => !c.pairOnly && c.sentence >= 0 && c.score >= ALTERNATE_MIN_SCORE && types.includes(c.question.type) && !givesAnswerAway(c.question))
    .sort((a, b) => b.score - a.score || a.sentence - b.sentence);
  const out: Question[] = [];
  for (const c of ranked) {
    if (out.length >= MAX_ALTERNATES) break;
    const key = sentenceKey(c.question.evidence);
    if ((perSentence.get(key) ?? 0) >= PER_SENTENCE || prompts.has(asked(c.question))) continue;
    const q = finishCandidate(c);
    if (!q || ids.has(q.id)) continue;
    perSentence.set(key, (perSentence.get(key) ?? 0) + 1);
    ids.add(q.id);
    prompts.add(asked(q));
    out.push(q);
  }
  return out;
}
