import winkNLP, { type ItemSentence } from "wink-nlp";
import model from "wink-eng-lite-web-model";

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
  /** Indices of tokens inside named mentions, filled in by the entity stage (for capitalisation). */
  names?: Set<number>;
};

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | null = null;

/** wink-nlp is set up on first use, so importing the engine costs little until it generates. */
function getNlp(): Wink {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  return nlp;
}

/** Splits one paragraph into sentences and tags their words (wink-nlp does both in one pass). */
export function tagParagraph(paragraph: string, paragraphIndex: number, firstIndex: number): Sentence[] {
  const w = getNlp();
  const its = w.its;
  const doc = w.readDoc(paragraph);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemma = doc.tokens().out(its.lemma as typeof its.value) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const offsets: number[] = [];
  let cursor = 0;
  for (const v of values) {
    const at = paragraph.indexOf(v, cursor);
    const start = at === -1 ? cursor : at;
    offsets.push(start);
    cursor = start + (at === -1 ? 0 : v.length);
  }
  const sentences: Sentence[] = [];
  let tokenIndex = 0;
  doc.sentences().each((s: ItemSentence) => {
    const count = s.tokens().length();
    const first = tokenIndex;
    const last = tokenIndex + count - 1;
    tokenIndex += count;
    if (count === 0) return;
    const start = offsets[first]!;
    const end = offsets[last]! + values[last]!.length;
    const tokens: Token[] = [];
    for (let i = first; i <= last; i++) {
      const text = values[i]!;
      tokens.push({
        text,
        lower: text.toLowerCase(),
        pos: pos[i]!,
        lemma: lemma[i]!,
        kind: types[i]!,
        start: offsets[i]! - start,
        end: offsets[i]! - start + text.length,
      });
    }
    sentences.push({ index: firstIndex + sentences.length, paragraph: paragraphIndex, text: paragraph.slice(start, end), tokens });
  });
  return mergeShortSentences(sentences, paragraph).map(mergeSplitWords);
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
    if (prev && next && /^[-‐]$/.test(t.text) && prev.end === t.start && t.end === next.start && /^\p{Lu}\p{L}*$/u.test(prev.text) && /^\p{L}+$/u.test(next.text)) {
      const text = `${prev.text}-${next.text}`;
      out[out.length - 1] = { ...prev, kind: "word", pos: "PROPN", text, lower: text.toLowerCase(), lemma: text.toLowerCase(), end: next.end };
      i++;
      continue;
    }
    if (prev && prev.end === t.start && /\p{L}$/u.test(prev.text) && /^\p{L}/u.test(t.text) && /^\p{L}+$/u.test(t.text) && /^\p{L}+$/u.test(prev.text)) {
      const text = prev.text + t.text;
      out[out.length - 1] = { ...prev, kind: "word", text, lower: text.toLowerCase(), lemma: text.toLowerCase(), end: t.end, pos: /^\p{Lu}/u.test(text) ? "PROPN" : prev.pos };
    } else {
      out.push(t);
    }
  }
  return { ...s, tokens: out };
}

/** wink-nlp sometimes splits after an initial or a closing quote; a 1–2 token "sentence" rejoins the previous one. */
function mergeShortSentences(sentences: Sentence[], paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const words = s.tokens.filter((t) => t.kind !== "punctuation").length;
    if (prev && words <= 1) {
      const gapStart = paragraph.indexOf(prev.text) + prev.text.length;
      const joined = prev.text + paragraph.slice(gapStart, paragraph.indexOf(s.text, gapStart)) + s.text;
      const shift = joined.length - s.text.length;
      prev.tokens.push(...s.tokens.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift })));
      prev.text = joined;
    } else {
      out.push({ ...s, index: (prev?.index ?? s.index - 1) + 1 });
    }
  }
  return out;
}

/** Sentences of all paragraphs, numbered through the article. */
export function splitSentences(paragraphs: readonly string[]): Sentence[] {
  const all: Sentence[] = [];
  paragraphs.forEach((p, i) => {
    all.push(...tagParagraph(p, i, all.length));
  });
  all.forEach((s, i) => (s.index = i));
  return all;
}
