import { type Clause, type Span, complementClause } from "./clause.ts";
import { type Entity, type Mention, displayName, spanText } from "../read/entities.ts";
import { KNOWN_ORGANISATIONS, ORG_NOUNS, PROPER_ADJECTIVES, SPEECH_VERBS, categoryFamily, findCountry, findDemonym } from "../data/gazetteer.ts";
import type { Sentence, Token } from "../read/nlp.ts";
import type { Quantity } from "../read/quantities.ts";

/** What an answer is, so distractors can be of the same kind. */
export type AnswerKind =
  | "person" | "country" | "city" | "place" | "org" | "nationality" | "speaker"
  | "weekday" | "date" | "year" | "decade" | "time" | "count" | "percent" | "money" | "ordinal" | "cause" | "score";

/** One fact that a single-answer question can test. */
export type Fact = {
  /** What is tested, for "no two questions test the same fact the same way". */
  key: string;
  sentence: Sentence;
  /** A self-contained wh-question whose answer is `answer`. */
  prompt: string;
  answer: string;
  accept: string[];
  kind: AnswerKind;
  /** Verbatim part of the sentence carrying the answer. */
  highlight: string;
  /** One sentence that says why, in the article's words. */
  explanation: string;
  /** A declarative statement of the fact, with the answer's place in it, for true/false. */
  statement: { text: string; answerAt: number; answerText: string } | null;
  /** Answers that would also be right and may never be offered as distractors. */
  alsoTrue: string[];
  value?: number;
  unit?: string;
  confidence: number;
  /** For an organisation: what sort it is ("airline"), so stand-ins can be of the same sort. */
  category?: string;
  /** Material for a true/false statement only; the prompt is empty. */
  statementOnly?: boolean;
  /** The question asks who said something: the speaker's own body and colleagues are no stand-ins. */
  said?: boolean;
  /** Too little to ask alone (a short quotation): only a row of a match. */
  pairOnly?: boolean;
};

/** A person's role as the article states it. */
export type RoleFact = {
  person: string;
  /** The one word that may stand for the person (see `Entity.short`). */
  short?: string | undefined;
  role: string;
  sentence: Sentence;
  highlight: string;
  country: string | null;
  /**
   * A label the article puts before the name ("Tory MP", "former transport secretary"): true to the
   * article but not unique enough to ask "Who is...?" about, so it only pairs the person in a match.
   */
  matchOnly?: boolean;
};

/** An event with a point in time, for ordering questions. */
export type DatedEvent = { text: string; sentence: Sentence; when: number; whenText: string };

export type ArticleFacts = { facts: Fact[]; roles: RoleFact[]; events: DatedEvent[]; speakers: string[] };

/** Who said a sentence's quotation (see quotes.ts). */
export type Speaker = {
  /** The name to ask for ("Tom Aldridge", "the World Health Organization"). */
  name: string;
  /** "described" for a speaker the article names only by what they are ("the defence ministry", "officials"). */
  kind: "person" | "org" | "described";
  /** The one word that may stand for a person. */
  short?: string | undefined;
  /** The words of the sentence that name the speaker, for highlighting; absent when a pronoun or an earlier sentence does. */
  highlight?: string;
};

/** The person a leading "He" or "She" stands for (see referents.ts). */
export type Referent = { token: number; end: number; name: string; short?: string | undefined };

export type SentenceInfo = {
  sentence: Sentence;
  mentions: Mention[];
  quantities: Quantity[];
  /** The person a leading "He" or "She" stands for, when the sentences before make it plain. */
  referent?: Referent;
  /** Who said the sentence's quotation. */
  speaker?: Speaker;
};

