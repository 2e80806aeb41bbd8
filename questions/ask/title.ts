import { SPEECH_VERBS } from "../data/gazetteer.ts";
import { analyzeClause, type Clause, complementClause } from "../facts/clause.ts";
import { readSentences } from "../facts/extract.ts";
import type { SentenceInfo } from "../facts/facts.ts";
import { spanText } from "../read/entities.ts";
import { splitSentences, type Token } from "../read/nlp.ts";

const MAX_WORDS = 12;
const STOP_AT = new Set([
  "after",
  "before",
  "because",
  "as",
  "when",
  "while",
  "although",
  "though",
  "since",
  "until",
  "amid",
  "despite",
  "following",
  "that",
  "which",
  "who",
  "where",
  "thanks",
]);
const REGION_NOUNS = new RegExp(
  `^(${[
    "region|province|city|town|village|district|island",
    "state|territory|enclave|area|county|country|capital",
  ].join("|")})$`,
);

/** "reclaim" → "reclaims", "carry" → "carries", "push" → "pushes". */
function thirdPerson(lemma: string): string {
  if (lemma === "be") return "is";
  if (lemma === "have") return "has";
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) return `${lemma}es`;
  return `${lemma}s`;
}

/**
 * A verb's base form. "staged" read as "stag": a one-syllable base ending consonant-vowel-consonant
 * would double its last letter ("stagged"), so "staged" grows from "stage".
 */
function baseOf(verb: Token): string {
  const lemma = verb.lemma;
  if (verb.lower === `${lemma}ed` && /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma))
    return `${lemma}e`;
  return lemma;
}

/**
 * Words of the predicate up to the first subordinate clause, with "the breakaway region of X"
 * shortened to "X".
 */
function objectWords(c: Clause): string[] {
  const s = c.sentence;
  const t = s.tokens;
  const out: Token[] = [];
  for (let j = c.rest[0]; j < c.rest[1]; j++) {
    const x = t[j]!;
    // "N76,750": a comma inside a figure does not end the phrase
    if (
      x.text === "," &&
      /\d$/.test(t[j - 1]?.text ?? "") &&
      /^\d/.test(t[j + 1]?.text ?? "") &&
      t[j + 1]!.start === x.end
    ) {
      out.push(x);
      continue;
    }
    if (
      x.text === "," ||
      x.text === ";" ||
      STOP_AT.has(x.lower) ||
      (x.pos === "SCONJ" && x.lower !== "of")
    )
      break;
    out.push(x);
  }
  const words = out.map((x) => x.text);
  // "the (adjective) region of X" → "X"
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.lower !== "the") continue;
    let k = i + 1;
    while (k < out.length && out[k]!.pos === "ADJ") k++;
    if (
      k < out.length &&
      REGION_NOUNS.test(out[k]!.lower) &&
      out[k + 1]?.lower === "of" &&
      out[k + 2]?.pos === "PROPN"
    ) {
      words.splice(i, k + 2 - i);
      break;
    }
  }
  return joinHyphens(words);
}

function joinHyphens(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === "-" && out.length > 0 && words[i + 1]) out[out.length - 1] += `-${words[++i]}`;
    else out.push(words[i]!);
  }
  return out;
}

/** Words a title cannot end on: it would read as cut short. */
const NO_END = new RegExp(
  `^(${[
    "of|the|a|an|and|or|to|in|on|at|for|with|by|from|over|his|her|its|their|into|as",
    "than|record|new|more|most|during|after|before|about|under|between|against|without",
    "through|across|despite|amid|among|within|upon|have|has|had|is|are|was|were|be",
    "been|will|would|well|very|this|that|these|those|which|who|whose|when|while|where",
  ].join("|")})$`,
  "i",
);

/** "on Thursday", "late Wednesday", "today": when, which a title leaves out. */
const TIME_WORDS = new RegExp(
  [
    String.raw`\s+(?:(?:on|late|early|last|this|next)\s+)?` +
      "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)" +
      String.raw`(?:\s+(?:morning|afternoon|evening|night))?\b`,
    String.raw`\s+(?:today|yesterday|tonight|last (?:week|month|year|night))\b`,
  ].join("|"),
  "gi",
);

