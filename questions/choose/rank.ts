import { CAUSE_CUES, DECISION_CUES, FURNITURE, STOP_WORDS } from "../data/cues.ts";
import { WEIGHTS } from "../data/weights.ts";
import type { Sentence } from "../read/nlp.ts";

/**
 * The content words of a sentence: lemmas of nouns, verbs, adjectives, names and numbers, no stop
 * words.
 */
export function contentWords(s: Sentence): Set<string> {
  const out = new Set<string>();
  for (const t of s.tokens) {
    if (!/^(NOUN|PROPN|VERB|ADJ|NUM)$/.test(t.pos)) continue;
    const w = (t.pos === "PROPN" ? t.lower : t.lemma.toLowerCase()).replace(/[’']s$/, "");
    if (w.length < 3 || STOP_WORDS.has(w)) continue;
    out.add(w);
  }
  return out;
}

/**
 * Content words of a free text (the headline): lower-cased words of 3 letters or more, minus stop
 * words.
 */
export function textWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [])
    if (w.length >= 3 && !STOP_WORDS.has(w)) out.add(w);
  return out;
}

/**
 * How much each sentence says what a reader should take away, from 0 to about 1: the lead counts
 * most, then words the headline shares, centrality (content words the rest of the article repeats),
 * and cues of cause, consequence and decision. Captions and furniture rank at 0.
 */
export function rankSentences(sentences: readonly Sentence[], headline: string | null): number[] {
  const words = sentences.map(contentWords);
  const df = new Map<string, number>();
  for (const ws of words) for (const w of ws) df.set(w, (df.get(w) ?? 0) + 1);
  const head = headline ? textWords(headline) : new Set<string>();
  const raw = sentences.map((s, i) => {
    const ws = words[i]!;
    if (FURNITURE.test(s.text) || ws.size < 3) return 0;
    let shared = 0;
    for (const w of ws) shared += Math.min(3, (df.get(w) ?? 1) - 1);
    const centrality = shared / (4 + ws.size);
    let overlap = 0;
    for (const w of ws) if (head.has(w) || head.has(w.replace(/s$/, ""))) overlap++;
    const headShare = head.size ? overlap / head.size : 0;
    const position = 1 / (1 + WEIGHTS.positionDecay * s.paragraph);
    const cause = CAUSE_CUES.test(s.text) ? 1 : 0;
    const decision = DECISION_CUES.test(s.text) ? 1 : 0;
    const figure = s.tokens.some((t) => t.pos === "NUM") ? 1 : 0;
    return (
      WEIGHTS.position * position +
      WEIGHTS.headline * headShare +
      WEIGHTS.centrality * Math.min(1, centrality) +
      WEIGHTS.cause * cause +
      WEIGHTS.decision * decision +
      WEIGHTS.figure * figure
    );
  });
  const top = Math.max(1e-9, ...raw);
  return raw.map((r) => r / top);
}
