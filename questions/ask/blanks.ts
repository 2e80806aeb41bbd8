import { FIGURE_BOUND } from "../data/cues.ts";
import { countryTakesThe, findCity } from "../data/gazetteer.ts";
import {
  bareAcronym,
  type Pools,
  pickDistractors,
  splitFigure,
} from "../distractors/distractors.ts";
import {
  type AnswerKind,
  type Fact,
  leansOutside,
  opensLeaning,
  PRONOUN_START,
  refersBack,
  type SentenceInfo,
} from "../facts/facts.ts";
import { opensQuoted } from "../facts/quotes.ts";
import { normalizeCached } from "../grade.ts";
import { seededShuffle } from "../hash.ts";
import { displayName, type Entity, type Mention } from "../read/entities.ts";
import type { Token } from "../read/nlp.ts";
import type { Quantity } from "../read/quantities.ts";
import type { Difficulty, Evidence, QuestionType } from "../types.ts";
import { completionPrompt } from "./completion-prompt.ts";
import { type Described, describedBody, namingBody } from "./described.ts";
import { type Candidate, type Draft, fitSwap, possessiveAfter } from "./write.ts";

/**
 * Sentence questions: a sentence no fact question uses, with its most quiz-worthy name or figure
 * cut out ("Complete the sentence from the article: ..."), or stated with one name swapped for
 * another of the article (a false true/false). Real news states most of its facts in sentences the
 * fact rules cannot turn into a wh-question; these keep the article's own words instead.
 */

/** A part of a sentence that can be cut out: a name or a figure, with how worth asking it is. */
type Blank = {
  start: number;
  end: number;
  text: string;
  kind: AnswerKind;
  rank: number;
  accept: string[];
  value?: number;
  unit?: string;
  entity?: Entity;
};

const _PROMPT = "Complete the sentence from the article:";

/** Words of the writer or the reader: a column, a letter or an interview, not a report. */
const PERSONAL = /^(i|me|my|mine|we|us|our|ours|you|your|yours)$/i;

/** Words too common to give a blank away when they stand twice in a sentence. */
const COMMON = new Set([
  "the",
  "and",
  "of",
  "for",
  "new",
  "city",
  "united",
  "national",
  "group",
  "club",
  "party",
  "league",
  "cup",
]);

/**
 * "the country", "this year's", "the firm": a noun phrase that stands for something named before.
 */
function pointsBack(info: SentenceInfo, from = 0): boolean {
  const t = info.sentence.tokens;
  // "the mother-of-nine", "the 47-year-old": a person the article named before
  if (/(^|[\s,])the (\d+-year-old|[a-z]+-of-[a-z]+)\b/i.test(info.sentence.text)) return true;
  // "The two banks", "the three men", "Both countries": things the article named before
  if (
    /^(the (two|three|four|five|pair of) [a-z]+s?|both [a-z]+s)\b/i.test(
      info.sentence.text.replace(/^(but|and|however,?|meanwhile,?) /i, ""),
    )
  )
    return true;
  for (let i = from; i < t.length; i++) {
    if (!/^(the|this|that|these|those)$/.test(t[i]!.lower)) continue;
    let j = i + 1;
    while (j < t.length && j - i <= 3 && t[j]!.pos === "ADJ") j++;
    // "the company, Kestrel Grid," or "the firm Kestrel" names what it means
    const named =
      /^\p{Lu}/u.test(t[j + 1]?.text ?? "") ||
      (t[j + 1]?.text === "," && /^\p{Lu}/u.test(t[j + 2]?.text ?? ""));
    // "Sri Lanka ... the country's tourist industry": a name before it in the sentence is what it
    // means
    // (a person's name does not say which company "the company" is)
    const inPerson = (k: number) =>
      info.mentions.some((m) => m.kind === "person" && m.start <= k && k < m.end);
    const namedBefore =
      info.mentions.some((m) => m.end <= i && m.kind !== "person" && !s_quoted(info, m.start)) ||
      t
        .slice(1, i)
        .some((x, k) => x.pos === "PROPN" && /^\p{Lu}/u.test(x.text) && !inPerson(k + 1));
    // ("the city council": the noun is only a modifier)
    const compound = t[j + 1]?.pos === "NOUN";
    if (
      j < t.length &&
      refersBack(info.sentence, [i, j + 1]) &&
      !/^(this|that|these|those)$/.test(t[i]!.lower) &&
      !named &&
      !namedBefore &&
      !compound
    )
      return true;
    // ("those 2,400 teachers": a number between)
    const noun = t[i + 1]?.kind === "number" ? i + 2 : i + 1;
    if (
      /^(this|these|those)$/.test(t[i]!.lower) &&
      t[noun]?.pos === "NOUN" &&
      !new RegExp(
        "^(year|week|month|season|summer|winter|spring" +
          "|autumn|weekend|morning|evening|afternoon)$",
      ).test(t[noun]!.lower)
    )
      return true;
  }
  return false;
}