/** Cuts a title to a few words, ending on a word that can end a phrase and never inside a name. */
function trimTitle(words: string[]): string {
  let w = words.slice(0, MAX_WORDS);
  const capital = (x: string | undefined) => x !== undefined && /^\p{Lu}/u.test(x);
  // "People Need" of "People Need People": a name cut in two goes whole
  if (words.length > MAX_WORDS && capital(words[MAX_WORDS]) && capital(w[w.length - 1]))
    while (w.length > 3 && capital(w[w.length - 1])) w = w.slice(0, -1);
  // cut short: the phrase the cut fell in goes whole ("on a proposal to approve" → "on a proposal")
  if (words.length > MAX_WORDS) {
    let k = w.length - 1;
    while (
      k >= 3 &&
      !/^(of|to|in|on|at|for|with|by|from|over|against|during|after|before|into|as)$/i.test(w[k]!)
    )
      k--;
    if (k >= 3) w = w.slice(0, k);
  }
  // a possessive or an open quotation at the end has lost what it belongs to
  while (
    w.length > 3 &&
    (NO_END.test(w[w.length - 1]!.replace(/[,;:]$/, "")) ||
      /[’']s$|^[“"‘']|^[^\p{L}\d]+$/u.test(w[w.length - 1]!))
  )
    w = w.slice(0, -1);
  return w.join(" ").replace(/[,;:]$/, "");
}

/**
 * A headline-style title from the main fact of the first sentence: "Azerbaijan reclaims authority
 * over Nagorno-Karabakh".
 */
