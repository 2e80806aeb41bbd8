import { ENGLISH_FUNCTION_WORDS } from "../data/cues.ts";

/** Below this share of common English function words, a text is taken for another language. */
const MIN_FUNCTION_SHARE = 0.12;

/**
 * True when a text reads as English: common English function words ("the", "of", "and"...) make
 * roughly a quarter to a third of English prose and almost none of other languages' text.
 */
export function looksEnglish(paragraphs: readonly string[]): boolean {
  let words = 0;
  let hits = 0;
  for (const p of paragraphs) {
    for (const w of p.toLowerCase().match(/\p{L}+/gu) ?? []) {
      words++;
      if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
    }
    if (words > 2000) break;
  }
  return words === 0 || hits / words >= MIN_FUNCTION_SHARE;
}
