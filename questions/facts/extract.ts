import { isAgentNoun, ROLE_HEADS, SPEECH_VERBS } from "../data/gazetteer.ts";
import { type Entity, findMentions, namesInside, spanText } from "../read/entities.ts";
import { linkEntities } from "../read/link.ts";
import type { Sentence } from "../read/nlp.ts";
import { findQuantities, type Quantity } from "../read/quantities.ts";
import { causeFacts } from "./causes.ts";
import { analyzeClause, type Clause, complementClause } from "./clause.ts";
import { bodyMeant, clauseFacts, numberFact } from "./clause-facts.ts";
import {
  type ArticleFacts,
  confidenceOf,
  DANGLING,
  type DatedEvent,
  explain,
  type Fact,
  finishQuestion,
  leadIn,
  leadToken,
  leansOutside,
  opensLeaning,
  PRONOUN_START,
  type RoleFact,
  refersBack,
  type SentenceInfo,
  statementFor,
  text,
} from "./facts.ts";
import { figureQuestions, resultFacts } from "./figures.ts";
import { objectFacts } from "./objects.ts";
import { markQuotes, opensQuoted, quoteFact } from "./quotes.ts";
import { followPeople } from "./referents.ts";
import { ageFacts, relativeFacts } from "./relatives.ts";
import { findRoles } from "./roles.ts";

/** Runs the entity and quantity stages over every sentence and links entities across them. */
export function readSentences(sentences: Sentence[]): {
  infos: SentenceInfo[];
  entities: Map<string, Entity>;
} {
  markQuotes(sentences);
  const names = namesInside(sentences);
  const perSentence = sentences.map((s) => findMentions(s, names));
  // "Dean Rawley, ... left the band... His departure...": a name that opens a sentence the next
  // one goes on about as "he", "she", "his" or "her" is a person's
  sentences.forEach((s, i) => {
    const next = sentences[i + 1];
    if (!next || next.paragraph - s.paragraph > 1) return;
    const lead = next.tokens[leadToken(next)];
    if (!lead || !/^(he|she|his|her)$/i.test(lead.text) || next.quoted?.[leadToken(next)]) return;
    const first = perSentence[i]!.find((m) => m.start <= 1 && m.text.includes(" "));
    if (first && first.kind === "person") first.strong = true;
  });
  const linked = linkEntities(perSentence);
  const entities = new Map(linked.map((e) => [e.key, e]));
  const infos = sentences.map((sentence, i) => {
    const mentions = perSentence[i]!;
    sentence.names = new Set();
    for (const m of mentions) for (let k = m.start; k < m.end; k++) sentence.names.add(k);
    // a word the article writes as a name elsewhere keeps its capital at the start of a question
    if (sentence.tokens[0] && names.has(sentence.tokens[0].text)) sentence.names.add(0);
    return { sentence, mentions, quantities: findQuantities(sentence) };
  });
  return { infos, entities };
}

/** "the 2,000-person Russian peacekeeping team": how many people make it up. */
function compoundFacts(
  info: SentenceInfo,
  clause: Clause | null,
  entities: Map<string, Entity>,
  out: Fact[],
  magnitudes: number,
): void {
  const s = info.sentence;
  const t = s.tokens;
  for (const q of info.quantities) {
    if (!q.compound || !q.unit) continue;
    let e = q.end;
    while (t[e] && ["ADJ", "NOUN", "PROPN"].includes(t[e]!.pos) && e - q.end < 5) e++;
    if (e === q.end || t[e - 1]!.pos !== "NOUN") continue;
    const np = spanText(s, q.end, e);
    const unit = q.unit.toLowerCase();
    // "its nine-member board": whose board, the sentence alone does not say
    if (/^(its|their|his|her|our)$/i.test(t[q.start - 1]?.text ?? "")) continue;
    let prompt: string | null = null;
    // ("the squad" alone could be any squad: the noun phrase must name whose it is)
    if (/^(person|strong|man|woman|people)$/.test(unit) && /\p{Lu}/u.test(np))
      prompt = `According to the article, how many people make up the ${np}`;
    else if (unit === "member")
      prompt = `According to the article, how many members does the ${np} have`;
    else if (unit === "year-old") {
      // "Rina Susanti, a 34-year-old teacher": ask about her by name, not about "the teacher"
      const person = info.mentions.find(
        (m) =>
          m.kind === "person" &&
          t[m.end]?.text === "," &&
          /^(a|an)$/i.test(t[m.end + 1]?.text ?? "") &&
          m.end + 2 === q.start,
      );
      if (!person) continue;
      prompt =
        "According to the article, how old is " +
        `${entities.get(person.entity)?.name ?? person.text}`;
    } else if (unit === "magnitude") {
      // ("a 5.9-magnitude earthquake" the day before "the 6.2 quake": which one, the question
      // must not leave open)
      if (magnitudes > 1) continue;
      prompt = `According to the article, what was the magnitude of the ${np}`;
    }
    if (!prompt) continue;
    const lead = clause ? leadIn(clause) : "";
    void lead;
    const f = numberFact(
      s,
      q,
      finishQuestion(prompt),
      `The article mentions the ${q.text} ${np}.`,
      null,
      0.9,
    );
    f.highlight = `${q.text} ${np}`.includes(spanText(s, q.start, e))
      ? spanText(s, q.start, e)
      : q.text;
    out.push(f);
  }
}

