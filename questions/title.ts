import type { Clause } from "./clause.ts";
import { spanText } from "./entities.ts";

const MAX_WORDS = 9;

/** The headline without a final full stop, or a short title from the first sentence's main clause. */
export function makeTitle(headline: string | null, firstClause: Clause | null, firstSentence: string): string {
  if (headline) return headline.replace(/[.]+$/, "");
  if (firstClause) {
    const s = firstClause.sentence;
    const t = s.tokens;
    let end = firstClause.rest[1];
    for (let j = firstClause.rest[0]; j < end; j++) {
      if (t[j]!.text === "," || t[j]!.pos === "SCONJ" || t[j]!.lower === "after" || t[j]!.lower === "that") {
        end = j;
        break;
      }
    }
    const start = firstClause.subject[0];
    let words = spanText(s, start, Math.max(end, firstClause.verb[1])).split(" ");
    if (words.length > MAX_WORDS) words = words.slice(0, MAX_WORDS);
    // end on a content word, not "of" or "the"
    while (words.length > 3 && /^(of|the|a|an|and|or|to|in|on|at|for|with|by|from|his|her|its|their)$/i.test(words[words.length - 1]!)) words.pop();
    const title = words.join(" ").replace(/[,;:]$/, "");
    if (title.split(" ").length >= 3) return title;
  }
  const words = firstSentence.replace(/[.!?]+$/, "").split(" ");
  return words.slice(0, MAX_WORDS).join(" ").replace(/[,;:]$/, "");
}
