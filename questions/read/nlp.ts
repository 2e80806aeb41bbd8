import model from "wink-eng-lite-web-model";
import winkNLP, { type ItemSentence } from "wink-nlp";
import { DESCRIBING_SUFFIXES } from "../data/gazetteer.ts";

/** A word or mark of a sentence, with its offsets inside the sentence text. */
export type Token = {
  text: string;
  lower: string;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, AUX, ADP, NUM, PUNCT...). */
  pos: string;
  lemma: string;
  /** wink-nlp's token type: word, number, punctuation, ordinal, decade, currency, symbol... */
  kind: string;
  start: number;
  end: number;
};

/** One sentence of the cleaned article, verbatim, with its place. */
export type Sentence = {
  /** Position in the whole article, from 0. */
  index: number;
  paragraph: number;
  text: string;
  tokens: Token[];
  /**
   * Indices of tokens inside named mentions, filled in by the entity stage (for capitalisation).
   */
  names?: Set<number>;
  /** For each token, whether it stands inside quotation marks (see `markQuotes`). */
  quoted?: boolean[];
};

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | null = null;

/** wink-nlp is set up on first use, so importing the engine costs little until it generates. */
function getNlp(): Wink {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  return nlp;
}

/**
 * What wink-nlp says about each token of a text: its value, tag, lemma and type, and its sentences.
 */
type Reading = {
  values: string[];
  pos: string[];
  lemma: string[];
  types: string[];
  sentenceSizes: number[];
};

function read(text: string): Reading {
  const w = getNlp();
  const its = w.its;
  const doc = w.readDoc(text);
  const sentenceSizes: number[] = [];
  doc.sentences().each((s: ItemSentence) => {
    sentenceSizes.push(s.tokens().length());
  });
  const values = doc.tokens().out(its.value) as string[];
  return {
    values,
    sentenceSizes: joinedAtAbbreviations(sentenceSizes, values),
    pos: doc.tokens().out(its.pos) as string[],
    lemma: doc.tokens().out(its.lemma as typeof its.value) as string[],
    types: doc.tokens().out(its.type) as string[],
  };
}

/**
 * The tagger ends a sentence after "Minneapolis-St." (it knows "St." only as a word of its own):
 * a sentence that ends on "St.", "Mt." or "Ft." joined to a word goes on into the next.
 */
function joinedAtAbbreviations(sizes: readonly number[], values: readonly string[]): number[] {
  const out: number[] = [];
  let end = 0;
  let joinNext = false;
  for (const size of sizes) {
    if (joinNext) out[out.length - 1]! += size;
    else out.push(size);
    end += size;
    joinNext =
      values[end - 1] === "." &&
      values[end - 3] === "-" &&
      /^(St|Mt|Ft)$/.test(values[end - 2] ?? "") &&
      /^\p{Lu}/u.test(values[end] ?? "");
  }
  return out;
}

/** Where each of `values` starts in `text`, searching on from the previous token. */
function offsetsIn(text: string, values: readonly string[], from: number, to: number): number[] {
  const offsets: number[] = [];
  let cursor = 0;
  for (let i = from; i < to; i++) {
    const v = values[i]!;
    const at = text.indexOf(v, cursor);
    const start = at === -1 ? cursor : at;
    offsets.push(start);
    cursor = start + (at === -1 ? 0 : v.length);
  }
  return offsets;
}

/**
 * Tokens [first, last] of a reading as one sentence of `paragraph`, whose tokens start at `base`.
 */
function sentenceOf(
  r: Reading,
  first: number,
  last: number,
  base: number,
  offsets: number[],
  paragraph: string,
  paragraphIndex: number,
): Sentence {
  const start = offsets[first - base]!;
  const end = offsets[last - base]! + r.values[last]!.length;
  const tokens: Token[] = [];
  for (let i = first; i <= last; i++) {
    const text = r.values[i]!;
    const at = offsets[i - base]!;
    tokens.push({
      text,
      lower: text.toLowerCase(),
      pos: r.pos[i]!,
      lemma: r.lemma[i]!,
      kind: r.types[i]!,
      start: at - start,
      end: at - start + text.length,
    });
  }
  return { index: 0, paragraph: paragraphIndex, text: paragraph.slice(start, end), tokens };
}

