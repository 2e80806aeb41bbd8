import { findCountry, findDemonym, PROPER_ADJECTIVES } from "../data/gazetteer.ts";
import { type Mention, spanText } from "../read/entities.ts";
import type { Sentence, Token } from "../read/nlp.ts";
import type { Quantity } from "../read/quantities.ts";
import type { Clause, Span } from "./clause.ts";

/** What an answer is, so distractors can be of the same kind. */
export type AnswerKind =
  | "person"
  | "country"
  | "city"
  | "place"
  | "org"
  | "nationality"
  | "speaker"
  | "weekday"
  | "date"
  | "year"
  | "decade"
  | "time"
  | "count"
  | "percent"
  | "money"
  | "ordinal"
  | "cause"
  | "score";

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
  /**
   * Typed, never picked from options: "At least how many people died?" (a smaller option would be
   * true as well).
   */
  typedOnly?: boolean;
  /**
   * The question asks who said something: the speaker's own body and colleagues are no stand-ins.
   */
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
   * article but not unique enough to ask "Who is...?" about, so it only pairs the person in a
   * match.
   */
  matchOnly?: boolean;
};

/** An event with a point in time, for ordering questions. */
export type DatedEvent = { text: string; sentence: Sentence; when: number; whenText: string };

export type ArticleFacts = {
  facts: Fact[];
  roles: RoleFact[];
  events: DatedEvent[];
  speakers: string[];
};

