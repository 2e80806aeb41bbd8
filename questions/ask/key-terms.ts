import { skipReason } from "./blanks.ts";
import { STOP_WORDS } from "../data/cues.ts";
import { GENERIC_NOUNS } from "../data/generic-nouns.ts";
import type { SentenceInfo } from "../facts/facts.ts";
import { seededShuffle } from "../hash.ts";
import type { Token } from "../read/nlp.ts";
import type { Candidate } from "./write.ts";
import { completionPrompt } from "./completion-prompt.ts";

/** A noun phrase of the article: its tokens' span in one sentence and its text. */
type Term = { sentence: number; start: number; end: number; text: string; words: string[]; head: string };

const PHRASE_POS = /^(ADJ|NOUN)$/;

/** A word that may stand in a term: a lower-case noun, or an adjective that is no verb form ("included"). */
const termWord = (x: Token) => PHRASE_POS.test(x.pos) && /^\p{Ll}[\p{Ll}-]*$/u.test(x.text) && !(x.pos === "ADJ" && /(ed|ing)$/.test(x.lower));

/** Noun phrases of plain words (no names): one to three adjectives and nouns ending on a noun. */
function termsOf(info: SentenceInfo): Term[] {
  const t = info.sentence.tokens;
  const out: Term[] = [];
  let i = 0;
  while (i < t.length) {
    if (!termWord(t[i]!) || info.sentence.quoted?.[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < t.length && termWord(t[j]!) && !info.sentence.quoted?.[j]) j++;
    // end on a noun, at most three words
    let end = j;
    while (end > i && t[end - 1]!.pos !== "NOUN") end--;
    const start = Math.max(i, end - 3);
    // "helped passengers exit the coaches": a term followed by a determiner ended on a verb
    if (end > start && !/^(DET|PRON)$/.test(t[end]?.pos ?? "") && t[start - 1]?.pos !== "PART") out.push(termAt(info, t, start, end));
    i = j;
  }
  return out;
}

function termAt(info: SentenceInfo, t: Token[], start: number, end: number): Term {
  const s = info.sentence;
  const words = t.slice(start, end).map((x) => x.lower);
  return { sentence: s.index, start, end, text: s.text.slice(t[start]!.start, t[end - 1]!.end), words, head: t[end - 1]!.lemma.toLowerCase() };
}

/** A term worth a blank: not a generic noun ("people", "year"), not a stop word, at least 6 letters when alone. */
function worthAsking(term: Term): boolean {
  if (GENERIC_NOUNS.has(term.head) || term.words.some((w) => STOP_WORDS.has(w))) return false;
  // "standing", "access personal data": a verb form read as a noun
  if (/ing$/.test(term.words[0]!) || (term.words.length >= 3 && term.start > 0)) return term.words.length >= 2 && !/ing$/.test(term.words[0]!);
  return term.words.length >= 2 || term.text.length >= 7;
}

/**
 * "Complete the sentence" questions whose blank is a key term of plain words ("cardiovascular
 * disease", "tuition fees"), with the article's other key terms as options: for sentences that
 * name no person, place or figure a question could ask for. One candidate a sentence at most.
 */
export function keyTermQuestions(infos: readonly SentenceInfo[], headline: string | null): Candidate[] {
  const all = infos.map((info) => (skipReason(info, headline) ? [] : termsOf(info)));
  const every = infos.flatMap((info) => termsOf(info));
  const counts = new Map<string, number>();
  for (const term of every) counts.set(term.head, (counts.get(term.head) ?? 0) + 1);
  const out: Candidate[] = [];
  infos.forEach((info, k) => {
    const s = info.sentence;
    const lower = s.text.toLowerCase();
    const best = all[k]!.filter(worthAsking).sort((a, b) => b.words.length - a.words.length || (counts.get(b.head) ?? 0) - (counts.get(a.head) ?? 0) || a.start - b.start)[0];
    if (!best) return;
    const answerWords = new Set(best.words);
    // other terms of the article: as long as the answer, sharing no word with it, not in this sentence
    const seen = new Set<string>();
    const stand = every
      .filter((x) => worthAsking(x) && x.sentence !== s.index && Math.abs(x.words.length - best.words.length) <= 1)
      .filter((x) => !x.words.some((w) => answerWords.has(w)) && !lower.includes(x.text.toLowerCase()))
      .filter((x) => !seen.has(x.text.toLowerCase()) && Boolean(seen.add(x.text.toLowerCase())));
    if (stand.length < 3) return;
    const options = seededShuffle(stand, `${s.index}:${best.text}`, (x) => x.text)
      .sort((a, b) => Math.abs(a.text.length - best.text.length) - Math.abs(b.text.length - best.text.length))
      .slice(0, 3)
      .map((x) => x.text);
    const key = `term:${s.index}:${best.text}`;
    out.push({
      factKey: key,
      sentence: s.index,
      score: 0.8,
      question: {
        type: "choice",
        prompt: completionPrompt(s.text, s.tokens[best.start]!.start, s.tokens[best.end - 1]!.end),
        options: seededShuffle([best.text, ...options], key),
        answer: best.text,
        explanation: `The article says: “${s.text.trim().replace(/^[“"]|[”"]$/g, "")}”`,
        evidence: { paragraph: s.paragraph, text: s.text, highlight: best.text },
        difficulty: "medium",
      },
    });
  });
  return out;
}