/** Splits one paragraph into sentences and tags their words (wink-nlp does both in one pass). */
export function tagParagraph(paragraph: string, paragraphIndex: number): Sentence[] {
  const r = read(paragraph);
  const offsets = offsetsIn(paragraph, r.values, 0, r.values.length);
  const sentences: Sentence[] = [];
  let first = 0;
  for (const size of r.sentenceSizes) {
    if (size > 0)
      sentences.push(sentenceOf(r, first, first + size - 1, 0, offsets, paragraph, paragraphIndex));
    first += size;
  }
  return finishParagraph(sentences, paragraph);
}

function finishParagraph(sentences: Sentence[], paragraph: string): Sentence[] {
  sentences.forEach((s, i) => {
    s.index = i;
  });
  return mergeShortSentences(sentences, paragraph)
    .flatMap(splitAfterName)
    .map(splitPossessives)
    .map(mergeSplitWords)
    .map(tagNameWords)
    .map(tagCostVerb);
}

/**
 * "The new line cost $756 million": the tagger reads "cost" between a noun and a figure as a noun;
 * there it is the sentence's verb.
 */
function tagCostVerb(s: Sentence): Sentence {
  const t = s.tokens;
  for (let i = 1; i < t.length - 1; i++) {
    const x = t[i]!;
    if (
      /^costs?$/.test(x.lower) &&
      x.pos === "NOUN" &&
      ["NOUN", "PROPN"].includes(t[i - 1]!.pos) &&
      ["SYM", "NUM"].includes(t[i + 1]!.pos)
    )
      t[i] = { ...x, pos: "VERB", lemma: "cost" };
  }
  return s;
}

/**
 * The tagger reads a capitalised word inside a name as the word it spells ("the Digital Identity
 * Act" → "Act" a verb, "Hana Financial Research" → a noun); after a proper noun it is part of the
 * name.
 */
function tagNameWords(s: Sentence): Sentence {
  const t = s.tokens;
  for (let i = 1; i < t.length; i++) {
    const prev = t[i - 1]!;
    const x = t[i]!;
    if (
      x.pos !== "PROPN" &&
      prev.pos === "PROPN" &&
      /^\p{Lu}\p{Ll}/u.test(x.text) &&
      /^\p{Lu}/u.test(prev.text) &&
      x.kind === "word"
    ) {
      t[i] = { ...x, pos: "PROPN" };
    }
  }
  return s;
}

/**
 * Short forms that end in a full stop inside a sentence ("Gov. Mark Gordon", "Jan. 5", "Calif.").
 */
const SHORT_FORMS = new RegExp(
  String.raw`^(${[
    "Gov|Sen|Rep|Gen|Col|Maj|Lt|Sgt|Capt|Cmdr|Adm|Prof|Rev|Hon|Supt|Det|Insp|Jan|Feb|Mar",
    "Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Corp|Bros|Mrs|Mr|Ms|Dr|St|Mt|Ft|Jr|Sr",
    "Co|Ave|Blvd|Rd|No|Vol|Dept|Univ|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan",
    "Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo",
  ].join("|")})\.$`,
);

/**
 * wink-nlp reads a name that ends a sentence ("...told the Kitsap Sun. Patients who...") as a short
 * form and runs on into the next sentence; a capitalised word of three letters or more that is no
 * short form ends the sentence there.
 */