/** Who said a sentence's quotation (see quotes.ts). */
export type Speaker = {
  /** The name to ask for ("Tom Aldridge", "the World Health Organization"). */
  name: string;
  /**
   * "described" for a speaker the article names only by what they are ("the defence ministry",
   * "officials").
   */
  kind: "person" | "org" | "described";
  /** The one word that may stand for a person. */
  short?: string | undefined;
  /**
   * The words of the sentence that name the speaker, for highlighting; absent when a pronoun or an
   * earlier sentence does.
   */
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

export const PRONOUN_START = new RegExp(
  String.raw`^[“"]?(${[
    "he|she|they|it|this|these|those|his|her|their|its|we|i|you|there",
    "that|such|but|and|also|however|meanwhile|the latter|the former",
  ].join("|")})\b`,
  "i",
);
/** "two other airlines": other than the one the article named before. */
const OTHER_THAN_NAMED =
  /\b(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several) other \p{Ll}+s\b/iu;

/**
 * True when a sentence leans on an earlier one: it opens on a pronoun ("He said..."), a bare
 * quantifier standing for something named before ("Many were later sold...") or "Both countries",
 * or it counts "two other airlines".
 */
export function opensLeaning(s: Sentence): boolean {
  const lead = leadToken(s);
  if (PRONOUN_START.test(lead === 0 ? s.text : s.text.slice(s.tokens[lead]!.start))) return true;
  if (OTHER_THAN_NAMED.test(s.text)) return true;
  const first = s.tokens[lead];
  const second = s.tokens[lead + 1];
  // "Both countries sent troops": the two the article named before
  if (first?.lower === "both" && second?.pos === "NOUN" && /s$/.test(second.lower)) return true;
  // "A further 12 makers...", "The remaining 75 seats...": more of what came before, or the rest
  if (
    /^(a further|an additional|the remaining|remaining|the other)\b/i.test(
      s.text.slice(first?.start ?? 0),
    )
  )
    return true;
  // "Many were later sold", "Most (64%) offer no training": a bare quantifier stands for something
  // named before
  return (
    first !== undefined &&
    /^(many|some|most|several|others|few|both|all|each|neither|either|one|half|nor)$/i.test(
      first.text,
    ) &&
    second !== undefined &&
    (["VERB", "AUX", "ADV"].includes(second.pos) || second.text === "(")
  );
}

/**
 * Where a sentence proper starts: after a linking "But", "And", "Yet" or "So", which only joins it
 * to the one before ("But Green MP Ann Hollis accused ministers..." says what it says without it).
 */
export function leadToken(s: Sentence): number {
  const t = s.tokens;
  if (t.length <= 2 || t[1]!.text === ",") return 0;
  // ("So he is...": the tagger reads a leading "So" as an adverb)
  return /^(but|and|yet|so)$/i.test(t[0]!.text) &&
    (t[0]!.pos === "CCONJ" ||
      (/^so$/i.test(t[0]!.text) && (t[1]!.pos === "PRON" || t[1]!.pos === "PROPN")))
    ? 1
    : 0;
}

export const DANGLING = new RegExp(
  [
    String.raw`\b(this|these|those|the latter|the former|such)\s+\p{L}+`,
    String.raw`\b(there|here|then)\b(?! (is|are|was|were|has|have)\b)`,
    String.raw`\b(he|she|him|her|they|them|it)\b`,
  ].join("|"),
  "iu",
);

const PERSONAL = /^(he|she|him|her|his|hers|himself|herself)$/i;
const NON_PERSONAL = /^(it|its|they|them|their|theirs|itself|themselves)$/i;

/**
 * True when tokens [a, b) lean on something outside the sentence: "this territory", "there", or a
 * pronoun with no name before it in the same sentence. Words inside quotation marks do not count.
 */
export function leansOutside(info: SentenceInfo, a: number, b: number): boolean {
  const t = info.sentence.tokens;
  // Where the first name, the first person's name and the first noun end: a pronoun after them has
  // something to lean on.
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
      if (x.text === "“" || (x.text === '"' && !inQuote)) {
        inQuote = true;
        continue;
      }
      if (x.text === "”" || (x.text === '"' && inQuote)) {
        inQuote = false;
        continue;
      }
      if (inQuote) continue;
    }
    if (info.referent && i >= info.referent.token && i < info.referent.end) continue;
    // "in that game" points back; "a bet that demand..." does not
    const demonstrativeThat =
      x.lower === "that" && x.pos === "DET" && ["ADP", "VERB", "AUX"].includes(t[i - 1]?.pos ?? "");
    if ((/^(this|these|those)$/i.test(x.text) || demonstrativeThat) && t[i + 1]?.pos === "NOUN")
      return true;
    if (
      /^(there|then)$/i.test(x.text) &&
      !["is", "are", "was", "were", "has", "have", "had"].includes(t[i + 1]?.lower ?? "")
    )
      return true;
    if (x.lower === "the" && (t[i + 1]?.lower === "latter" || t[i + 1]?.lower === "former"))
      return true;
    // "in both cases" (not "both X and Y"): the sentence before is meant
    if (
      /^(both|each|either)$/.test(x.lower) &&
      /^(cases?|instances?|occasions?|companies|firms|sides|men|women|countries|teams)$/.test(
        t[i + 1]?.lower ?? "",
      ) &&
      !t.slice(i + 2).some((y) => y.lower === "and")
    )
      return true;
    // "The firm's revenue": a pointing noun as the possessor leans back as the subject would
    if (
      x.lower === "the" &&
      i <= 1 &&
      POINTING_NOUNS.test(t[i + 1]?.lower ?? "") &&
      /^['’]s?$/.test(t[i + 2]?.text ?? "")
    )
      return true;
    if (PERSONAL.test(x.text) && firstPerson > i) return true;
    // "it" may stand for a noun before it; "they"/"their" only for a plural noun ("The 18-12
    // victory ... their" leans outside)
    const plural = /^(they|them|their|theirs|themselves)$/i.test(x.text);
    const nounBefore = plural
      ? t
          .slice(0, i)
          // ("Researchers ... say they": a capital only because the sentence starts there)
          .some(
            (y, k) =>
              (y.pos === "NOUN" || (k === 0 && y.pos === "PROPN")) && /[^s]s$/.test(y.lower),
          )
      : firstNoun !== -1 && firstNoun < i;
    if (NON_PERSONAL.test(x.text) && firstName > i && !nounBefore) return true;
  }
  return false;
}

export const text = (s: Sentence, [a, b]: Span) => (b > a ? spanText(s, a, b) : "");

/**
 * Lower-cases the first letter of a span that opened a sentence, unless its first word is a name.
 */
export function lowerFirst(value: string, s: Sentence, index: number): string {
  const first = s.tokens[index];
  // "Former Virginia Gov. Bob McDonnell": a title's modifier takes a capital only to open the
  // sentence
  if (index === 0 && /^(Former|Acting|Interim|Outgoing|Then)$/.test(first?.text ?? ""))
    return value.charAt(0).toLowerCase() + value.slice(1);
  if (
    first &&
    (s.names?.has(index) ||
      /^[A-Z]{2,}/.test(first.text) ||
      first.text === "I" ||
      findCountry(first.text) ||
      findDemonym(first.text) ||
      PROPER_ADJECTIVES.has(first.text))
  )
    return value;
  if (first && index > 0 && first.pos === "PROPN") return value;
  // "Anatolian Skies carried...": two capitalised names in a row are a name even when no rule
  // placed it
  if (
    first?.pos === "PROPN" &&
    s.tokens[index + 1]?.pos === "PROPN" &&
    /^\p{Lu}/u.test(s.tokens[index + 1]!.text)
  )
    return value;
  // "Finding Neverland has...": a verb before a capitalised name is a title's first word
  if (
    first?.pos === "VERB" &&
    s.tokens[index + 1]?.pos === "PROPN" &&
    /^\p{Lu}\p{Ll}/u.test(s.tokens[index + 1]!.text)
  )
    return value;
  return value.charAt(0).toLowerCase() + value.slice(1);
}

