import { type Entity, type Mention, spanText } from "../read/entities.ts";
import type { Clause } from "./clause.ts";
import { type Fact, finishQuestion, lowerFirst, type SentenceInfo, type Speaker } from "./facts.ts";

export type { Speaker } from "./facts.ts";

import { SPEECH_VERBS } from "../data/gazetteer.ts";
import type { Sentence, Token } from "../read/nlp.ts";

const isMark = (t: Token) => t.text === '"' || t.text === "“" || t.text === "”";

/**
 * Whether a quote mark opens a quotation: a curly one says so; a straight one opens when a space or
 * the start of the sentence stands before it and a word right after it (`said: "We`), and closes
 * when it follows a word or a mark (`here."`). Only when it stands alone does it simply toggle.
 */
function opens(s: Sentence, t: Token, open: boolean): boolean {
  if (t.text === "“") return true;
  if (t.text === "”") return false;
  const before = s.text[t.start - 1];
  const after = s.text[t.end];
  const spaceBefore = before === undefined || /[\s([]/.test(before);
  const spaceAfter = after === undefined || /\s/.test(after);
  if (spaceBefore && !spaceAfter) return true;
  if (!spaceBefore && spaceAfter) return false;
  return !open;
}

/**
 * Marks every token that stands inside quotation marks (`Sentence.quoted`), carrying an open quote
 * over sentence ends. News copy lets a quotation run over several sentences and paragraphs with no
 * closing mark, opening each new paragraph of it with a quote mark again, so an open quote ends at
 * a paragraph break unless the next paragraph opens with one; a mark that opens while a quote is
 * open starts it again (paragraphs joined into one).
 */
export function markQuotes(sentences: Sentence[]): void {
  let open = false;
  let paragraph = -1;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      open = false;
    }
    const quoted: boolean[] = [];
    for (const t of s.tokens) {
      if (isMark(t)) {
        open = opens(s, t, open);
        quoted.push(false);
      } else quoted.push(open);
    }
    s.quoted = quoted;
  }
}

/** True when token i stands inside quotation marks. */
export const inQuote = (s: Sentence, i: number) => s.quoted?.[i] === true;

/** True when the sentence opens inside a quotation: the words are someone's, not the article's. */
export function opensQuoted(s: Sentence): boolean {
  const first = s.tokens.findIndex((t) => t.kind !== "punctuation" || isMark(t));
  if (first === -1) return false;
  return isMark(s.tokens[first]!)
    ? opens(s, s.tokens[first]!, inQuote(s, first))
    : inQuote(s, first);
}

/** Runs of quoted tokens [a, b) in a sentence. */
export function quotedRuns(s: Sentence): [number, number][] {
  const runs: [number, number][] = [];
  let a = -1;
  for (let i = 0; i <= s.tokens.length; i++) {
    const q = i < s.tokens.length && inQuote(s, i);
    if (q && a === -1) a = i;
    else if (!q && a !== -1) {
      runs.push([a, i]);
      a = -1;
    }
  }
  return runs;
}

/** Who a quotation is credited to. */

/** A named speaker from a mention. */
function speakerOf(m: Mention, s: Sentence, entities: Map<string, Entity>): Speaker | null {
  if (m.kind !== "person" && m.kind !== "org") return null;
  const e = entities.get(m.entity);
  const name = e?.name ?? m.text;
  const the = m.kind === "org" && s.tokens[m.start - 1]?.lower === "the";
  return {
    name: the ? `the ${name}` : name,
    kind: m.kind,
    short: m.kind === "person" ? e?.short : undefined,
    highlight: spanText(s, m.start, m.end),
  };
}

const PERSONAL_SUBJECT = /^(he|she)$/;

