import { finishCandidate, sentenceKey } from "../ask/finish.ts";
import type { Candidate } from "../ask/write.ts";
import type { Question, QuestionType } from "../types.ts";
import { rejectReason } from "./reject.ts";
import { kindOf } from "./score.ts";
import { givesAnswerAway } from "./select.ts";

/**
 * Alternates may be shakier than the quiz's own questions (`MIN_SCORE` 0.75): the teacher reads
 * each one swapped in, and a question offered beats "nothing left" on most cards.
 */
const ALTERNATE_MIN_SCORE = 0.5;

/**
 * The most alternates a quiz keeps: enough to replace every question of a long quiz once or twice.
 */
export const MAX_ALTERNATES = 40;

/**
 * The most alternates about one sentence, so a replacement can come from a sentence no question
 * asks about.
 */
const PER_SENTENCE = 2;

/**
 * More questions a teacher may swap in, after the engine's own ranked alternates: candidates the
 * selection left out (shakier ones too: the teacher reads each one swapped in), at most two a
 * sentence. Most sentences of a news article already have a question; replacing one frees its
 * sentence, so the review offers the first alternate about a sentence no other question asks about.
 */
export function rankAlternates(
  candidates: Candidate[],
  chosen: Question[],
  ranked: Question[],
  types: QuestionType[],
): Question[] {
  const perSentence = new Map<string, number>();
  for (const q of ranked)
    perSentence.set(sentenceKey(q.evidence), (perSentence.get(sentenceKey(q.evidence)) ?? 0) + 1);
  const ids = new Set([...chosen, ...ranked].map((q) => q.id));
  // one prompt is one question, whatever its type (a fill-in's blank as multiple choice reads the
  // same)
  const asked = (q: { prompt: string }) => q.prompt;
  const prompts = new Set([...chosen, ...ranked].map(asked));
  const pool = candidates
    .filter(
      (c) =>
        !c.pairOnly &&
        c.sentence >= 0 &&
        c.score >= ALTERNATE_MIN_SCORE &&
        types.includes(c.question.type) &&
        !givesAnswerAway(c.question),
    )
    .sort((a, b) => b.score - a.score || a.sentence - b.sentence);
  const out: Question[] = [];
  for (const c of pool) {
    if (ranked.length + out.length >= MAX_ALTERNATES) break;
    const key = sentenceKey(c.question.evidence);
    if ((perSentence.get(key) ?? 0) >= PER_SENTENCE || prompts.has(asked(c.question))) continue;
    const q = finishCandidate(c);
    // (the false statement is written only now: "10 to 12 years" made "15 to 12" is never offered)
    if (!q || ids.has(q.id) || rejectReason(q, kindOf(c)) !== null) continue;
    perSentence.set(key, (perSentence.get(key) ?? 0) + 1);
    ids.add(q.id);
    prompts.add(asked(q));
    out.push(q);
  }
  return out;
}