function titleFromFact(info: SentenceInfo): string | null {
  const s = info.sentence;
  const t = s.tokens;
  const outer = analyzeClause(s);
  if (!outer) return null;
  let c: Clause = outer;
  let subject = spanText(s, outer.subject[0], outer.subject[1]);
  const outerSubjectMention = info.mentions.find(
    (m) => m.start >= outer.subject[0] && m.end <= outer.subject[1] && m.kind === "person",
  );
  if (SPEECH_VERBS.has(t[outer.verb[1] - 1]!.lemma)) {
    const inner = complementClause(outer);
    if (inner) {
      const innerSubject = spanText(s, inner.subject[0], inner.subject[1]);
      const country = info.mentions.find(
        (m) => m.start >= outer.subject[0] && m.end <= outer.subject[1] && m.kind === "country",
      );
      if (/^(his|her|their|its) (nation|country|government)$/i.test(innerSubject) && country)
        subject = country.text;
      else if (/^(he|she)$/i.test(innerSubject) && outerSubjectMention)
        subject = outerSubjectMention.text;
      else if (!/^(it|they|this|these|we|i|you)$/i.test(innerSubject)) subject = innerSubject;
      else return null;
      c = inner;
    }
  }
  if (subject.split(" ").length > 5) {
    const m = info.mentions.find((x) => x.start >= c.subject[0] && x.end <= c.subject[1]);
    if (m && m.start === c.subject[0]) subject = m.text;
    else {
      // "A school vaccination programme in the province of X": the subject up to its first
      // preposition;
      // "Students of Tai Solarin University..." keeps its head noun, never just the name inside it
      const cut = t
        .slice(c.subject[0], c.subject[1])
        .findIndex((x, k) => k >= 2 && x.pos === "ADP");
      if (cut < 0 || cut > 5) return null;
      subject = spanText(s, c.subject[0], c.subject[0] + cut);
    }
  }
  if (
    /^(he|she|it|they|this|these|we|i|you)$/i.test(subject) ||
    /^the \d+-year-old$/i.test(subject) ||
    /^(his|her|its|their|our|my|your)\b/i.test(subject)
  )
    return null;
  const verbs = t.slice(c.verb[0], c.verb[1]);
  const main = verbs[verbs.length - 1]!;
  const passive = verbs.length > 1 && verbs.some((v) => v.lemma === "be") && main.pos === "VERB";
  // "Secretary Damian Hinds" ends on a name: one person, though the name ends in "s"
  // "Students of Tai Solarin University": the head noun decides
  const head = t
    .slice(c.subject[0], c.subject[1])
    .find((x) => x.pos === "NOUN" || x.pos === "PROPN");
  const opensName = info.mentions.some((m) => m.start === c.subject[0]);
  const pluralHead =
    head !== undefined &&
    ((head.pos === "NOUN" && head.lower !== head.lemma.toLowerCase()) ||
      (head === t[c.subject[0]] && !opensName)) &&
    /[^s]s$/.test(head.lower);
  const plural =
    pluralHead ||
    (/s$/.test(subject) && !info.mentions.some((m) => subject.endsWith(m.text))) ||
    / and /.test(subject);
  let verb: string;
  if (passive) verb = main.text;
  else if (verbs.some((v) => v.lower === "not" || v.lower === "n't")) return null;
  else if (!/^[a-z]+$/.test(main.lemma)) return null;
  else if (main.lemma === "be") verb = plural ? "are" : "is";
  else verb = plural ? baseOf(main) : thirdPerson(baseOf(main));
  // "EDUCATION Secretary": a first word in capitals is the paper's style, not an acronym
  const words = subject.split(" ");
  if (words.length > 1 && /^\p{Lu}{4,}$/u.test(words[0]!))
    words[0] = words[0]!.charAt(0) + words[0]!.slice(1).toLowerCase();
  const first = words.join(" ").charAt(0).toUpperCase() + words.join(" ").slice(1);
  const joined = [...first.split(" "), verb, ...objectWords(c)]
    .join(" ")
    .replace(/\s+([’']s)\b/g, "$1")
    .replace(/(\d) , (\d)/g, "$1,$2")
    .replace(/(\d) %/g, "$1%")
    .replace(/(["“‘]) /g, "$1")
    .replace(/ ([”’])/g, "$1")
    .replace(TIME_WORDS, "");
  // a quotation the title cuts open loses its marks
  const marks = (joined.match(/["“”]/g) ?? []).length;
  const title = trimTitle(
    (marks % 2 === 1 || /“[^”]*$/.test(joined) ? joined.replace(/["“”]/g, "") : joined).split(" "),
  );
  // ("...award for documentary goes": a verb the title ends on has lost its object)
  const ends = title.split(" ").length >= 3 && title.split(" ").pop() !== verb;
  return ends && endsPhrase(title, t) ? title : null;
}

/**
 * True when a title ends where a phrase of its sentence ends: on a noun or name that no other noun
 * follows ("...smashes the men's 1,500 metres freestyle world" ends inside "world record"), not
 * on a bare number ("...agree to overturn two") or a verb that wants its object ("...goes").
 */
function endsPhrase(title: string, t: readonly Token[]): boolean {
  const last = title
    .split(" ")
    .pop()!
    .replace(/[”"’.,]+$/, "");
  let k = -1;
  for (let i = t.length - 1; i >= 0; i--)
    if (t[i]!.text === last) {
      k = i;
      break;
    }
  if (k < 0) return true;
  const next = t[k + 1];
  const nounEnd = t[k]!.pos === "NOUN" || t[k]!.pos === "PROPN";
  // ("to Cosimo Rega, Salvatore Striano and...": the list goes on)
  const continues =
    next !== undefined &&
    (["NOUN", "PROPN", "NUM"].includes(next.pos) ||
      /^['’]s$/.test(next.text) ||
      (next.text === "," && t[k + 2]?.pos === "PROPN"));
  return nounEnd && !continues;
}

/**
 * "PATNA, India—", "Mumbai, October 7:", "MANILA //", "LONDON (Reuters) -": where the story was
 * filed.
 */
export const DATELINE =
  /^\p{Lu}[\p{L}.' -]{1,30}(?:,\s*[\p{L}\d ]{2,30})?(?:\s*\([\p{L} ]+\))?\s*(?:[—–:]|\/\/|\s-)\s*/u;

/** The first sentence without its dateline, read again; the sentence itself when it has none. */
function withoutDateline(info: SentenceInfo): SentenceInfo {
  const m = DATELINE.exec(info.sentence.text);
  if (!m || !/^\p{Lu}/u.test(info.sentence.text.slice(m[0].length))) return info;
  return readSentences(splitSentences([info.sentence.text.slice(m[0].length)])).infos[0] ?? info;
}

/**
 * The name the opening sentences mention most (people, bodies and places), for a title of last
 * resort.
 */
function mostNamed(infos: readonly SentenceInfo[]): string | null {
  const counts = new Map<string, number>();
  for (const info of infos)
    for (const m of info.mentions)
      if (m.text.length > 2)
        counts.set(m.text, (counts.get(m.text) ?? 0) + (m.text.includes(" ") ? 1.5 : 1));
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  return best;
}

/**
 * The headline without a final full stop; else a short title made from the main fact of one of
 * the opening sentences ("Azerbaijan reclaims authority over Nagorno-Karabakh"); else the name the
 * opening sentences mention most ("Bohunt School in the news"). Never a sentence cut short.
 */
export function makeTitle(headline: string | null, opening: readonly SentenceInfo[]): string {
  if (headline) return headline.replace(/\.+$/, "").trim();
  for (const [i, info] of opening.slice(0, 3).entries()) {
    const fromFact = titleFromFact(i === 0 ? withoutDateline(info) : info);
    if (fromFact) return fromFact;
  }
  const name = mostNamed(opening.slice(0, 5));
  return name ? `${name} in the news` : "News quiz";
}