export const PRONOUN_START = /^[“"]?(he|she|they|it|this|these|those|his|her|their|its|we|i|you|there|that|such|but|and|also|however|meanwhile|the latter|the former)\b/i;
/**
 * True when a sentence opens by leaning on an earlier one: a pronoun ("He said..."), or a bare
 * quantifier standing for something named before ("Many were later sold...").
 */
export function opensLeaning(s: Sentence): boolean {
  const lead = leadToken(s);
  if (PRONOUN_START.test(lead === 0 ? s.text : s.text.slice(s.tokens[lead]!.start))) return true;
  const first = s.tokens[lead];
  const second = s.tokens[lead + 1];
  // "Many were later sold", "Most (64%) offer no training": a bare quantifier stands for something named before
  return first !== undefined && /^(many|some|most|several|others|few|both|all|each|neither|either|one|half|nor)$/i.test(first.text) && second !== undefined && (["VERB", "AUX", "ADV"].includes(second.pos) || second.text === "(");
}

/**
 * Where a sentence proper starts: after a linking "But", "And", "Yet" or "So", which only joins it
 * to the one before ("But Green MP Ann Hollis accused ministers..." says what it says without it).
 */
export function leadToken(s: Sentence): number {
  const t = s.tokens;
  if (t.length <= 2 || t[1]!.text === ",") return 0;
  // ("So he is...": the tagger reads a leading "So" as an adverb)
  return /^(but|and|yet|so)$/i.test(t[0]!.text) && (t[0]!.pos === "CCONJ" || (/^so$/i.test(t[0]!.text) && (t[1]!.pos === "PRON" || t[1]!.pos === "PROPN"))) ? 1 : 0;
}

export const DANGLING = /\b(this|these|those|the latter|the former|such)\s+\p{L}+|\b(there|here|then)\b(?! (is|are|was|were|has|have)\b)|\b(he|she|him|her|they|them|it)\b/iu;

const PERSONAL = /^(he|she|him|her|his|hers|himself|herself)$/i;
const NON_PERSONAL = /^(it|its|they|them|their|theirs|itself|themselves)$/i;

/**
 * True when tokens [a, b) lean on something outside the sentence: "this territory", "there", or a
 * pronoun with no name before it in the same sentence. Words inside quotation marks do not count.
 */
export function leansOutside(info: SentenceInfo, a: number, b: number): boolean {
  const t = info.sentence.tokens;
  // Where the first name, the first person's name and the first noun end: a pronoun after them has something to lean on.
  let firstName = Infinity;
  let firstPerson = Infinity;
  for (const m of info.mentions) {
    // "it" and "they" stand for a body, a country, a team or a place, not a road or a stadium
    if (m.kind !== "person" && m.kind !== "place") firstName = Math.min(firstName, m.end);
    if (m.kind === "person") firstPerson = Math.min(firstPerson, m.end);
  }
  // "He" that the sentences before make plain counts as a name
  if (info.referent) firstPerson = Math.min(firstPerson, info.referent.end);
  const firstNoun = t.findIndex((y) => y.pos === "NOUN");
  const quoted = info.sentence.quoted;
  let inQuote = false;
  for (let i = a; i < b; i++) {
    const x = t[i]!;
    if (quoted) {
      if (quoted[i] || /^["“”]$/.test(x.text)) continue;
    } else {
      if (x.text === "“" || (x.text === '"' && !inQuote)) { inQuote = true; continue; }
      if (x.text === "”" || (x.text === '"' && inQuote)) { inQuote = false; continue; }
      if (inQuote) continue;
    }
    if (info.referent && i >= info.referent.token && i < info.referent.end) continue;
    // "in that game" points back; "a bet that demand..." does not
    const demonstrativeThat = x.lower === "that" && x.pos === "DET" && ["ADP", "VERB", "AUX"].includes(t[i - 1]?.pos ?? "");
    if ((/^(this|these|those)$/i.test(x.text) || demonstrativeThat) && t[i + 1]?.pos === "NOUN") return true;
    if (/^(there|then)$/i.test(x.text) && !["is", "are", "was", "were", "has", "have", "had"].includes(t[i + 1]?.lower ?? "")) return true;
    if (x.lower === "the" && (t[i + 1]?.lower === "latter" || t[i + 1]?.lower === "former")) return true;
    // "in both cases" (not "both X and Y"): the sentence before is meant
    if (/^(both|each|either)$/.test(x.lower) && /^(cases?|instances?|occasions?|companies|firms|sides|men|women|countries|teams)$/.test(t[i + 1]?.lower ?? "") && !t.slice(i + 2).some((y) => y.lower === "and")) return true;
    // "The firm's revenue": a pointing noun as the possessor leans back as the subject would
    if (x.lower === "the" && i <= 1 && POINTING_NOUNS.test(t[i + 1]?.lower ?? "") && /^['’]s?$/.test(t[i + 2]?.text ?? "")) return true;
    if (PERSONAL.test(x.text) && firstPerson > i) return true;
    // "it" may stand for a noun before it; "they"/"their" only for a plural noun ("The 18-12 victory ... their" leans outside)
    const plural = /^(they|them|their|theirs|themselves)$/i.test(x.text);
    const nounBefore = plural ? t.slice(0, i).some((y) => y.pos === "NOUN" && /[^s]s$/.test(y.lower)) : firstNoun !== -1 && firstNoun < i;
    if (NON_PERSONAL.test(x.text) && firstName > i && !nounBefore) return true;
  }
  return false;
}

export const text = (s: Sentence, [a, b]: Span) => (b > a ? spanText(s, a, b) : "");

/** Lower-cases the first letter of a span that opened a sentence, unless its first word is a name. */
export function lowerFirst(value: string, s: Sentence, index: number): string {
  const first = s.tokens[index];
  if (first && (s.names?.has(index) || /^[A-Z]{2,}/.test(first.text) || first.text === "I" || findCountry(first.text) || findDemonym(first.text) || PROPER_ADJECTIVES.has(first.text))) return value;
  if (first && index > 0 && first.pos === "PROPN") return value;
  // "Anatolian Skies carried...": two capitalised names in a row are a name even when no rule placed it
  if (first?.pos === "PROPN" && s.tokens[index + 1]?.pos === "PROPN" && /^\p{Lu}/u.test(s.tokens[index + 1]!.text)) return value;
  // "Finding Neverland has...": a verb before a capitalised name is a title's first word
  if (first?.pos === "VERB" && s.tokens[index + 1]?.pos === "PROPN" && /^\p{Lu}\p{Ll}/u.test(s.tokens[index + 1]!.text)) return value;
  return value.charAt(0).toLowerCase() + value.slice(1);
}

export const upperFirst = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/** Tidies a question: spaces before marks, doubled spaces, a final question mark. */
export function finishQuestion(q: string): string {
  let body = q.replace(/\s+([,.;:!?”’])/g, "$1").replace(/([“‘])\s+/g, "$1").replace(/\s{2,}/g, " ").replace(/[,;:.\s]+$/, "").trim();
  // a quotation that ends the sentence keeps its closing mark: "...into a “toxic dump”?"
  if ((body.match(/"/g)?.length ?? 0) % 2 === 1 && /\s"[^"]+$/.test(body)) body += '"';
  else if (/“[^”]*$/.test(body) && /\p{L}$/u.test(body)) body += "”";
  return upperFirst(body) + "?";
}

/** The mention that makes up the whole span, allowing a leading "the" and a title. */
function wholeMention(info: SentenceInfo, [a, b]: Span): Mention | undefined {
  const t = info.sentence.tokens;
  let start = a;
  if (t[start]?.lower === "the") start++;
  return info.mentions.find((m) => {
    if (m.end !== b) return false;
    if (m.start === start) return true;
    // "President Ilham Aliyev" — a title in front
    if (m.title !== undefined && m.start > start && m.start - start <= 3) return true;
    // "Harbour City chairman Tom Aldridge", "Green MP Ann Hollis": a body and role words in front of a person
    return m.kind === "person" && m.start - start <= 5 && t.slice(start, m.start).every((x, k) => /^\p{Lu}/u.test(x.text) || (/^\p{Ll}/u.test(x.text) && (x.pos === "NOUN" || x.pos === "ADJ") && k > 0) || x.text === "-");
  });
}

function entityName(entities: Map<string, Entity>, m: Mention): string {
  return entities.get(m.entity)?.name ?? m.text;
}

/** Accepted extra spellings of a name: a person's family name as the article uses it. */
function acceptFor(entity: Entity | undefined, kind: AnswerKind): string[] {
  return kind === "person" && entity?.short ? [entity.short] : [];
}


/** wink-nlp's lemmas are American ("equalised" → "equalize"); keep the article's spelling. */
function britishLemma(verb: Token): string {
  const lemma = verb.lemma;
  if (/is(ed|es|ing)$/.test(verb.lower) && lemma.endsWith("ize")) return lemma.slice(0, -3) + "ise";
  if (/ys(ed|es|ing)$/.test(verb.lower) && lemma.endsWith("yze")) return lemma.slice(0, -3) + "yse";
  return lemma;
}

/** The question form of a clause with tokens [a, b) of its predicate taken out. */
export function invert(c: Clause, wh: string, cut: Span | null): string | null {
  const s = c.sentence;
  const t = s.tokens;
  let [v0, v1] = c.verb;
  const subject = c.subjectText ?? lowerFirst(text(s, c.subject), s, c.subject[0]);
  // "also will be hit" → "will ... also be hit": adverbs before an auxiliary follow it
  let fronted = "";
  if (t[v0]!.pos === "ADV") {
    let k = v0;
    while (k < v1 - 1 && t[k]!.pos === "ADV") k++;
    if (t[k]!.pos === "AUX") {
      fronted = text(s, [v0, k]);
      v0 = k;
    }
  }
  if (/^(he|she|they|it|we|i|you|this|these|those|there)$/i.test(subject)) return null;
  // "didn't arrive", "wasn't told": a denied event asked about reads wrongly once inverted
  if (t.slice(v0, v1 + 1).some((x) => /^(n['’]t|not|never)$/i.test(x.text))) return null;
  // "had to answer": "had X to answer" is no question ("did X have to" would be another sentence)
  if (/^(had|has|have)$/i.test(t[v0]!.text) && t[v0 + 1]?.lower === "to") return null;
  // "won the race in 2002 and retired in 2005": a second inflected verb cannot follow "did"; the
  // question keeps the first verb's part, and asks nothing of the second
  let restEnd = c.rest[1];
  for (let j = c.rest[0] + 1; j < c.rest[1] - 1; j++) {
    const next = t[j + 1]!;
    const inflected = (next.pos === "VERB" && next.lower !== next.lemma && !/ing$/.test(next.lower)) || (next.pos === "ADJ" && /ed$/.test(next.lower) && /^(ADP|DET)$/.test(t[j + 2]?.pos ?? ""));
    if (t[j]!.lower === "and" && inflected) {
      restEnd = j;
      break;
    }
  }
  if (cut && cut[1] > restEnd) return null;
  let rest = "";
  if (cut) rest = (text(s, [c.rest[0], cut[0]]) + " " + text(s, [cut[1], restEnd])).trim();
  else rest = text(s, [c.rest[0], restEnd]);
  const first = t[v0]!;
  const last = t[v1 - 1]!;
  // "had a record year", "has a contract": "have" alone is a main verb and takes "did"/"does"
  const possession = v1 - v0 === 1 && first.pos === "AUX" && first.lemma === "have" && /^(has|have|had)$/.test(first.lower);
  let head: string;
  if (first.pos === "AUX" && !possession && v1 - v0 > 1) {
    head = `${wh} ${first.text} ${subject} ${fronted ? fronted + " " : ""}${text(s, [v0 + 1, v1])}`;
  } else if (first.pos === "AUX" && !possession) {
    // a copula: "Where was the attack?"
    head = `${wh} ${first.text} ${subject}${fronted ? " " + fronted : ""}`;
  } else {
    // adverbs before the verb stay before it: "also saw" → "did ... also see"
    if (fronted) return null;
    const adverbs = t.slice(v0, v1 - 1);
    if (!adverbs.every((x) => x.pos === "ADV" && !/^(not|n't|never)$/.test(x.lower))) return null;
    const lemma = britishLemma(last);
    if (!/^[a-z]+$/.test(lemma)) return null;
    let aux = "did";
    if (last.lower === lemma) {
      // present tense plural: "callers hang up" → "do callers hang up"
      if (!pluralSubject(c)) return null;
      aux = "do";
    } else if (last.lower === "has" || (last.lower.endsWith("s") && !last.lower.endsWith("ss") && (last.lower === lemma + "s" || last.lower === lemma + "es" || last.lower === lemma.replace(/y$/, "ies")))) aux = "does";
    head = `${wh} ${aux} ${subject} ${adverbs.length ? text(s, [v0, v1 - 1]) + " " : ""}${lemma}`;
  }
  const lead = leadIn(c);
  return finishQuestion(`${lead}${lead ? wh.charAt(0).toLowerCase() + head.slice(1) : head} ${rest}`);
}

/** "Shoppers", "call centres", "Rovers", "Armenia and Azerbaijan": a subject that takes "do". */
function pluralSubject(c: Clause): boolean {
  const t = c.sentence.tokens;
  const [a, b] = c.subject;
  if (t.slice(a, b).some((x) => x.lower === "and")) return true;
  // the head noun is the last word before "of", a relative clause or the end
  let end = b;
  for (let j = a; j < b; j++) if (["ADP", "PRON", "SCONJ"].includes(t[j]!.pos) || t[j]!.text === ",") { end = j; break; }
  const head = t[end - 1];
  if (!head) return false;
  if (/^(people|police|children|men|women|staff|officials|they)$/.test(head.lower)) return true;
  return (head.pos === "NOUN" || head.pos === "PROPN") && /[^s]s$/.test(head.lower) && !/(ics|news|series|ss)$/.test(head.lower);
}

/**
 * A fronted time or place ("On Wednesday night,") or a source ("According to Aliyev,") kept in
 * front of the question; a fronted subordinate clause ("Although ...,") is a fact of its own and left out.
 */
export function leadIn(c: Clause): string {
  const s = c.sentence;
  const parts: string[] = [];
  if (c.prefix && ["ADP", "SCONJ"].includes(s.tokens[c.prefix[0]]!.pos) && c.prefix[1] - c.prefix[0] <= 8 && !s.tokens.slice(c.prefix[0], c.prefix[1]).some((x) => x.pos === "VERB")) parts.push(text(s, c.prefix));
  if (c.source) parts.push(`according to ${c.sourceText ?? lowerFirst(text(s, c.source), s, c.source[0])}`);
  if (parts.length === 0) return "";
  return upperFirst(parts.join(", ")) + ", ";
}

/** The statement of a clause as the article puts it, for explanations. */
function declarative(c: Clause): string {
  if (c.subjectText) return `${c.subjectText} ${spanText(c.sentence, c.verb[0], c.rest[1])}`;
  if (c.sourceText && c.source && declarativeStart(c) === c.source[0]) return `${c.sourceText} ${spanText(c.sentence, c.source[1], c.rest[1])}`;
  return spanText(c.sentence, declarativeStart(c), c.rest[1]);
}

export function explain(c: Clause): string {
  const body = declarative(c);
  const named = c.subjectText || (c.sourceText && c.source && declarativeStart(c) === c.source[0]);
  return `The article says that ${named ? body : lowerFirst(body, c.sentence, declarativeStart(c))}.`.replace(/[.,;:]+\.$/, ".");
}

/** Where the statement of a clause starts: its fronted part, "According to", or the subject. */
function declarativeStart(c: Clause): number {
  const t = c.sentence.tokens;
  if (c.prefix) return c.prefix[0];
  if (c.source && t[c.source[0] - 2]?.lower === "according") return c.source[0] - 2;
  // A reported clause keeps who reported it: "Data protection experts said the ruling could..."
  if (c.source && c.source[1] <= c.subject[0]) return c.source[0];
  return c.subject[0];
}

export function statementFor(c: Clause, answerStart: number, answerText: string): Fact["statement"] {
  if (c.subjectText || c.sourceText) return null;
  const s = c.sentence;
  const start = declarativeStart(c);
  const body = spanText(s, start, c.rest[1]);
  const offset = s.tokens[start]!.start;
  const at = s.tokens[answerStart]!.start - offset;
  if (body.slice(at, at + answerText.length) !== answerText) return null;
  return { text: upperFirst(body).replace(/[,;:]$/, "") + ".", answerAt: at, answerText };
}

/** Units that are not things one counts with "how many" ("1.7 times as wide"). */
export const NOT_COUNTED = /^(times|percent|per|of|more|fewer|less|years? old)$/i;

const TIME_UNITS = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;

/** Words that soften a figure ("more than 5,500", "at least 162") and leave with it. */
export const HEDGES = new Set(["more", "than", "at", "least", "about", "around", "nearly", "almost", "over", "some", "roughly", "approximately", "up", "to", "fewer", "less", "just", "only", "another", "a", "record", "total"]);

const PLACE_PREPS = new Set(["in", "at", "near", "outside"]);
const TIME_PREPS = new Set(["on", "in", "since", "by", "until", "during"]);

export function confidenceOf(prompt: string, c: Clause, info?: SentenceInfo): number {
  let score = 1;
  const words = prompt.split(" ").length;
  if (words > 28) score -= 0.35;
  else if (words > 22) score -= 0.15;
  if (info && leansOutside(info, c.prefix?.[0] ?? c.source?.[0] ?? c.subject[0], c.rest[1])) score -= 0.6;
  if (c.appositive) score -= 0.05;
  // "Across northern Europe, even in the richest towns...": a fronted scope the question leaves out
  const s0 = c.sentence;
  if (c.prefix && s0.tokens[c.prefix[0]]!.pos === "ADP" && !/^(after|before|in|on|during|since|despite|with|for|as)$/.test(s0.tokens[c.prefix[0]]!.lower) && leadIn(c) === "") score -= 0.3;
  // "The move followed...", "the regional leader has seen...": a subject that points back to something unnamed
  if (!c.subjectText && refersBack(s0, c.subject)) score -= 0.3;
  // "Lomas was coach [when Aldridge ran the club]": too little is left to ask about
  const t = c.sentence.tokens;
  const restWords = t.slice(c.rest[0], c.rest[1]).filter((x) => x.kind === "word" || x.kind === "number").length;
  if (restWords <= 3 && /^(when|while|because|although|though|whereas|as|if|unless|after|before|since|until)$/.test(t[c.rest[1]]?.lower ?? "")) score -= 0.3;
  if (/“[^”]*$/.test(prompt) || /^[^“]*”/.test(prompt) || (prompt.match(/"/g)?.length ?? 0) % 2 === 1) score -= 0.8;
  return score;
}

/** Nouns that, after "the", point back to something named before: "the move", "the firm", "the pair". */
const POINTING_NOUNS = /^(move|decision|deal|plan|firm|company|group|giant|club|side|team|pair|duo|trio|band|player|striker|star|singer|actor|actress|man|woman|boy|girl|couple|organisation|body|agency|scheme|project|case|incident|attack|idea|proposal|change|changes|measure|measures|step|programme|product|device|service|site|network|latter|former|country|nation|city|region|state|area|venue|event|game|match|tournament|film|album|show|book|song)$/;

/**
 * True when the subject is "the (adjectives) NOUN" for one of `POINTING_NOUNS` and names nothing:
 * "The move", "the regional giant", "The pair" lean on a sentence before, as a pronoun does.
 */
export function refersBack(s: Sentence, [a, b]: Span): boolean {
  const t = s.tokens;
  if (t[a]?.lower !== "the" || b - a > 4) return false;
  for (let j = a + 1; j < b - 1; j++) if (t[j]!.pos !== "ADJ" && !/^[a-z-]+$/.test(t[j]!.text)) return false;
  return POINTING_NOUNS.test(t[b - 1]!.lower) && /^[a-z]+$/.test(t[b - 1]!.text);
}

/** "said it had", "said in a statement that they would": what was said is about "it" or "they". */
function reportsPronoun(c: Clause): boolean {
  const t = c.sentence.tokens;
  let i = c.rest[0];
  // a phrase about the saying ("in a statement", "on Wednesday") comes first
  if (t[i]?.pos === "ADP") while (i < c.rest[1] && i < c.rest[0] + 5 && !["PRON", "SCONJ"].includes(t[i]!.pos) && t[i]!.lower !== "that") i++;
  if (t[i]?.lower === "that") i++;
  return /^(it|they)$/.test(t[i]?.lower ?? "");
}

const BODY_NOUN = /^the (\p{Ll}+)$/u;

/** The organisations of an article, worked out once per article rather than for every sentence. */
const bodiesCache = new WeakMap<Map<string, Entity>, Entity[]>();
function bodiesOf(entities: Map<string, Entity>): Entity[] {
  let bodies = bodiesCache.get(entities);
  if (!bodies) {
    bodies = [...entities.values()].filter((e) => e.kind === "org");
    bodiesCache.set(entities, bodies);
  }
  return bodies;
}

/**
 * The body "the company" or "the airline" stands for: the one body of the article of that sort
 * ("the company" is Samjin Semiconductor when the only other body is a bank), null when the
 * subject is not such a phrase, and "unclear" when two or more bodies could be meant.
 */
export function bodyMeant(subject: string, entities: Map<string, Entity>): string | null | "unclear" {
  const noun = BODY_NOUN.exec(subject.toLowerCase())?.[1];
  if (!noun || !(ORG_NOUNS.has(noun) || categoryFamily(noun) !== noun)) return null;
  const bodies = bodiesOf(entities);
  const exact = bodies.filter((e) => e.category === noun);
  const family = categoryFamily(noun) === noun ? [] : bodies.filter((e) => e.category && categoryFamily(e.category) === categoryFamily(noun));
  const meant = exact.length > 0 ? exact : family;
  if (meant.length === 1 && (exact.length === 1 || /^(company|firm|group)$/.test(noun))) return displayName(meant[0]!);
  return bodies.length >= 2 ? "unclear" : null;
}

/** The wh-phrase that asks for a subject of this kind ("Who", "Which country", "Which airline"). */
function subjectWh(m: Mention, entities: Map<string, Entity>, speechVerb: boolean): string | null {
  if (m.kind === "person") return "Who";
  if (m.kind === "country") return "Which country";
  if (m.kind === "city") return "Which city";
  if (m.kind === "org") {
    const category = entities.get(m.entity)?.category;
    if (category && /^[a-z-]+$/.test(category)) return whichBody(category);
    return speechVerb ? "Who" : "Which organisation";
  }
  return null;
}

/** "Which airline", "Which bank"; a word that sizes a body up ("giant") asks for what it is ("Which company"). */
export function whichBody(category: string): string {
  return `Which ${/^(giant|titan|behemoth|heavyweight)$/.test(category) ? "company" : category}`;
}

/**
 * Where the element a false statement swaps begins: the whole name with its title and place
 * ("Seoul Mayor Park Ji-hoon", "President Joko Widodo"), and "the" of a body ("The Red Cross"),
 * so that another person's or body's name can take its place.
 */
function statementSubjectStart(info: SentenceInfo, subj: Span, m: Mention): number {
  const t = info.sentence.tokens;
  if (m.kind === "org") return t[m.start - 1]?.lower === "the" && m.start - 1 >= subj[0] ? m.start - 1 : m.start;
  const titleStart = m.title ? m.start - m.title.split(" ").length : m.start;
  if (titleStart < subj[0]) return m.start;
  const before = t.slice(subj[0], titleStart);
  return before.every((x) => /^\p{Lu}/u.test(x.text) && x.pos === "PROPN") ? subj[0] : titleStart;
}

/** A noun followed by a participle or relative clause that belongs to it ("treasures looted from", "people who"). */
function modifiedAfter(t: Token[], at: number): boolean {
  const x = t[at];
  if (x === undefined) return false;
  const participle = /(ed|en)$/.test(x.lower) && (x.pos === "VERB" || (x.pos === "ADJ" && t[at + 1]?.pos === "ADP"));
  return participle || /^(who|which|that)$/.test(x.lower);
}

/** "in Germany, Britain and the United States", "in Uganda and Tanzania": the place is one of a list. */
function listGoesOn(t: Token[], end: number): boolean {
  const next = t[end + 1]?.lower === "the" ? t[end + 2] : t[end + 1];
  return /^(and|or|,)$/.test(t[end]?.text.toLowerCase() ?? "") && next !== undefined && /^\p{Lu}/u.test(next.text);
}

/** True when a comma or a quote mark stands between the verb and token `at` (the phrase belongs elsewhere). */
function detached(s: Sentence, from: number, at: number): boolean {
  return s.tokens.slice(from, at).some((x) => /^[,“”"]$/.test(x.text));
}

/** Questions about the subject, a place, a time or a number in one clause. */
/**
 * The facts of one clause: who did it, what, where, when, how many. Returns the clause as read
 * (its subject named) and the confidence penalty, for the figure and object stages that follow;
 * null when the clause reports speech and asks nothing of its own.
 */
export function clauseFacts(info: SentenceInfo, clause: Clause, entities: Map<string, Entity>, out: Fact[], via: string): { clause: Clause; penalty: number } | null {
  const s = info.sentence;
  const t = s.tokens;
  let c = clause;
  const subj = c.subject;
  const verbText = text(s, c.verb);
  const restText = text(s, c.rest);
  // "added 18 points", "announced the new licence fee": a verb of saying with a thing for its object
  // reports nothing; only "say" and its like always do
  const lemma = t[c.verb[1] - 1]!.lemma;
  const reports = /^(say|tell|state|claim|insist|argue|warn|explain|note|suggest|stress|believe)$/.test(lemma) || /^(that|“|"|:)$/.test(t[c.rest[0]]?.lower ?? "") || complementClause(c) !== null;
  const speech = SPEECH_VERBS.has(lemma) && reports;
  // "The company was founded in 1987": name the company, or leave the fact when it could be either of two
  const body = c.subjectText ? null : bodyMeant(text(s, subj), entities);
  if (body && body !== "unclear") c = { ...c, subjectText: body };
  const lead = leadIn(c);
  const penalty = (via ? 0.1 : 0) + (body === "unclear" ? 0.3 : 0);
  // Who/which country did it? The subject, or a person in apposition to a role subject
  // ("The Council of Europe's president, Charles Michel, asked...").
  let subjMention = wholeMention(info, subj);
  if (!subjMention && c.appositive) {
    const ap = wholeMention(info, c.appositive);
    if (ap?.kind === "person") subjMention = ap;
  }
  const plural = /^(and|or)$/.test(t[subj[0] + 1]?.lower ?? "") || t.slice(subj[0], subj[1]).some((x) => x.lower === "and");
  // "X said it had always followed Kenyan law": once X is cut out of the question, "it" points nowhere,
  // unless the question names X's sort ("Which organisation said it...?").
  const pronounReported = speech && !via && reportsPronoun(c);
  const wh = subjMention ? subjectWh(subjMention, entities, speech && !pronounReported) : null;
  // "Health Secretary Ann Hollis said the new rules": a report cut short says nothing
  const reportCut = speech && !t.slice(c.rest[0], c.rest[1]).some((x) => x.pos === "VERB" || x.pos === "AUX" || /^[“"]$/.test(x.text));
  if (subjMention && wh && !plural && !reportCut) {
    // "Who said...?" about a body: people and other speakers of the article are the stand-ins.
    const kind: AnswerKind = subjMention.kind === "org" && wh === "Who" ? "speaker" : (subjMention.kind as AnswerKind);
    const prompt = finishQuestion(`${lead}${lead ? wh.charAt(0).toLowerCase() + wh.slice(1) : wh} ${verbText} ${restText}`);
    const name = entityName(entities, subjMention);
    const statementStart = statementSubjectStart(info, subj, subjMention);
    out.push({
      key: `subject:${s.index}:${name}`,
      sentence: s,
      prompt,
      answer: subjMention.kind === "org" && t[subj[0]]?.lower === "the" ? `the ${name}` : name,
      // "Shenzhen Zhiyuan" as the sentence writes it, for "Shenzhen Zhiyuan Technology"
      accept: [...acceptFor(entities.get(subjMention.entity), kind), ...(subjMention.kind === "org" && subjMention.text !== name ? [subjMention.text] : [])],
      kind,
      ...(entities.get(subjMention.entity)?.category ? { category: entities.get(subjMention.entity)!.category! } : {}),
      highlight: subjMention.text,
      explanation: explain(c),
      statement: statementFor(c, statementStart, spanText(s, statementStart, subjMention.end)),
      alsoTrue: [],
      confidence: confidenceOf(prompt, c, info) - penalty - (pronounReported && wh === "Who" ? 0.6 : 0) - (subjMention.kind === "org" && /^[A-Z0-9]{2,6}$/.test(name) && !KNOWN_ORGANISATIONS.has(name) ? 0.2 : 0),
      ...(speech ? { said: true } : {}),
    });
  }
  // "He began his coaching career...", with "He" plain from the sentence before: who did it
  const r = info.referent;
  if (r && c.subjectText === r.name && subj[0] === r.token && subj[1] === r.end && !via && !reportCut && !plural) {
    const prompt = finishQuestion(`${lead}${lead ? "who" : "Who"} ${verbText} ${restText}`);
    out.push({
      key: `subject:${s.index}:${r.name}`,
      sentence: s,
      prompt,
      answer: r.name,
      accept: r.short ? [r.short] : [],
      kind: "person",
      highlight: text(s, subj),
      explanation: explain(c),
      statement: null,
      alsoTrue: [],
      confidence: confidenceOf(prompt, c, info) - penalty - 0.1,
      ...(speech ? { said: true } : {}),
    });
  }
  // Nationality as the subject's modifier: "Russian peacekeepers reported..." → "Peacekeepers from which country..."
  const first = t[subj[0]]!;
  const demonym = findDemonym(first.text);
  if (demonym && subj[1] - subj[0] >= 2 && subj[1] - subj[0] <= 3 && t[subj[1] - 1]!.pos === "NOUN" && /s$/.test(t[subj[1] - 1]!.lower)) {
    const noun = text(s, [subj[0] + 1, subj[1]]);
    const prompt = finishQuestion(`${lead}${lead ? noun : upperFirst(noun)} from which country ${verbText} ${restText}`);
    out.push({
      key: `origin:${s.index}:${demonym.name}`,
      sentence: s,
      prompt,
      answer: demonym.name,
      accept: [demonym.demonym],
      kind: "country",
      highlight: text(s, subj),
      explanation: explain(c),
      statement: null,
      alsoTrue: [],
      confidence: confidenceOf(prompt, c, info) - 0.05 - penalty,
    });
  }
  // How many: a count at the start of the subject ("30,000 people died")
  // ("About 32 million Kenyans had enrolled": a hedge in front of the figure stays out of the answer)
  const subjQty = info.quantities.find((q) => q.start >= subj[0] && t.slice(subj[0], q.start).every((x) => HEDGES.has(x.lower)) && q.kind === "count" && q.value !== 1 && q.unit && q.nounEnd === subj[1] && !NOT_COUNTED.test(q.unit));
  if (subjQty) {
    const prompt = finishQuestion(`${lead}${lead ? "how" : "How"} many ${subjQty.unit} ${verbText} ${restText}`);
    out.push(numberFact(s, subjQty, prompt, explain(c), statementFor(c, subjQty.start, subjQty.core), confidenceOf(prompt, c, info) - penalty));
  }
  // Places, times and counts inside the predicate; after "said" they belong to what was said,
  // which the complement clause asks about itself.
  if (speech && !via) return null;
  const [r0, r1] = c.rest;
  for (const m of info.mentions) {
    if (m.start < r0 || m.end > r1 || detached(s, r0, m.start) || m.start - r0 > 14) continue;
    const prep = t[m.start - 1];
    if (!prep || !PLACE_PREPS.has(prep.lower) || m.start - 1 < r0) continue;
    // "forecasts of sales growth of 2.5% in Spain": the place belongs to the noun phrase, not the verb
    if (t.slice(r0, m.start - 1).some((x) => x.lower === "of") || /^(%|NUM)$/.test(t[m.start - 2]?.text === "%" ? "%" : t[m.start - 2]?.pos ?? "")) continue;
    if (!["city", "place", "country"].includes(m.kind)) continue;
    // "in Nagorno-Karabakh's capital" is not the place itself
    if (t[m.end]?.pos === "PART" || t[m.end]?.pos === "NOUN" || /^[-'’]$/.test(t[m.end]?.text ?? "")) continue;
    if (t[m.start - 2]?.pos === "VERB" && m.start - 2 !== c.verb[1] - 1) continue; // "elections held in X"
    // "in Taylor, Texas": the state or country after the place goes with it
    let cutEnd = m.end;
    if (t[m.end]?.text === "," && t[m.end + 1] && /^\p{Lu}/u.test(t[m.end + 1]!.text) && t[m.end + 1]!.pos === "PROPN" && (m.end + 2 >= c.rest[1] || t[m.end + 2]?.text === ",")) cutEnd = m.end + 2;
    // "in Uganda and Tanzania": one place of two cannot be the answer
    if (listGoesOn(t, cutEnd)) continue;
    const prompt = invert(c, "Where", [m.start - 1, cutEnd]);
    // "Where will the G8 meet at Gleneagles?": the place the sentence names at the other end makes "where" odd
    if (!prompt || /\b(at|in) (the )?\p{Lu}/u.test(prompt.slice(6))) continue;
    const name = entityName(entities, m);
    out.push({
      key: `where:${s.index}:${name}`,
      sentence: s,
      prompt,
      answer: name,
      accept: [],
      kind: m.kind as AnswerKind,
      highlight: text(s, [m.start - 1, cutEnd]),
      explanation: explain(c),
      statement: statementFor(c, m.start, m.text),
      alsoTrue: cutEnd > m.end ? [text(s, [m.end + 1, cutEnd])] : [],
      confidence: confidenceOf(prompt, c, info) - penalty,
    });
  }
  for (const q of info.quantities) {
    if (q.start < r0 || q.end > r1 || detached(s, r0, q.start) || q.start - r0 > 14) continue;
    const prep = t[q.start - 1];
    if ((q.kind === "weekday" || q.kind === "year" || q.kind === "decade" || q.kind === "date") && prep && TIME_PREPS.has(prep.lower) && q.start - 1 >= r0) {
      // one day or year of two cannot be the answer; "until Saturday" asks "Until which day"
      if ((/^(and|or)$/.test(t[q.end]?.lower ?? "") && info.quantities.some((x) => x.start === q.end + 1 && x.kind === q.kind)) || (t[q.end]?.text === "," && info.quantities.some((x) => x.start === q.end + 1 && x.kind === q.kind))) continue;
      // "by Monday's earthquake": the day belongs to the noun after it
      if (t[q.end]?.pos === "PART" || /^['’]s$/.test(t[q.end]?.text ?? "")) continue;
      const unit = q.kind === "weekday" ? "day" : q.kind === "year" ? "year" : q.kind === "decade" ? "decade" : null;
      const leading: Record<string, string> = { since: "Since", by: "By", until: "Until" };
      const wh = unit ? `${leading[prep.lower] ?? (unit === "day" ? "On" : "In")} which ${unit}` : "When";
      // "early on Friday": the adverb goes with the day
      const cutFrom = /^(early|late)$/.test(t[q.start - 2]?.lower ?? "") && q.start - 2 >= r0 ? q.start - 2 : q.start - 1;
      if (t[cutFrom - 1]?.pos === "VERB" && cutFrom - 1 !== c.verb[1] - 1) continue; // "elections held on Tuesday"
      const prompt = invert(c, wh, [cutFrom, q.end]);
      if (!prompt) continue;
      const answer = q.kind === "weekday" ? q.core : q.kind === "decade" ? q.text.replace(/^the /, "") : q.core;
      out.push({
        key: `when:${s.index}:${answer}`,
        sentence: s,
        prompt,
        answer,
        accept: [],
        kind: q.kind,
        highlight: text(s, [q.start - 1, q.end]),
        explanation: explain(c),
        statement: statementFor(c, q.start, q.core),
        alsoTrue: [],
        value: q.value,
        confidence: confidenceOf(prompt, c, info) - (q.kind === "weekday" && q.end - q.start > 1 ? 0.3 : 0) - penalty,
      });
    } else if (q.kind === "ordinal" && prep?.lower === "the" && t[q.start - 2]?.lower === "in" && q.nounEnd && q.start - 2 >= r0) {
      const prompt = invert(c, `In which ${q.unit}`, [q.start - 2, q.nounEnd]);
      if (!prompt) continue;
      const f = numberFact(s, q, prompt, explain(c), statementFor(c, q.start, q.core), confidenceOf(prompt, c, info) - penalty);
      out.push({ ...f, key: `ordinal:${s.index}:${q.core}`, kind: "ordinal", accept: [] });
    } else if (q.kind === "count" && q.unit && !q.compound && q.nounEnd && q.value !== 1 && !NOT_COUNTED.test(q.unit) && !(TIME_UNITS.test(q.unit) && /^(after|before|later|earlier|ago|into|from|since)$/.test(t[q.nounEnd]?.lower ?? "")) && t.slice(r0, q.start).every((x) => HEDGES.has(x.lower))) {
      // "26 treasures looted from the Kingdom of Dahomey": the rest of the noun phrase would be left behind
      if (modifiedAfter(t, q.nounEnd)) continue;
      // "sold two more farms and a string of shops": one of two objects cannot be cut out
      if (/^(and|or)$/.test(t[q.nounEnd]?.lower ?? "")) continue;
      const prompt = invert(c, `How many ${q.unit}`, [r0, q.nounEnd]);
      if (!prompt) continue;
      out.push(numberFact(s, q, prompt, explain(c), statementFor(c, q.start, q.core), confidenceOf(prompt, c, info) - penalty));
    }
  }
  return { clause: c, penalty };
}

export function numberFact(s: Sentence, q: Quantity, prompt: string, explanation: string, statement: Fact["statement"], confidence: number): Fact {
  return {
    key: `count:${s.index}:${q.core}`,
    sentence: s,
    prompt,
    answer: q.core,
    accept: q.core.includes(",") ? [q.core.replace(/,/g, "")] : [],
    kind: "count",
    highlight: q.text,
    explanation,
    statement,
    alsoTrue: [],
    value: q.value,
    ...(q.unit ? { unit: q.unit } : {}),
    confidence,
  };
}