function splitAfterName(s: Sentence): Sentence[] {
  const t = s.tokens;
  for (let k = 2; k < t.length - 2; k++) {
    const x = t[k]!;
    if (!/^\p{Lu}\p{Ll}{2,}\.$/u.test(x.text) || SHORT_FORMS.test(x.text)) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(t[k + 1]!.text) || t[k + 1]!.start !== x.end + 1) continue;
    const word: Token = {
      ...x,
      text: x.text.slice(0, -1),
      lower: x.lower.slice(0, -1),
      end: x.end - 1,
    };
    const stop: Token = {
      ...x,
      text: ".",
      lower: ".",
      pos: "PUNCT",
      lemma: ".",
      kind: "punctuation",
      start: x.end - 1,
    };
    const first: Sentence = {
      ...s,
      text: s.text.slice(0, x.end),
      tokens: [...t.slice(0, k), word, stop],
    };
    const shift = t[k + 1]!.start;
    const rest: Sentence = {
      ...s,
      text: s.text.slice(shift),
      tokens: t.slice(k + 1).map((y) => ({ ...y, start: y.start - shift, end: y.end - shift })),
    };
    return [first, ...splitAfterName(rest)];
  }
  return [s];
}

const POSSESSIVE = /^(\p{L}[\p{L}\p{M}.'’-]*?)(['’]s)$/u;

/**
 * wink-nlp remembers every word it has read: "Earth's" comes out as "Earth" + "'s" the first time,
 * but as one word once "Earth's." has been read anywhere before, so the same article could give a
 * different quiz later in a long-lived process. The possessive is always split off here, as it is
 * on first reading, so the quiz depends on the article alone.
 */
function splitPossessives(s: Sentence): Sentence {
  if (!s.tokens.some((t) => POSSESSIVE.test(t.text))) return s;
  const tokens: Token[] = [];
  for (const t of s.tokens) {
    const m = POSSESSIVE.exec(t.text);
    if (!m) {
      tokens.push(t);
      continue;
    }
    const core = m[1]!;
    const coreEnd = t.start + core.length;
    const pos = t.pos === "PROPN" && !/^\p{Lu}/u.test(core) ? "NOUN" : t.pos;
    tokens.push({
      ...t,
      text: core,
      lower: core.toLowerCase(),
      lemma: core.toLowerCase(),
      pos,
      end: coreEnd,
    });
    tokens.push({
      text: m[2]!,
      lower: m[2]!.toLowerCase(),
      pos: "PART",
      lemma: m[2]!,
      kind: "word",
      start: coreEnd,
      end: t.end,
    });
  }
  return { ...s, tokens };
}

/**
 * wink-nlp splits some words at letters outside its alphabet ("Yılmaz" → "Y" "ılmaz") and splits
 * hyphenated names ("Ji-woo" → "Ji" "-" "woo", tagging "woo" a verb); rejoin them as one name.
 */
function mergeSplitWords(s: Sentence): Sentence {
  const out: Token[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    const prev = out[out.length - 1];
    const next = s.tokens[i + 1];
    if (
      prev &&
      next &&
      /^[-‐]$/.test(t.text) &&
      prev.end === t.start &&
      t.end === next.start &&
      /^\p{Lu}\p{L}*$/u.test(prev.text) &&
      /^\p{L}+$/u.test(next.text) &&
      !DESCRIBING_SUFFIXES.has(next.lower)
    ) {
      const text = `${prev.text}-${next.text}`;
      out[out.length - 1] = {
        ...prev,
        kind: "word",
        pos: "PROPN",
        text,
        lower: text.toLowerCase(),
        lemma: text.toLowerCase(),
        end: next.end,
      };
      i++;
      continue;
    }
    if (
      prev &&
      prev.end === t.start &&
      /\p{L}$/u.test(prev.text) &&
      /^\p{L}/u.test(t.text) &&
      /^\p{L}+$/u.test(t.text) &&
      /^\p{L}+$/u.test(prev.text)
    ) {
      const text = prev.text + t.text;
      out[out.length - 1] = {
        ...prev,
        kind: "word",
        text,
        lower: text.toLowerCase(),
        lemma: text.toLowerCase(),
        end: t.end,
        pos: /^\p{Lu}/u.test(text) ? "PROPN" : prev.pos,
      };
    } else {
      out.push(t);
    }
  }
  return { ...s, tokens: out };
}