const s_quoted = (info: SentenceInfo, i: number) => info.sentence.quoted?.[i] === true;

const TIME_NOUN =
  /^(year|week|month|season|summer|winter|spring|autumn|weekend|morning|evening|afternoon|time)$/;

/**
 * `leansOutside` over the whole sentence, except "this year" and its like, which the article's date
 * fixes.
 */
function leansOutsideSkippingTimes(info: SentenceInfo): boolean {
  const t = info.sentence.tokens;
  let from = 0;
  for (let i = 0; i <= t.length; i++) {
    const time =
      i < t.length && /^(this|that)$/.test(t[i]!.lower) && TIME_NOUN.test(t[i + 1]?.lower ?? "");
    if (i < t.length && !time) continue;
    if (i > from && leansOutside(info, from, i)) return true;
    from = i + 2;
  }
  return false;
}

/** Why a sentence cannot stand alone as a question, or null when it can. */
export function skipReason(
  info: SentenceInfo,
  headline: string | null,
  described: Described | null = null,
): string | null {
  const s = info.sentence;
  const t = s.tokens;
  const words = t.filter((x) => x.kind === "word" || x.kind === "number").length;
  if (words < 8) return "short";
  if (words > 40) return "long";
  if (/\?[”"]?$/.test(s.text.trim())) return "question";
  // "magazine readers with their...": the rest of a sentence cut after a name such as "Kerrang!"
  if (/^\p{Ll}/u.test(s.text.trim())) return "fragment";
  if (headline && normalizeCached(headline) === normalizeCached(s.text)) return "headline";
  if (opensQuoted(s)) return "quotation";
  // a team sheet or a list of names ("Replacements: Hart for Rees (57), ..."): no sentence to
  // complete
  if (t.filter((x) => x.pos === "PROPN").length > words * 0.45 || /^[\p{L} ]+:/u.test(s.text))
    return "list";
  const quoted = t.filter((_, i) => s.quoted?.[i]).length;
  if (quoted > t.length * 0.5 || (/[“"]/.test(s.text) && !s.quoted)) return "quotation";
  if (
    t.some(
      (x, i) =>
        !s.quoted?.[i] &&
        PERSONAL.test(x.text) &&
        !(x.text === "US" && x.pos === "PROPN") &&
        // "outside our solar system": everyone's, not the writer's
        !(x.lower === "our" && /^(solar|planet|galaxy|world|own)$/.test(t[i + 1]?.lower ?? "")),
    )
  )
    return "person";
  // "However, the bank...": a linking word only joins the sentence to the one before
  const body = s.text.replace(
    /^(however|meanwhile|also|but|and|yet|so|instead(?! of\b)|still),?\s+/i,
    "",
  );
  // "There were 300 shops...", "It is likely that...": an empty subject points nowhere
  const empty = new RegExp(
    String.raw`^(there (is|are|was|were|has|have|had|will)|it (is|was|has been) (\p{Ll}+ )?` +
      "(likely|expected|thought|believed|understood|estimated|unclear|possible|hoped|feared)" +
      String.raw` (that|to))\b`,
    "iu",
  ).test(body);
  // (once the linking word is off, the sentence is read as it then starts)
  const linked = body !== s.text;
  if (!empty && (PRONOUN_START.test(body) || (!linked && opensLeaning(s)))) return "pronoun";
  // "Last year, it awarded...": a pronoun subject after a short opening phrase
  if (/^[^,“”"]{2,30}, (he|she|it|they|its|their)\b/i.test(body)) return "pronoun";
  // ("The university will ask...": the prompt names the university, see described.ts)
  if (leansOutsideSkippingTimes(info) || pointsBack(info, described ? 1 : 0)) return "refers back";
  // "Mr Ashby", "the 47-year-old": a short name the article gave in full before still reads alone
  return null;
}

/** The names and figures of a sentence that a blank may take, best first. */
function blanksOf(info: SentenceInfo, entities: Map<string, Entity>): Blank[] {
  const s = info.sentence;
  const out: Blank[] = [];
  const quoted = (a: number, b: number) => s.tokens.slice(a, b).some((_, k) => s.quoted?.[a + k]);
  for (const m of info.mentions) {
    if (m.work || quoted(m.start, m.end) || !wholeWords(info, m.start, m.end)) continue;
    // "Pierce ___": a name cut in two; "waste (___)": an acronym its own sentence spells out
    const prev = s.tokens[m.start - 1];
    if (prev && /^\p{Lu}/u.test(prev.text) && prev.pos === "PROPN" && !m.title) continue;
    // "the Queen ___ liner": one word after a title is half a name
    if (prev && /^\p{Lu}/u.test(prev.text) && m.title && !m.text.includes(" ")) continue;
    // "the Department of Trade and Industry": a name that runs on past the mention
    const after = s.tokens[m.end];
    if (
      m.kind === "org" &&
      after?.lower === "and" &&
      /^\p{Lu}/u.test(s.tokens[m.end + 1]?.text ?? "") &&
      !info.mentions.some((x) => x.start === m.end + 1)
    )
      continue;
    // "The Diary Farmers of ___": a name after "of" and a capitalised word ends a longer name
    if (
      prev?.lower === "of" &&
      m.start >= 2 &&
      /^\p{Lu}/u.test(s.tokens[m.start - 2]!.text) &&
      s.tokens[m.start - 2]!.pos !== "DET"
    )
      continue;
    // "At 0619 GMT": a time zone after a number is no body
    if (prev?.text === "(" || prev?.pos === "NUM") continue;
    // "the ___ (IMF)": the letters after the blank give it away; "a ___-funded project": half a
    // word
    if (after?.text === "(" || /^[-‐]$/.test(after?.text ?? "")) continue;
    // "China, India, Russia and Brazil": one name of a list is guessed from the rest, not learned
    if (inList(s.tokens, m.start, m.end)) continue;
    // "a ___ company": a country used as an adjective takes no country for an option
    if (m.kind === "country" && after?.pos === "NOUN" && /^\p{Ll}/u.test(after.text)) continue;
    // a place only when the gazetteer or the sentence says so: a company read as a place gets
    // cities for options
    // ("hang on to Yuganskneftegas": after "to" an unknown name is as likely a company as a place)
    if (
      (m.kind === "city" || m.kind === "place") &&
      !m.strong &&
      !findCity(m.text) &&
      !/^(in|at|near|from|outside)$/.test(prev?.lower ?? "")
    )
      continue;
    // "Newcastle said", "Leeds have": a city as the subject stands for its team or council
    if (m.kind === "city" && ["VERB", "AUX"].includes(s.tokens[m.end]?.pos ?? "")) continue;
    const e = entities.get(m.entity);
    const blank = mentionBlank(m, e);
    if (blank) out.push(blank);
  }
  const dates = info.quantities.filter((q) => q.kind === "date");
  for (const q of info.quantities) {
    if (quoted(q.start, q.end)) continue;
    // "in ___ and November 2004": one month or day of a pair is guessed from the other
    if (inList(s.tokens, q.start, q.end)) continue;
    if (q.kind !== "date" && dates.some((d) => q.start < d.end && d.start < q.end)) continue;
    // "10 to ___ years", "___ to 12 years": one end of a range is guessed from the other
    const t = s.tokens;
    const ranged =
      (/^(to|and|or|-)$/.test(t[q.start - 1]?.lower ?? "") && t[q.start - 2]?.pos === "NUM") ||
      (/^(to|or|-)$/.test(t[q.end]?.lower ?? "") && t[q.end + 1]?.pos === "NUM");
    // "17, 18, and ___ percent", "___, 18 and 10 percent": one figure of a list of figures
    const listed =
      (/^(and|or|,)$/.test(t[q.start - 1]?.lower ?? "") &&
        (t[q.start - 2]?.pos === "NUM" || t[q.start - 3]?.pos === "NUM")) ||
      (t[q.end]?.text === "," && t[q.end + 1]?.pos === "NUM");
    if (ranged || listed) continue;
    // "met in ___ and again in Vienna in May": one of two dates is guessed from the other
    if (q.kind === "date" && dates.length > 1) continue;
    // "new iPhone ___ models", "Pixel ___": a number that ends a product's name is part of it
    const before = s.tokens[q.start - 1];
    if (q.kind === "count" && before?.pos === "PROPN" && /^\p{Lu}|^i\p{Lu}/u.test(before.text))
      continue;
    const blank = quantityBlank(q);
    if (blank) out.push(blank);
  }
  return out.sort((a, b) => b.rank - a.rank || a.start - b.start);
}

/** True when tokens [a, b) are a name in a list of names: "X, Y and Z", "X and Y", "Y, X". */
function inList(t: Token[], a: number, b: number): boolean {
  const cap = (k: number) => /^\p{Lu}/u.test(t[k]?.text ?? "");
  const joins = (k: number) => t[k]?.text === "," || /^(and|or)$/.test(t[k]?.lower ?? "");
  return (joins(b) && cap(b + 1)) || (joins(a - 1) && cap(a - 2) && t[a - 2]?.pos === "PROPN");
}

/** True when tokens [a, b) are whole words of the text ("GB" inside "60GB" is not). */
function wholeWords(info: SentenceInfo, a: number, b: number): boolean {
  const s = info.sentence;
  const before = s.text[s.tokens[a]!.start - 1] ?? " ";
  const after = s.text[s.tokens[b - 1]!.end] ?? " ";
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

function mentionBlank(m: Mention, e: Entity | undefined): Blank | null {
  const base = { start: m.start, end: m.end, text: m.text };
  switch (m.kind) {
    case "person": {
      const full = m.text.split(" ").length >= 2;
      // a one-word person is only safe when the article gives the full name (then "Lomas" is
      // accepted)
      if (!full && (!e || e.name === m.text)) return null;
      const short = e?.short ?? m.text.split(" ").pop()!;
      return {
        ...base,
        kind: "person",
        rank: full ? 5 : 3,
        accept: full ? (short !== m.text ? [short] : []) : [e!.name],
        ...(e ? { entity: e } : {}),
      };
    }
    case "org":
      // "DRM", "NEM": letters the article may never spell out make a poor answer
      if (!e || bareAcronym(e) || /^[A-Z0-9]{2,6}$/.test(m.text)) return null;
      return {
        ...base,
        kind: "org",
        rank: 6,
        accept: e && e.name !== m.text ? [e.name] : [],
        ...(e ? { entity: e } : {}),
      };
    case "country":
    case "city":
    case "place":
      return { ...base, kind: m.kind, rank: 7, accept: [], ...(e ? { entity: e } : {}) };
    case "nationality":
      return { ...base, kind: "nationality", rank: 3, accept: [] };
  }
  return null;
}

function quantityBlank(q: Quantity): Blank | null {
  const base = { start: q.start, end: q.end, value: q.value };
  switch (q.kind) {
    case "percent": {
      if (/%$/.test(q.text))
        return { ...base, text: q.text, kind: "percent", rank: 10, accept: [q.core] };
      // "won only 13 percent of the vote": the number goes, "percent" stays beside the blank
      if (!/^\d[\d,]*(\.\d+)?$/.test(q.core) || !/^\S+ (percent|per cent)$/i.test(q.text))
        return null;
      return { ...base, end: q.start + 1, text: q.core, kind: "percent", rank: 10, accept: [] };
    }
    case "money":
      return splitFigure(q.text)
        ? { ...base, text: q.text, kind: "money", rank: 9, accept: [] }
        : null;
    case "count": {
      // "2,000 workers": the number goes, its noun stays; a number with no noun says too little
      if (
        !q.unit ||
        q.compound ||
        q.value === 1 ||
        /^(times|per|of|more|less|fewer|years? old)$/i.test(q.unit) ||
        /^\p{Lu}/u.test(q.unit)
      )
        return null;
      if (!/^\d[\d,]*(\.\d+)?( (thousand|million|billion))?$/.test(q.core)) return null;
      // "the 1.4m cash machines": the scale written onto the figure would be left beside the blank
      if (q.text.startsWith(q.core) && /^[a-z]/i.test(q.text.slice(q.core.length))) return null;
      const end = q.start + q.core.split(" ").length;
      return {
        start: q.start,
        end,
        value: q.value,
        text: q.core,
        kind: "count",
        rank: 10,
        accept: q.core.includes(",") ? [q.core.replace(/,/g, "")] : [],
        unit: q.unit,
      };
    }
    case "year":
      return /^(1[89]|20)\d\d$/.test(q.core)
        ? { ...base, text: q.core, kind: "year", rank: 7, accept: [] }
        : null;
    case "date":
      return { ...base, text: q.text, kind: "date", rank: 8, accept: [] };
    case "weekday":
      return { ...base, end: q.start + 1, text: q.core, kind: "weekday", rank: 2, accept: [] };
    case "decade":
      return /^\d{4}s$/.test(q.core)
        ? { ...base, text: q.core, kind: "decade", rank: 3, accept: [] }
        : null;
  }
  return null;
}

/** True when the blank's name, its surname or its number stands elsewhere in the sentence. */
function givenAway(info: SentenceInfo, b: Blank): boolean {
  const t = info.sentence.tokens;
  const outside = [...t.slice(0, b.start), ...t.slice(b.end)].map((x) => x.lower);
  const words = normalizeCached(b.text)
    .split(" ")
    .filter((w) => (w.length >= 3 || /\d/.test(w)) && !COMMON.has(w));
  if (b.entity?.short) words.push(normalizeCached(b.entity.short));
  return words.some((w) => outside.includes(w) || outside.includes(w.replace(/,/g, "")));
}

/**
 * "Ann Hale said." with its name cut out says nothing: enough of the sentence must be left to read.
 */
function saysEnough(info: SentenceInfo, b: Blank): boolean {
  const t = info.sentence.tokens;
  let content = 0;
  for (let i = 0; i < t.length; i++) {
    if (i >= b.start && i < b.end) continue;
    const x = t[i]!;
    if (["NOUN", "PROPN", "ADJ", "NUM"].includes(x.pos) || (x.pos === "VERB" && x.lemma !== "say"))
      content++;
  }
  return content >= 4;
}

/** The sentence with tokens [a, b) replaced by `with`, verbatim around it. */
function _replaced(info: SentenceInfo, a: number, b: number, swap: string): string {
  const s = info.sentence;
  return s.text.slice(0, s.tokens[a]!.start) + swap + s.text.slice(s.tokens[b - 1]!.end);
}

function evidenceOf(info: SentenceInfo, highlight: string): Evidence {
  const s = info.sentence;
  return {
    paragraph: s.paragraph,
    text: s.text,
    ...(s.text.includes(highlight) ? { highlight } : {}),
  };
}

const DIFFICULTY: Partial<Record<AnswerKind, Difficulty>> = {
  country: "easy",
  weekday: "easy",
  year: "medium",
  person: "medium",
  org: "medium",
  city: "medium",
  place: "medium",
  nationality: "easy",
};

/** The article says it in so many words; the explanation quotes the sentence. */
const explanationOf = (info: SentenceInfo) =>
  `The article says: “${info.sentence.text.trim().replace(/^[“"]|[”"]$/g, "")}”`;

/** The fact a blank stands for, in the form the distractor stage reads. */
function blankFact(info: SentenceInfo, b: Blank): Fact {
  return {
    key: `sentence:${info.sentence.index}:${b.text}`,
    sentence: info.sentence,
    // every name the sentence holds is ruled out as a wrong answer: it is true there too
    prompt: info.sentence.text,
    answer: b.text,
    accept: b.accept,
    kind: b.kind,
    highlight: b.text,
    explanation: explanationOf(info),
    statement: null,
    alsoTrue: b.entity ? [b.entity.name] : [],
    ...(b.value !== undefined ? { value: b.value } : {}),
    ...(b.unit ? { unit: b.unit } : {}),
    ...(b.entity?.category ? { category: b.entity.category } : {}),
    confidence: 0.9,
  };
}

const NUMERIC =
  /^([£$€]\d[\d,]*(\.\d+)?(m|bn|k)?|\d[\d,]*(\.\d+)?( (thousand|million|billion))?|\d+(\.\d+)?%)$/;

/**
 * A wrong answer written as the blank is: a surname for a surname ("___'s experiences"), and no
 * second "the" after the sentence's own ("by the ___").
 */
/** "in the ___": a country offered there is one written with "the" ("the U.S.", not Canada). */
function fitsThe(info: SentenceInfo, b: Blank, option: string): boolean {
  if (b.kind !== "country" || info.sentence.tokens[b.start - 1]?.lower !== "the") return true;
  return /^the /i.test(option) || countryTakesThe(option);
}

function fitBlank(info: SentenceInfo, b: Blank, option: string): string {
  if (b.kind === "person" && !b.text.includes(" ")) return option.split(" ").pop()!;
  if (info.sentence.tokens[b.start - 1]?.lower === "the") return option.replace(/^the /i, "");
  return option;
}

/**
 * One "Complete the sentence" question for a sentence: its best blank, as choice, fill-in or
 * numeric.
 */
export function completionQuestion(
  info: SentenceInfo,
  entities: Map<string, Entity>,
  pools: Pools,
): Candidate | null {
  return completionQuestions(info, entities, pools, 1)[0] ?? null;
}

/**
 * Up to `most` "Complete the sentence" questions for a sentence, best blank first: the pick asks
 * one
 * at most, and takes the next when the first would give another question's answer away.
 */
export function completionQuestions(
  info: SentenceInfo,
  entities: Map<string, Entity>,
  pools: Pools,
  most: number,
  described = describedBody(info, entities),
): Candidate[] {
  const out: Candidate[] = [];
  for (const b of blanksOf(info, entities)) {
    if (out.length >= most) break;
    const c = blankQuestion(info, b, pools, described);
    if (c) out.push(c);
  }
  return out;
}

/** A bound that ends the text before a blank: "a payroll of more than ". */
const BOUND_BEFORE = new RegExp(String.raw`\b(${FIGURE_BOUND})\s*$`, "i");

function blankQuestion(
  info: SentenceInfo,
  b: Blank,
  pools: Pools,
  described: Described | null = null,
): Candidate | null {
  if (givenAway(info, b) || !saysEnough(info, b)) return null;
  const prompt = namingBody(
    completionPrompt(
      info.sentence.text,
      info.sentence.tokens[b.start]!.start,
      info.sentence.tokens[b.end - 1]!.end,
    ),
    described,
  );
  // what a student reads must stay one plain sentence
  if (prompt.split(/\s+/).length > 44) return null;
  const fact = blankFact(info, b);
  const evidence = evidenceOf(info, b.text);
  const base = { factKey: fact.key, sentence: info.sentence.index, score: 0.9 };
  // ("a payroll of more than ___": a smaller sum offered would be true too, so the figure is typed)
  const bounded = BOUND_BEFORE.test(
    info.sentence.text.slice(0, info.sentence.tokens[b.start]!.start),
  );
  const numeric =
    ["count", "percent", "money"].includes(b.kind) && (NUMERIC.test(b.text) || bounded);
  const make = (type: QuestionType, difficulty: Difficulty, extra: Partial<Draft> = {}): Draft => ({
    type,
    prompt,
    ...extra,
    answer: b.text,
    explanation: fact.explanation,
    evidence,
    difficulty,
  });
  if (numeric)
    return {
      ...base,
      question: make("numeric", "hard", b.accept.length ? { accept: b.accept } : {}),
    };
  // a name is typed: blind teachers kept none of 15 names blanked with options (a building offered
  // as a person, councillors as a country) and 3 of 15 typed
  const named = ["person", "org", "place", "city", "country"].includes(b.kind);
  const options = named
    ? null
    : pickDistractors(fact, pools, fact.key)
        ?.filter((o) => fitsThe(info, b, o))
        .map((o) => fitBlank(info, b, o));
  if (options && options.length >= 2)
    return {
      ...base,
      question: make("choice", DIFFICULTY[b.kind] ?? "medium", {
        options: seededShuffle([b.text, ...options], fact.key),
      }),
    };
  // a typed answer a student could spell: no body or place of four words or more to type from
  // memory ("Fifth Third Bank" is typed, its distinctive words accepted)
  if (
    b.text.length < 3 ||
    (["org", "place", "city", "country"].includes(b.kind) && b.text.split(/\s+/).length >= 4)
  )
    return null;
  return {
    ...base,
    score: 0.85,
    question: make("fill", "hard", b.accept.length ? { accept: b.accept } : {}),
  };
}

/**
 * Each whole sentence's content words, worked out once: every false statement compares against
 * them.
 */
const sentenceWords = new WeakMap<SentenceInfo, Set<string>>();

/** Content words of a sentence, outside tokens [a, b): what else it says besides one name. */
function contentWords(info: SentenceInfo, a = -1, b = -1): Set<string> {
  if (a === -1) {
    let words = sentenceWords.get(info);
    if (!words) {
      words = contentWordsIn(info, a, b);
      sentenceWords.set(info, words);
    }
    return words;
  }
  return contentWordsIn(info, a, b);
}

function contentWordsIn(info: SentenceInfo, a: number, b: number): Set<string> {
  const out = new Set<string>();
  info.sentence.tokens.forEach((x, i) => {
    if (i >= a && i < b) return;
    if (
      ["NOUN", "VERB", "ADJ", "NUM", "PROPN"].includes(x.pos) &&
      x.lower.length > 2 &&
      x.lemma !== "say"
    )
      out.add(x.lemma.toLowerCase());
  });
  return out;
}

/**
 * A body the article surely names: two words or more, or a sort the article gives ("the airline").
 */
const solidBody = (e: Entity | undefined) =>
  e !== undefined &&
  (e.name.split(" ").length >= 2 || e.category !== undefined) &&
  !/^[A-Z]{2,6}$/.test(e.name);

/**
 * A false statement: the sentence with one person, body or place swapped for another of the same
 * kind from the article that no sentence of the article puts with the rest of what it says.
 */
export function falseStatement(
  info: SentenceInfo,
  all: SentenceInfo[],
  entities: Map<string, Entity>,
  pools?: Pools,
): Candidate | null {
  const s = info.sentence;
  // a statement must read whole: no quotation left open, no quotation run on after a colon
  if (/[“"]/.test(s.text) || /:\s*$/.test(s.text)) return null;
  for (const m of info.mentions) {
    if (
      !["person", "org", "country", "city"].includes(m.kind) ||
      m.work ||
      s.quoted?.[m.start] ||
      !wholeWords(info, m.start, m.end)
    )
      continue;
    // "The US's economy" with another country in would lose or gain its "the"
    if (m.kind === "country" && /^['’]s?$/.test(s.tokens[m.end]?.text ?? "")) continue;
    if (m.kind === "person" && m.text.split(" ").length < 2) continue;
    // "operates the Crystal Harmony": a name after "the" or "a" is a ship's, a show's or a body's,
    // never a person's
    if (m.kind === "person" && /^(the|a|an)$/i.test(s.tokens[m.start - 1]?.text ?? "")) continue;
    // a one-word body may be a misread word ("Rival club..."); only a name of two words or a known
    // sort is swapped
    if (m.kind === "org" && !solidBody(entities.get(m.entity))) continue;
    // "Mr Lomas ... his": another person's name could clash with a pronoun after it
    if (
      m.kind === "person" &&
      /\b(he|she|his|her|him|himself|herself)\b/i.test(s.text.slice(s.tokens[m.end - 1]!.end))
    )
      continue;
    if (m.title || info.mentions.some((x) => x !== m && x.entity === m.entity)) continue;
    const rest = contentWords(info, m.start, m.end);
    if (rest.size < 4) continue;
    const own = new Set(info.mentions.map((x) => x.entity));
    const answerKey = normalizeCached(m.text);
    const stand = [...entities.values()].filter((e) => {
      if (e.kind !== m.kind || own.has(e.key) || e.mentions.length === 0) return false;
      // only a name the distractor stage would offer (no news source, team-sheet initials or bare
      // letters)
      if (pools && !pools.kinds.has(normalizeCached(displayName(e)))) return false;
      const key = normalizeCached(e.name);
      if (key.includes(answerKey) || answerKey.includes(key)) return false;
      if (m.kind === "person" && e.name.split(" ").length < 2) return false;
      if (m.kind === "org" && !solidBody(e)) return false;
      // really false: no sentence that names the stand-in says most of what this one says
      return !e.mentions.some((x) => {
        const other = all[x.sentence];
        if (!other) return true;
        const words = contentWords(other);
        let shared = 0;
        for (const w of rest) if (words.has(w)) shared++;
        return shared >= Math.min(3, Math.ceil(rest.size / 3));
      });
    });
    if (stand.length === 0) continue;
    const pick = seededShuffle(stand, `${s.index}:${m.text}`, (e) => e.key)[0]!;
    const before = s.text.slice(0, s.tokens[m.start]!.start);
    const fitted = fitSwap(before, pick.name, m.kind as AnswerKind);
    // "an England trio" → "a Wales trio"
    const b2 = fitted.before.replace(
      /\b([Aa])n? $/,
      (_, a: string) => `${a}${/^[AEIOU]/.test(fitted.swap) ? "n" : ""} `,
    );
    const swap = fitted.swap;
    const statement = (
      b2 +
      swap +
      possessiveAfter(swap, s.text.slice(s.tokens[m.end - 1]!.end))
    ).trim();
    const question: Draft = {
      type: "truefalse",
      prompt: `True or false: ${statement}`,
      options: ["True", "False"],
      answer: "False",
      explanation: `False: the article says ${m.text}, not ${pick.name}.`,
      evidence: evidenceOf(info, m.text),
      difficulty: "medium",
    };
    return { question, factKey: `sentence-tf:${s.index}:${m.text}`, sentence: s.index, score: 0.8 };
  }
  return null;
}

/**
 * Sentence questions for every sentence no chosen question uses (by paragraph and text): a
 * completion where one fits, else a false statement. Sentences are taken from the top.
 */
export function sentenceQuestions(
  infos: SentenceInfo[],
  entities: Map<string, Entity>,
  pools: Pools,
  covered: ReadonlySet<string>,
  headline: string | null,
): Candidate[] {
  const out: Candidate[] = [];
  for (const info of infos) {
    const s = info.sentence;
    if (covered.has(`${s.paragraph}\u0000${s.text}`)) continue;
    const described = describedBody(info, entities);
    if (skipReason(info, headline, described)) continue;
    out.push(...completionQuestions(info, entities, pools, 3, described));
    const tf = falseStatement(info, infos, entities, pools);
    if (tf) out.push(tf);
  }
  return out;
}