export const upperFirst = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/** Tidies a question: spaces before marks, doubled spaces, a final question mark. */
export function finishQuestion(q: string): string {
  let body = q
    // "6 kilometers (3.7 miles) northeast": an aside in brackets gives a figure away or clutters
    .replace(/\s*\(\s*[^()]*\)/g, "")
    .replace(/\s+([,.;:!?”’])/g, "$1")
    .replace(/([“‘])\s+/g, "$1")
    .replace(/\s{2,}/g, " ")
    .replace(/[,;:.\s]+$/, "")
    .trim();
  // "Which organisation also announced...?": "also" leans on a sentence the question does not print
  if (/^(who|what|which|how|where|when|why|in|on|at|by|for|from|to)\b/i.test(body))
    body = body.replace(/ (also|too)\b(?![^“]*”)/g, "").replace(/ as well$/, "");
  // a quotation that ends the sentence keeps its closing mark: "...into a “toxic dump”?"
  if ((body.match(/"/g)?.length ?? 0) % 2 === 1 && /\s"[^"]+$/.test(body)) body += '"';
  else if (/“[^”]*$/.test(body) && /\p{L}$/u.test(body)) body += "”";
  return `${upperFirst(body)}?`;
}

/** wink-nlp's lemmas are American ("equalised" → "equalize"); keep the article's spelling. */
function britishLemma(verb: Token): string {
  const lemma = verb.lemma;
  if (/is(ed|es|ing)$/.test(verb.lower) && lemma.endsWith("ize")) return `${lemma.slice(0, -3)}ise`;
  if (/ys(ed|es|ing)$/.test(verb.lower) && lemma.endsWith("yze")) return `${lemma.slice(0, -3)}yse`;
  return lemma;
}

/** The question form of a clause with tokens [a, b) of its predicate taken out. */
export function invert(c: Clause, wh: string, cut: Span | null): string | null {
  const s = c.sentence;
  const t = s.tokens;
  let [v0, v1] = c.verb;
  // "The department on Friday reported...": the time the clause reader put before the verb goes
  // after the question's predicate ("...did the department report on Friday?")
  let time = "";
  let k0 = v0;
  while (k0 < v1 - 1 && !["ADV", "AUX", "VERB", "PART"].includes(t[k0]!.pos)) k0++;
  if (k0 > v0 && k0 < v1) {
    time = text(s, [v0, k0]);
    v0 = k0;
  }
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
    const inflected =
      (next.pos === "VERB" && next.lower !== next.lemma && !/ing$/.test(next.lower)) ||
      (next.pos === "ADJ" && /ed$/.test(next.lower) && /^(ADP|DET)$/.test(t[j + 2]?.pos ?? ""));
    if (t[j]!.lower === "and" && inflected) {
      restEnd = j;
      break;
    }
  }
  if (cut && cut[1] > restEnd) return null;
  let rest = "";
  if (cut) rest = `${text(s, [c.rest[0], cut[0]])} ${text(s, [cut[1], restEnd])}`.trim();
  else rest = text(s, [c.rest[0], restEnd]);
  const first = t[v0]!;
  const last = t[v1 - 1]!;
  // "had a record year", "has a contract": "have" alone is a main verb and takes "did"/"does"
  const possession =
    v1 - v0 === 1 &&
    first.pos === "AUX" &&
    first.lemma === "have" &&
    /^(has|have|had)$/.test(first.lower);
  let head: string;
  if (first.pos === "AUX" && !possession && v1 - v0 > 1) {
    head = `${wh} ${first.text} ${subject} ${fronted ? `${fronted} ` : ""}${text(s, [v0 + 1, v1])}`;
  } else if (first.pos === "AUX" && !possession) {
    // a copula: "Where was the attack?"
    head = `${wh} ${first.text} ${subject}${fronted ? ` ${fronted}` : ""}`;
  } else {
    // adverbs before the verb stay before it: "also saw" → "did ... also see"
    if (fronted) return null;
    const adverbs = t.slice(v0, v1 - 1);
    if (!adverbs.every((x) => x.pos === "ADV" && !/^(not|n't|never)$/.test(x.lower))) return null;
    const lemma = britishLemma(last);
    if (!/^[a-z]+$/.test(lemma)) return null;
    let aux = "did";
    if (last.lower === lemma) {
      // present tense plural: "callers hang up" → "do callers hang up"; after one subject a verb
      // whose past is its own form is past ("The bridge cost $40 million" → "did the bridge cost")
      if (pluralSubject(c)) aux = "do";
      else if (!SAME_PAST.test(lemma)) return null;
    } else if (
      last.lower === "has" ||
      (last.lower.endsWith("s") &&
        !last.lower.endsWith("ss") &&
        (last.lower === `${lemma}s` ||
          last.lower === `${lemma}es` ||
          last.lower === lemma.replace(/y$/, "ies")))
    )
      aux = "does";
    head = `${wh} ${aux} ${subject} ${adverbs.length ? `${text(s, [v0, v1 - 1])} ` : ""}${lemma}`;
  }
  const lead = leadIn(c);
  return finishQuestion(
    `${lead}${lead ? wh.charAt(0).toLowerCase() + head.slice(1) : head} ${rest} ${time}`,
  );
}

/** Verbs whose past tense is spelt as their base form. */
const SAME_PAST = /^(cost|cut|put|set|hit|let|hurt|shut|spread|quit|split|bet|bid|cast|burst)$/;

/** "Shoppers", "call centres", "Rovers", "Armenia and Azerbaijan": a subject that takes "do". */
function pluralSubject(c: Clause): boolean {
  const t = c.sentence.tokens;
  const [a, b] = c.subject;
  if (t.slice(a, b).some((x) => x.lower === "and")) return true;
  // the head noun is the last word before "of", a relative clause or the end
  let end = b;
  for (let j = a; j < b; j++)
    if (["ADP", "PRON", "SCONJ"].includes(t[j]!.pos) || t[j]!.text === ",") {
      end = j;
      break;
    }
  const head = t[end - 1];
  if (!head) return false;
  if (/^(people|police|children|men|women|staff|officials|they)$/.test(head.lower)) return true;
  return (
    (head.pos === "NOUN" || head.pos === "PROPN") &&
    /[^s]s$/.test(head.lower) &&
    !/(ics|news|series|ss)$/.test(head.lower)
  );
}

/**
 * A fronted time or place ("On Wednesday night,") or a source ("According to Aliyev,") kept in
 * front of the question; a fronted subordinate clause ("Although ...,") is a fact of its own and
 * left out.
 */
export function leadIn(c: Clause): string {
  const s = c.sentence;
  const parts: string[] = [];
  if (
    c.prefix &&
    ["ADP", "SCONJ"].includes(s.tokens[c.prefix[0]]!.pos) &&
    c.prefix[1] - c.prefix[0] <= 8 &&
    !s.tokens.slice(c.prefix[0], c.prefix[1]).some((x) => x.pos === "VERB")
  )
    parts.push(text(s, c.prefix));
  if (c.source)
    parts.push(`according to ${c.sourceText ?? lowerFirst(text(s, c.source), s, c.source[0])}`);
  if (parts.length === 0) return "";
  return `${upperFirst(parts.join(", "))}, `;
}

/** The statement of a clause as the article puts it, for explanations. */
function declarative(c: Clause): string {
  if (c.subjectText) return `${c.subjectText} ${spanText(c.sentence, c.verb[0], c.rest[1])}`;
  if (c.sourceText && c.source && declarativeStart(c) === c.source[0])
    return `${c.sourceText} ${spanText(c.sentence, c.source[1], c.rest[1])}`;
  return spanText(c.sentence, declarativeStart(c), c.rest[1]);
}

export function explain(c: Clause): string {
  const body = declarative(c);
  const named = c.subjectText || (c.sourceText && c.source && declarativeStart(c) === c.source[0]);
  return (
    "The article says that " +
    `${named ? body : lowerFirst(body, c.sentence, declarativeStart(c))}.`
  ).replace(/[.,;:]+\.$/, ".");
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

export function statementFor(
  c: Clause,
  answerStart: number,
  answerText: string,
): Fact["statement"] {
  if (c.subjectText || c.sourceText) return null;
  const s = c.sentence;
  const start = declarativeStart(c);
  const body = spanText(s, start, c.rest[1]);
  const offset = s.tokens[start]!.start;
  const at = s.tokens[answerStart]!.start - offset;
  if (body.slice(at, at + answerText.length) !== answerText) return null;
  return { text: `${upperFirst(body).replace(/[,;:]$/, "")}.`, answerAt: at, answerText };
}

/** Units that are not things one counts with "how many" ("1.7 times as wide"). */
export const NOT_COUNTED = /^(times|percent|per|of|more|fewer|less|years? old)$/i;

/** Words that soften a figure ("more than 5,500", "at least 162") and leave with it. */
export const HEDGES = new Set([
  "more",
  "than",
  "at",
  "least",
  "about",
  "around",
  "nearly",
  "almost",
  "over",
  "some",
  "roughly",
  "approximately",
  "up",
  "to",
  "fewer",
  "less",
  "just",
  "only",
  "another",
  "a",
  "record",
  "total",
]);

export function confidenceOf(prompt: string, c: Clause, info?: SentenceInfo): number {
  let score = 1;
  const words = prompt.split(" ").length;
  if (words > 28) score -= 0.35;
  else if (words > 22) score -= 0.15;
  if (info && leansOutside(info, c.prefix?.[0] ?? c.source?.[0] ?? c.subject[0], c.rest[1]))
    score -= 0.6;
  if (c.appositive) score -= 0.05;
  // "Across northern Europe, even in the richest towns...": a fronted scope the question leaves out
  const s0 = c.sentence;
  if (
    c.prefix &&
    s0.tokens[c.prefix[0]]!.pos === "ADP" &&
    !/^(after|before|in|on|during|since|despite|with|for|as)$/.test(
      s0.tokens[c.prefix[0]]!.lower,
    ) &&
    leadIn(c) === ""
  )
    score -= 0.3;
  // "The move followed...", "the regional leader has seen...": a subject that points back to
  // something unnamed
  if (!c.subjectText && refersBack(s0, c.subject)) score -= 0.3;
  // "Lomas was coach [when Aldridge ran the club]": too little is left to ask about
  const t = c.sentence.tokens;
  const restWords = t
    .slice(c.rest[0], c.rest[1])
    .filter((x) => x.kind === "word" || x.kind === "number").length;
  if (
    restWords <= 3 &&
    /^(when|while|because|although|though|whereas|as|if|unless|after|before|since|until)$/.test(
      t[c.rest[1]]?.lower ?? "",
    )
  )
    score -= 0.3;
  if (
    /“[^”]*$/.test(prompt) ||
    /^[^“]*”/.test(prompt) ||
    (prompt.match(/"/g)?.length ?? 0) % 2 === 1
  )
    score -= 0.8;
  return score;
}

/**
 * Nouns that, after "the", point back to something named before: "the move", "the firm", "the
 * pair".
 */
const POINTING_NOUNS = new RegExp(
  `^(${[
    "move|decision|deal|plan|firm|company|group|giant|club|side|team|pair|duo|trio|band",
    "player|striker|star|singer|actor|actress|man|woman|boy|girl|couple|organisation|body",
    "agency|scheme|project|case|incident|attack|idea|proposal|change|changes|measure|measures",
    "step|programme|product|device|service|site|network|latter|former|country|nation|city",
    "region|state|area|venue|event|game|match|tournament|film|album|show|book|song",
  ].join("|")})$`,
);

/**
 * True when the subject is "the (adjectives) NOUN" for one of `POINTING_NOUNS` and names nothing:
 * "The move", "the regional giant", "The pair" lean on a sentence before, as a pronoun does.
 */
export function refersBack(s: Sentence, [a, b]: Span): boolean {
  const t = s.tokens;
  if (t[a]?.lower !== "the" || b - a > 4) return false;
  for (let j = a + 1; j < b - 1; j++)
    if (t[j]!.pos !== "ADJ" && !/^[a-z-]+$/.test(t[j]!.text)) return false;
  return POINTING_NOUNS.test(t[b - 1]!.lower) && /^[a-z]+$/.test(t[b - 1]!.text);
}

/**
 * "Which airline", "Which bank"; a word that sizes a body up ("giant") asks for what it is ("Which
 * company").
 */
export function whichBody(category: string): string {
  return `Which ${/^(giant|titan|behemoth|heavyweight)$/.test(category) ? "company" : category}`;
}