/** The speaker among the names in tokens [a, b): the first person, else the first body. */
function firstSpeaker(info: SentenceInfo, a: number, b: number): Mention | undefined {
  // (not "Mr Cole" in "a motion by Mr Cole's lawyers")
  const t = info.sentence.tokens;
  const inside = info.mentions.filter(
    (m) =>
      m.start >= a &&
      m.end <= b &&
      !inQuote(info.sentence, m.start) &&
      !/^['’]s?$/.test(t[m.end]?.text ?? ""),
  );
  return (
    inside.find((m) => m.kind === "person") ??
    inside.find((m) => m.kind === "org" && m.start <= a + 1)
  );
}

/**
 * The speaker a sentence itself credits with its quotation: "X said: “...”", "“...,” said X",
 * "“...,” X said", "according to X", or "“...,” he said" with `previous`, the person the sentences
 * before are about, standing for "he" or "she". Null when the sentence names none.
 */
export function speakerIn(
  info: SentenceInfo,
  clause: Clause | null,
  entities: Map<string, Entity>,
  previous: Speaker | null,
): Speaker | null {
  const s = info.sentence;
  const t = s.tokens;
  const outside = (i: number) => !inQuote(s, i) && !isMark(t[i]!);
  const _mentionFrom = (i: number) =>
    info.mentions.find(
      (m) =>
        m.start >= i &&
        m.start <= i + 4 &&
        (m.kind === "person" || m.kind === "org") &&
        t
          .slice(i, m.start)
          .every((x, k) => outside(i + k) && !["VERB", "AUX"].includes(x.pos) && x.text !== ","),
    );
  // according to X, "..."
  if (t[0]?.lower === "according" && t[1]?.lower === "to") {
    const m = info.mentions.find((x) => x.start >= 2 && x.start <= 3);
    if (m) return speakerOf(m, s, entities);
  }
  // X said: "..." / X said "..."
  if (clause && SPEECH_VERBS.has(t[clause.verb[1] - 1]!.lemma) && outside(clause.subject[0])) {
    const m = info.mentions.find(
      (x) => x.end === clause.subject[1] && x.start >= clause.subject[0],
    );
    if (m) return speakerOf(m, s, entities);
    if (
      clause.subject[1] - clause.subject[0] === 1 &&
      PERSONAL_SUBJECT.test(t[clause.subject[0]]!.lower)
    )
      return previous && ({ ...previous, highlight: undefined } as Speaker);
    const described = lowerFirst(
      spanText(s, clause.subject[0], clause.subject[1]),
      s,
      clause.subject[0],
    );
    if (
      !/^(he|she|they|it|we|i|you|this|that|these|those)$/i.test(described) &&
      described.split(" ").length <= 7 &&
      clause.rest[1] > clause.rest[0] &&
      t.slice(clause.rest[0], clause.rest[1]).some((_x, k) => inQuote(s, clause.rest[0] + k))
    ) {
      return {
        name: described,
        kind: "described",
        highlight: spanText(s, clause.subject[0], clause.subject[1]),
      };
    }
  }
  // "...," said X / "...," X said / "...," he said / "...," says Ms X of Y / "...," X, a spokesman
  // for Y, told the BBC
  for (let i = 1; i < t.length; i++) {
    if (!outside(i) || !(isMark(t[i - 1]!) || inQuote(s, i - 1))) continue;
    let j = i;
    if (t[j]?.text === ",") j++;
    const x = t[j];
    if (!x) break;
    if (SPEECH_VERBS.has(x.lemma) && x.pos === "VERB") {
      if (PERSONAL_SUBJECT.test(t[j + 1]?.lower ?? ""))
        return previous && ({ ...previous, highlight: undefined } as Speaker);
      const m = firstSpeaker(info, j + 1, Math.min(t.length, j + 7));
      return m ? speakerOf(m, s, entities) : null;
    }
    // the speaker's words, with an aside between commas, up to the verb of saying
    let k = j;
    let commas = 0;
    while (
      k < t.length &&
      k < j + 22 &&
      !isMark(t[k]!) &&
      !(t[k]!.pos === "VERB" || t[k]!.pos === "AUX")
    ) {
      if (t[k]!.text === ",") commas++;
      if (commas > 2 || /^[.;:]$/.test(t[k]!.text)) break;
      k++;
    }
    while (t[k]?.pos === "ADV") k++;
    const verb = t[k];
    if (!verb || !SPEECH_VERBS.has(verb.lemma) || verb.pos !== "VERB" || k === j) return null;
    if (k === j + 1 && PERSONAL_SUBJECT.test(x.lower))
      return previous && ({ ...previous, highlight: undefined } as Speaker);
    if (PERSONAL_SUBJECT.test(x.lower) && t.slice(j + 1, k).every((y) => y.pos === "ADV"))
      return previous && ({ ...previous, highlight: undefined } as Speaker);
    const m = firstSpeaker(info, j, k);
    return m ? speakerOf(m, s, entities) : null;
  }
  return null;
}

const MAX_QUOTE_WORDS = 36;

/**
 * A "Who said ...?" fact: the longest quoted passage of the sentence, when it reads as a sentence
 * of its own (a capital first, eight to 36 words, not opening with "He" or "They", nor, when short,
 * with "But" or "It") and does not name its own speaker.
 */
export function quoteFact(info: SentenceInfo, speaker: Speaker): Fact | null {
  const s = info.sentence;
  const t = s.tokens;
  let best: [number, number] | null = null;
  let bestWords = 0;
  for (const [a, b0] of quotedRuns(s)) {
    let b = b0;
    while (b > a && /^[,.;:]$/.test(t[b - 1]!.text)) b--;
    const words = t.slice(a, b).filter((x) => x.kind === "word" || x.kind === "number").length;
    if (words > bestWords && /^\p{Lu}/u.test(t[a]!.text)) {
      best = [a, b];
      bestWords = words;
    }
  }
  // (five to seven words are too few to ask "Who said...?" alone, enough beside other speakers in a
  // match)
  if (!best || bestWords < 5 || bestWords > MAX_QUOTE_WORDS) return null;
  const quote = spanText(s, best[0], best[1]);
  // "Not that it mattered", "He was not fit at the time": a short quotation that leans
  // on the one before, or one about a third person, reads as a riddle
  if (/^(not|because|which|he|she|his|her|they|their|them)\b/i.test(quote)) return null;
  if (
    bestWords < 11 &&
    /^(and|but|so|or|that|this|these|those|it|its|then|also|yet|nor|there)\b/i.test(quote)
  )
    return null;
  // a quote mark inside the passage would read as its end
  if (/["“”]/.test(quote)) return null;
  const short = speaker.short ?? speaker.name.replace(/^the /, "").split(" ").pop()!;
  if (quote.includes(short) || quote.includes(speaker.name.replace(/^the /, ""))) return null;
  return {
    key: `quote:${s.index}`,
    sentence: s,
    prompt: finishQuestion(`Who said, “${quote}”`).replace(/”\?$/, "”?"),
    answer: speaker.name,
    accept: speaker.short ? [speaker.short] : [],
    kind: speaker.kind === "person" ? "person" : "speaker",
    highlight: speaker.highlight ?? quote,
    explanation: `The article attributes the words “${quote}” to ${speaker.name}.`,
    statement: null,
    alsoTrue: [],
    confidence: speaker.highlight ? 1 : 0.95,
    said: true,
    ...(bestWords < 8 ? { pairOnly: true } : {}),
  };
}