const FIGURE_KINDS = new Set(["count", "percent", "money", "year"]);

/**
 * True/false material from any self-contained sentence with a figure in it: the sentence is the
 * statement and the figure the element a false version changes ("310,000 spectators" → "210,000").
 */
function figureFacts(
  info: SentenceInfo,
  clause: Clause | null,
  entities: Map<string, Entity>,
  out: Fact[],
): void {
  const s = info.sentence;
  // "The airline plans...": which one?
  if (clause && bodyMeant(text(s, clause.subject), entities) === "unclear") return;
  // ("007" is a name, not a figure)
  const isFigure = (q: Quantity) =>
    FIGURE_KINDS.has(q.kind) && /\d/.test(q.core) && !/^0\d/.test(q.core);
  if (!info.quantities.some(isFigure)) return;
  if (
    opensLeaning(s) ||
    s.text.split(" ").length > 34 ||
    leansOutside(info, 0, s.tokens.length) ||
    /^[“"]/.test(s.text)
  )
    return;
  if (
    !/[.!]["”’]?$/.test(s.text) ||
    (clause && (refersBack(s, clause.subject) || pronounSubject(s, clause)))
  )
    return;
  for (const q of info.quantities) {
    if (!isFigure(q)) continue;
    const at = s.tokens[q.start]!.start + (q.kind === "money" ? q.text.indexOf(q.core) : 0);
    if (s.text.slice(at, at + q.core.length) !== q.core) continue;
    const explanation = clause ? explain(clause) : `The article says: “${s.text}”`;
    out.push({
      key: `figure:${s.index}:${q.core}`,
      sentence: s,
      prompt: "",
      answer: q.core,
      accept: [],
      kind: q.kind === "year" ? "year" : "count",
      highlight: q.text,
      explanation,
      statement: { text: s.text, answerAt: at, answerText: q.core },
      alsoTrue: info.quantities.filter((x) => x !== q).map((x) => x.core),
      value: q.value,
      ...(q.unit ? { unit: q.unit } : {}),
      confidence: 0.9,
      statementOnly: true,
    });
    break; // one figure statement a sentence
  }
}

// (bodies are left out: "the EU cap" made "the European Commission cap" is false in a way a reader
// can argue)
/** "After the first series, it was also sold...": a main clause whose subject is a bare pronoun. */
function pronounSubject(s: Sentence, c: Clause): boolean {
  return (
    c.subject[1] - c.subject[0] === 1 &&
    /^(it|they|he|she|this|these|those|that)$/i.test(s.tokens[c.subject[0]]!.text)
  );
}

const SWAPPABLE = new Set(["person", "country", "city"]);

/**
 * True/false material from a self-contained sentence that names someone or somewhere outside its
 * subject: the sentence is the statement and the name the element a false version changes
 * ("...at the harbour in Bristol" → "...in Cardiff").
 */
function nameFacts(
  info: SentenceInfo,
  clause: Clause,
  entities: Map<string, Entity>,
  out: Fact[],
): void {
  const s = info.sentence;
  const t = s.tokens;
  // cheap tests first: most sentences name no one outside their subject
  if (!info.mentions.some((m) => SWAPPABLE.has(m.kind) && m.start >= clause.subject[1])) return;
  if (
    opensLeaning(s) ||
    s.text.split(" ").length > 34 ||
    /^[“"]/.test(s.text) ||
    !/[.!]["”’]?$/.test(s.text) ||
    leansOutside(info, 0, t.length)
  )
    return;
  if (
    refersBack(s, clause.subject) ||
    pronounSubject(s, clause) ||
    bodyMeant(text(s, clause.subject), entities) === "unclear"
  )
    return;
  for (const m of info.mentions) {
    if (!SWAPPABLE.has(m.kind) || m.start < clause.subject[1] || s.quoted?.[m.start]) continue;
    // one name of a list cannot be swapped alone ("Germany, Britain and the United States")
    if (
      /^(and|or|,)$/.test(t[m.end]?.text ?? "") ||
      /^(and|or)$/.test(t[m.start - 1]?.text ?? "") ||
      (t[m.start - 1]?.text === "," && /^(and|or|,)$/.test(t[m.end]?.text ?? ""))
    )
      continue;
    if (
      t[m.end] &&
      t[m.end]!.start === t[m.end - 1]!.end &&
      !/^[.,;:!?]$/.test(t[m.end]!.text) &&
      !/^['’]s$/.test(t[m.end]!.text)
    )
      continue;
    // "the last three Harbour City games", "a west London cafe": a name used as a modifier
    if (
      t[m.end]?.pos === "NOUN" ||
      /^\p{Lu}/u.test(t[m.end]?.text ?? "") ||
      (/^[a-z]+$/.test(t[m.start - 1]?.text ?? "") && t[m.start - 1]!.pos === "ADJ")
    )
      continue;
    const e = entities.get(m.entity);
    const name = e?.name ?? m.text;
    // "Dr Zed", "President X": the title goes with the name it is swapped with
    const start =
      m.kind === "org" && t[m.start - 1]?.lower === "the"
        ? m.start - 1
        : m.title
          ? m.start - m.title.split(" ").length
          : m.start;
    const answerText = spanText(s, start, m.end);
    // the statement is the clause, without a source added after it ("..., the companies said")
    const statement = statementFor(clause, start, answerText);
    if (!statement) continue;
    out.push({
      key: `name:${s.index}:${name}`,
      sentence: s,
      prompt: "",
      answer: m.kind === "org" && start < m.start ? `the ${name}` : name,
      accept: [],
      kind: m.kind as Fact["kind"],
      ...(e?.category ? { category: e.category } : {}),
      highlight: answerText,
      explanation: explain(clause),
      statement,
      alsoTrue: [],
      confidence: 0.9,
      statementOnly: true,
    });
    return; // one name statement a sentence
  }
}

const INTENTIONS = new Set([
  "want",
  "plan",
  "aim",
  "hope",
  "intend",
  "seek",
  "expect",
  "propose",
  "threaten",
  "promise",
  "pledge",
  "vow",
  "need",
  "wish",
]);

/** The clock key of a sentence's main event, for ordering: years first, weekdays by the week. */
function datedEvent(info: SentenceInfo, outer: Clause, inner: Clause | null): DatedEvent | null {
  const s = info.sentence;
  const t = s.tokens;
  // A date inside "stated that talks would take place on Thursday" dates the talks, not the
  // statement.
  const c =
    inner &&
    info.quantities.some(
      (q) =>
        q.start >= inner.subject[0] &&
        q.start < inner.rest[1] &&
        ["weekday", "year", "decade", "date"].includes(q.kind),
    )
      ? inner
      : outer;
  // The event's predicate runs to the first comma or subordinate clause ("since registration began
  // in 2022" dates the registration, not the main event).
  let end = c.rest[1];
  for (let j = c.rest[0]; j < c.rest[1]; j++)
    if (
      t[j]!.text === "," ||
      (t[j]!.pos === "SCONJ" && t[j]!.lower !== "that") ||
      t[j]!.lower === "after" ||
      t[j]!.lower === "because"
    ) {
      end = j;
      break;
    }
  // "The last major strike, in 2016, lasted 74 days": an appositive that is only a date dates the
  // event.
  const dateOnly =
    c.appositive !== null &&
    c.appositive[1] - c.appositive[0] <= 3 &&
    info.quantities.some((q) => q.end === c.appositive![1] && q.start === c.appositive![0] + 1);
  const inAppositive = (q: { start: number }) =>
    c.appositive !== null && q.start >= c.appositive[0] && q.start < c.appositive[1] && !dateOnly;
  // "since 2016" and "by 2026" bound a time span; only "on", "in" and "during" date the event
  // itself.
  const inClause = (q: Quantity) =>
    q.start >= (c.prefix?.[0] ?? c.subject[0]) &&
    q.start < end &&
    !inAppositive(q) &&
    ["on", "in", "during"].includes(t[q.start - 1]?.lower ?? (q.kind === "decade" ? "in" : ""));
  const q = info.quantities.find(
    (x) => inClause(x) && ["weekday", "year", "decade", "date"].includes(x.kind),
  );
  if (!q) return null;
  if (
    info.quantities.filter(
      (x) => inClause(x) && ["weekday", "year", "decade", "date"].includes(x.kind),
    ).length > 1
  )
    return null;
  let when: number;
  if (q.kind === "year") when = q.value * 1000;
  else if (q.kind === "decade")
    when = (q.value + (/early/.test(q.text) ? 2 : /late/.test(q.text) ? 8 : 5)) * 1000;
  else if (q.kind === "weekday") when = 10_000_000 + q.value * 10 + (q.end - q.start > 1 ? 5 : 0);
  else {
    const year = /\d{4}/.exec(q.text);
    if (!year) return null;
    when = Number(year[0]) * 1000 + q.value * 40 + Number(/\b(\d{1,2})\b/.exec(q.text)?.[1] ?? 0);
  }
  // The event: subject, verb and predicate up to the first comma, without the time phrase.
  const subject = text(s, c.subject);
  if (PRONOUN_START.test(subject)) return null;
  const parts: string[] = [];
  // Plans and forecasts ("would take place", "will open") are not events that happened.
  // A plan for a day of the same week ("talks would take place on Thursday") still orders.
  if (
    q.kind !== "weekday" &&
    t
      .slice(c.verb[0], c.verb[1])
      .some((x) => /^(will|would|could|may|might|should|shall|must|can)$/.test(x.lower))
  )
    return null;
  if (
    t
      .slice(c.verb[1], c.verb[1] + 3)
      .some((x) => /^(due|expected|scheduled|set|planned|likely)$/.test(x.lower))
  )
    return null;
  // "wants to eliminate 2,212 jobs": an intention, not an event
  if (INTENTIONS.has(t[c.verb[1] - 1]!.lemma) && t[c.verb[1]]?.lower === "to") return null;
  let cutStart = q.start;
  if (t[q.start - 1] && ["on", "in", "since", "by", "during"].includes(t[q.start - 1]!.lower))
    cutStart--;
  if (/^(early|late)$/.test(t[cutStart - 1]?.lower ?? "")) cutStart--;
  if (t[cutStart - 1]?.lower === "the" && q.kind !== "decade") cutStart--;
  for (const [a, b] of [
    [c.subject[0], c.subject[1]],
    [c.verb[0], end],
  ] as [number, number][]) {
    if (cutStart >= a && q.end <= b) {
      // ("Late on Monday night, an overloaded...": the date may open the span, nothing before it)
      const before = cutStart > a ? spanText(s, a, cutStart) : "";
      parts.push(`${before} ${q.end < b ? spanText(s, q.end, b) : ""}`.trim());
    } else if (b > a) parts.push(spanText(s, a, b));
  }
  const eventText = parts
    .join(" ")
    .replace(/\s+/g, " ")
    .replace(/\s+([,.])/g, "$1")
    .replace(/[,;:]$/, "");
  if (
    eventText.split(" ").length > 22 ||
    eventText.split(" ").length < 4 ||
    /[“”"]/.test(eventText)
  )
    return null;
  if (DANGLING.test(eventText)) return null;
  return {
    text: eventText.charAt(0).toUpperCase() + eventText.slice(1),
    sentence: s,
    when,
    whenText: q.text,
  };
}

/**
 * In "Samjin said it would build...", "it" is Samjin: a pronoun subject of a reported clause
 * takes the reporting subject's name when that subject is a named person or body.
 */
function withSubjectResolved(
  inner: Clause | null,
  outer: Clause,
  info: SentenceInfo,
  entities: Map<string, Entity>,
): Clause | null {
  if (!inner) return null;
  const s = info.sentence;
  const pronoun = text(s, inner.subject).toLowerCase();
  if (!/^(he|she|it|they)$/.test(pronoun)) return inner;
  if (outer.subjectText && info.referent && /^(he|she)$/.test(pronoun))
    return { ...inner, subjectText: outer.subjectText };
  const m = info.mentions.find((x) => x.start >= outer.subject[0] && x.end === outer.subject[1]);
  if (!m) return null;
  const fits =
    pronoun === "it"
      ? m.kind === "org" || m.kind === "country"
      : pronoun === "they"
        ? m.kind === "org"
        : m.kind === "person";
  if (!fits) return null;
  const name = entities.get(m.entity)?.name ?? m.text;
  return {
    ...inner,
    subjectText:
      m.kind === "org" && s.tokens[outer.subject[0]]?.lower === "the" ? `the ${name}` : name,
  };
}

/** Nouns for who or what can report something: "analysts said", "the report found". */
const REPORTERS = new RegExp(
  `^(${[
    "academics|analysts?|economists?|experts?|officials?|critics?|observers?|police|ministers?",
    "scientists?|researchers?|doctors?|sources?|reports?|survey|study|studies|figures|data",
    "poll|statement|government|court|judges?|lawyers?|campaigners?|residents?|witnesses?|fans",
    "organisers|spokes(wo)?man|spokesperson|people|parents|teachers|unions?|authorities",
    "investigators|prosecutors|commentators|insiders|aides|bosses|leaders|chiefs|owners",
    "members|staff|workers|companies|firms|banks|groups?|council|commission|committee|ministry",
    "department|agency|parties|sides|countries|nations|states|governments|allies|leaders",
    "city|county|town|village|district|board|company|firm|school|university|hospital|forecasters",
    "regulators?|organizers|planners|engineers|utility|airline|carrier|bank",
  ].join("|")})$`,
  "i",
);

/**
 * True when the subject of "said" can report at all: a named person or body, or a noun for
 * people or documents ("analysts", "the survey"); not "A key priority, ..., said the WEF".
 */
function canReport(info: SentenceInfo, c: Clause): boolean {
  const t = info.sentence.tokens;
  if (
    info.mentions.some(
      (m) => m.end === c.subject[1] && m.start >= c.subject[0] && m.kind !== "place",
    )
  )
    return true;
  const head = t[c.subject[1] - 1]!;
  return (
    REPORTERS.test(head.lower) ||
    ROLE_HEADS.has(head.lower) ||
    ROLE_HEADS.has(head.lower.replace(/s$/, "")) ||
    isAgentNoun(head.lower.replace(/s$/, ""))
  );
}

/**
 * The clause with a leading "He" or "She" that stands for a named person written as that person's
 * name.
 */
function withReferent(c: Clause | null, info: SentenceInfo): Clause | null {
  const r = info.referent;
  if (!c || !r || c.subject[0] !== r.token || c.subject[1] !== r.end || c.prefix || c.source)
    return c;
  return { ...c, subjectText: r.name };
}

/**
 * The person or body a clause's subject names in full ("the Red Cross", "Randy Waldrum"), or null.
 */
function namedSpeaker(info: SentenceInfo, c: Clause, entities: Map<string, Entity>): string | null {
  const t = info.sentence.tokens;
  const start = t[c.subject[0]]?.lower === "the" ? c.subject[0] + 1 : c.subject[0];
  const m = info.mentions.find(
    (x) =>
      x.end === c.subject[1] &&
      (x.start === start || (x.title !== undefined && x.start > start)) &&
      (x.kind === "person" || x.kind === "org"),
  );
  if (!m) return null;
  const name = entities.get(m.entity)?.name ?? m.text;
  return m.kind === "org" && start > c.subject[0] ? `the ${name}` : name;
}

/** Every fact the question writers can use, from every sentence that is self-contained. */
/**
 * Clauses with a subject of their own after the main one: "...as some 30 wildfires blazed across
 * the state", "..., and on Aug. 14, the health district declared an outbreak". Each reads alone.
 */
function laterClauses(s: Sentence, main: Clause): Clause[] {
  const t = s.tokens;
  const out: Clause[] = [];
  for (let k = main.verb[1]; k < t.length - 3; k++) {
    const x = t[k]!;
    const joins =
      // (the tagger reads "as" before a clause as a preposition as often as not)
      ((x.pos === "SCONJ" || x.lower === "as") &&
        /^(as|while|when|after|because|since|although|whereas)$/.test(x.lower)) ||
      (x.lower === "and" && t[k - 1]?.text === ",");
    if (!joins || s.quoted?.[k]) continue;
    const c = analyzeClause(s, k + 1, x.lower === "and");
    // (a subject of its own, not a pronoun that needs the main clause: "as it seeks...")
    if (!c || /^(he|she|it|they|this|these|those|we|i|you)$/i.test(text(s, c.subject))) continue;
    out.push(c);
  }
  return out;
}

export function extractFacts(infos: SentenceInfo[], entities: Map<string, Entity>): ArticleFacts {
  const facts: Fact[] = [];
  const roles: RoleFact[] = [];
  const events: DatedEvent[] = [];
  const speakers = new Set<string>();
  // A sentence that opens inside a quotation is someone's words, not the article's facts.
  const quoted = infos.map((info) => opensQuoted(info.sentence));
  const clauses = infos.map((info, i) => (quoted[i] ? null : analyzeClause(info.sentence)));
  // how many magnitudes the article gives ("a 5.9-magnitude quake", "magnitude 6.2", "a 6.2 quake")
  const magnitudes = infos.reduce(
    (n, info) =>
      n +
      (info.sentence.text.match(
        // (the article's own spelling slips too: "6.2-magnitute")
        /\d(\.\d)?-magnitu|magnitu\w*(-| of )?\d|\b\d\.\d (magnitude|earthquake|quake|tremor)/gi,
      )?.length ?? 0),
    0,
  );
  followPeople(infos, clauses, entities);
  infos.forEach((info, i) => {
    const s = info.sentence;
    // the figures and objects of a clause, read once the clause's subject is named
    const read = (r: { clause: Clause; penalty: number } | null) => {
      if (r)
        facts.push(
          ...figureQuestions(info, r.clause, r.penalty),
          ...resultFacts(info, r.clause, r.penalty),
          ...objectFacts(info, r.clause, entities, r.penalty),
        );
    };
    // ("the report", "the alliance": a speaker named only by what it is makes no answer to type or
    // pick)
    if (info.speaker && info.speaker.kind !== "described") {
      const quote = quoteFact(info, info.speaker);
      if (quote) facts.push(quote);
      speakers.add(info.speaker.name);
    }
    // ("“...,” said Ann Hale, the union's leader": the role after the quotation is the article's
    // own)
    roles.push(...findRoles(info, entities));
    if (quoted[i]) return;
    const clause = withReferent(clauses[i]!, info);
    // Named speakers only: "Officials" or "the union" would be vague stand-ins, and may be right.
    const speaker =
      clause && SPEECH_VERBS.has(s.tokens[clause.verb[1] - 1]!.lemma)
        ? namedSpeaker(info, clause, entities)
        : null;
    if (speaker) speakers.add(speaker);
    compoundFacts(info, clause, entities, facts, magnitudes);
    facts.push(...relativeFacts(info, entities), ...ageFacts(info, entities));
    if (clause) figureFacts(info, clause, entities, facts);
    if (clause) nameFacts(info, clause, entities, facts);
    if ((opensLeaning(s) && !info.referent) || !clause) return;
    read(clauseFacts(info, clause, entities, facts, ""));
    for (const sub of laterClauses(s, clause)) read(clauseFacts(info, sub, entities, facts, "and"));
    facts.push(...causeFacts(info, clause));
    const inner = withSubjectResolved(complementClause(clause), clause, info, entities);
    const ev = datedEvent(info, clause, inner);
    if (ev) events.push(ev);
    if (inner && SPEECH_VERBS.has(s.tokens[clause.verb[1] - 1]!.lemma)) {
      const source = text(s, clause.subject);
      if (clause.subjectText || (!PRONOUN_START.test(source) && canReport(info, clause))) {
        const withSource: Clause = inner.subjectText
          ? inner
          : {
              ...inner,
              source: clause.subject,
              ...(clause.subjectText ? { sourceText: clause.subjectText } : {}),
            };
        read(clauseFacts(info, withSource, entities, facts, "that"));
        facts.push(...causeFacts(info, withSource));
      }
    }
  });
  for (const f of facts) if (!Number.isFinite(f.confidence)) f.confidence = 0;
  void confidenceOf;
  void explain;
  return { facts, roles, events, speakers: [...speakers] };
}