/**
 * wink-nlp sometimes splits after an initial or a closing quote; a 1–2 token "sentence" rejoins the
 * previous one.
 */
function mergeShortSentences(sentences: Sentence[], paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const words = s.tokens.filter((t) => t.kind !== "punctuation").length;
    const gapStart = prev ? paragraph.indexOf(prev.text) + prev.text.length : -1;
    // "a madebygoogle.com web page", "asked “Why?” and then suggested": no sentence ends there
    const runsOn =
      prev !== undefined && (paragraph[gapStart] === s.text[0] || /^\p{Ll}/u.test(s.text));
    if (prev && (words <= 1 || runsOn)) {
      const joined =
        prev.text + paragraph.slice(gapStart, paragraph.indexOf(s.text, gapStart)) + s.text;
      const shift = joined.length - s.text.length;
      prev.tokens.push(
        ...s.tokens.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift })),
      );
      prev.text = joined;
    } else {
      out.push({ ...s, index: (prev?.index ?? s.index - 1) + 1 });
    }
  }
  return out;
}

const PARAGRAPH_BREAK = "\n\n";

/**
 * Sentences of all paragraphs, numbered through the article. wink-nlp reads the whole article as
 * one document with a blank line between paragraphs: each document it reads has a fixed cost that
 * was most of the tagging time when read a paragraph at a time. Sentences never run over a
 * paragraph break, and when the breaks do not come out as one token each, paragraphs are read one
 * by one as before.
 */
export function splitSentences(paragraphs: readonly string[]): Sentence[] {
  const perParagraph = readTogether(paragraphs) ?? paragraphs.map((p, i) => tagParagraph(p, i));
  const all = perParagraph.flat();
  all.forEach((s, i) => {
    s.index = i;
  });
  return all;
}

function readTogether(paragraphs: readonly string[]): Sentence[][] | null {
  const r = read(paragraphs.join(PARAGRAPH_BREAK));
  // The paragraph each token belongs to; a break token belongs to none.
  const owner: number[] = [];
  let paragraph = 0;
  for (let i = 0; i < r.values.length; i++) {
    if (r.types[i] === "tabCRLF") {
      if (r.values[i] !== PARAGRAPH_BREAK) return null;
      owner.push(-1);
      paragraph++;
    } else owner.push(paragraph);
  }
  if (paragraph !== paragraphs.length - 1) return null;
  const firstToken = paragraphs.map(() => -1);
  const lastToken = paragraphs.map(() => -1);
  owner.forEach((p, i) => {
    if (p === -1) return;
    if (firstToken[p] === -1) firstToken[p] = i;
    lastToken[p] = i;
  });
  const offsets = paragraphs.map((p, k) =>
    firstToken[k] === -1 ? [] : offsetsIn(p, r.values, firstToken[k]!, lastToken[k]! + 1),
  );
  const sentences: Sentence[][] = paragraphs.map(() => []);
  let first = 0;
  for (const size of r.sentenceSizes) {
    // Each sentence, cut at paragraph breaks.
    let from = -1;
    for (let i = first; i <= first + size; i++) {
      const p = i < first + size ? owner[i]! : -1;
      if (from !== -1 && p !== owner[from]) {
        const k = owner[from]!;
        sentences[k]!.push(
          sentenceOf(r, from, i - 1, firstToken[k]!, offsets[k]!, paragraphs[k]!, k),
        );
        from = -1;
      }
      if (from === -1 && p !== -1) from = i;
    }
    first += size;
  }
  return sentences.map((list, k) => finishParagraph(list, paragraphs[k]!));
}
