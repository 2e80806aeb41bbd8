import { causeFacts } from "./causes.ts";
import { analyzeClause, complementClause, type Clause } from "./clause.ts";
import { type Entity, findMentions, linkEntities, spanText } from "./entities.ts";
import {
  type ArticleFacts,
  type DatedEvent,
  type Fact,
  type SentenceInfo,
  DANGLING,
  PRONOUN_START,
  clauseFacts,
  leansOutside,
  confidenceOf,
  explain,
  finishQuestion,
  leadIn,
  bodyMeant,
  opensLeaning,
  numberFact,
  text,
} from "./facts.ts";
import { SPEECH_VERBS } from "./gazetteer.ts";
import type { Sentence } from "./nlp.ts";
import { type Quantity, findQuantities } from "./quantities.ts";
import { findQuotes } from "./quotes.ts";
import { findRoles } from "./roles.ts";

/** Runs the entity and quantity stages over every sentence and links entities across them. */
export function readSentences(sentences: Sentence[]): { infos: SentenceInfo[]; entities: Map<string, Entity> } {
  const perSentence = sentences.map(findMentions);
  const linked = linkEntities(perSentence);
  const entities = new Map(linked.map((e) => [e.key, e]));
  const infos = sentences.map((sentence, i) => {
    const mentions = perSentence[i]!;
    sentence.names = new Set();
    for (const m of mentions) for (let k = m.start; k < m.end; k++) sentence.names.add(k);
    return { sentence, mentions, quantities: findQuantities(sentence) };
  });
  return { infos, entities };
}

/** "the 2,000-person Russian peacekeeping team": how many people make it up. */
function compoundFacts(info: SentenceInfo, clause: Clause | null, entities: Map<string, Entity>, out: Fact[]): void {
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
    if (/^(person|strong|man|woman|people)$/.test(unit)) prompt = `According to the article, how many people make up the ${np}`;
    else if (unit === "member") prompt = `According to the article, how many members does the ${np} have`;
    else if (unit === "year-old") {
      // "Rina Susanti, a 34-year-old teacher": ask about her by name, not about "the teacher"
      const person = info.mentions.find((m) => m.kind === "person" && t[m.end]?.text === "," && /^(a|an)$/i.test(t[m.end + 1]?.text ?? "") && m.end + 2 === q.start);
      if (!person) continue;
      prompt = `According to the article, how old is ${entities.get(person.entity)?.name ?? person.text}`;
    }
    else if (unit === "magnitude") prompt = `According to the article, what was the magnitude of the ${np}`;
    if (!prompt) continue;
    const lead = clause ? leadIn(clause) : "";
    void lead;
    const f = numberFact(s, q, finishQuestion(prompt), `The article mentions the ${q.text} ${np}.`, null, 0.9);
    f.highlight = `${q.text} ${np}`.includes(spanText(s, q.start, e)) ? spanText(s, q.start, e) : q.text;
    out.push(f);
  }
}

const FIGURE_KINDS = new Set(["count", "percent", "money", "year"]);

/**
 * True/false material from any self-contained sentence with a figure in it: the sentence is the
 * statement and the figure the element a false version changes ("310,000 spectators" → "210,000").
 */
function figureFacts(info: SentenceInfo, clause: Clause | null, entities: Map<string, Entity>, out: Fact[]): void {
  const s = info.sentence;
  if (clause && bodyMeant(text(s, clause.subject), entities) === "unclear") return; // "The airline plans...": which one?
  const isFigure = (q: Quantity) => FIGURE_KINDS.has(q.kind) && /\d/.test(q.core);
  if (!info.quantities.some(isFigure)) return;
  if (opensLeaning(s) || s.text.split(" ").length > 34 || leansOutside(info, 0, s.tokens.length) || /^[“"]/.test(s.text)) return;
  if (!/[.!]["”’]?$/.test(s.text)) return;
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
      confidence: 0.85,
      statementOnly: true,
    });
    break; // one figure statement a sentence
  }
}

const INTENTIONS = new Set(["want", "plan", "aim", "hope", "intend", "seek", "expect", "propose", "threaten", "promise", "pledge", "vow", "need", "wish"]);

/** The clock key of a sentence's main event, for ordering: years first, weekdays by the week. */
function datedEvent(info: SentenceInfo, outer: Clause, inner: Clause | null): DatedEvent | null {
  const s = info.sentence;
  const t = s.tokens;
  // A date inside "stated that talks would take place on Thursday" dates the talks, not the statement.
  const c = inner && info.quantities.some((q) => q.start >= inner.subject[0] && q.start < inner.rest[1] && ["weekday", "year", "decade", "date"].includes(q.kind)) ? inner : outer;
  // The event's predicate runs to the first comma or subordinate clause ("since registration began
  // in 2022" dates the registration, not the main event).
  let end = c.rest[1];
  for (let j = c.rest[0]; j < c.rest[1]; j++) if (t[j]!.text === "," || (t[j]!.pos === "SCONJ" && t[j]!.lower !== "that") || t[j]!.lower === "after" || t[j]!.lower === "because") { end = j; break; }
  // "The last major strike, in 2016, lasted 74 days": an appositive that is only a date dates the event.
  const dateOnly = c.appositive !== null && c.appositive[1] - c.appositive[0] <= 3 && info.quantities.some((q) => q.end === c.appositive![1] && q.start === c.appositive![0] + 1);
  const inAppositive = (q: { start: number }) => c.appositive !== null && q.start >= c.appositive[0] && q.start < c.appositive[1] && !dateOnly;
  // "since 2016" and "by 2026" bound a time span; only "on", "in" and "during" date the event itself.
  const inClause = (q: Quantity) => q.start >= (c.prefix?.[0] ?? c.subject[0]) && q.start < end && !inAppositive(q) && ["on", "in", "during"].includes(t[q.start - 1]?.lower ?? (q.kind === "decade" ? "in" : ""));
  const q = info.quantities.find((x) => inClause(x) && ["weekday", "year", "decade", "date"].includes(x.kind));
  if (!q) return null;
  if (info.quantities.filter((x) => inClause(x) && ["weekday", "year", "decade", "date"].includes(x.kind)).length > 1) return null;
  let when: number;
  if (q.kind === "year") when = q.value * 1000;
  else if (q.kind === "decade") when = (q.value + (/early/.test(q.text) ? 2 : /late/.test(q.text) ? 8 : 5)) * 1000;
  else if (q.kind === "weekday") when = 10_000_000 + q.value * 10 + (q.end - q.start > 1 ? 5 : 0);
  else {
    const year = /\d{4}/.exec(q.text);
    if (!year) return null;
    when = Number(year[0]) * 1000 + q.value * 40 + (Number(/\b(\d{1,2})\b/.exec(q.text)?.[1] ?? 0));
  }
  // The event: subject, verb and predicate up to the first comma, without the time phrase.
  const subject = text(s, c.subject);
  if (PRONOUN_START.test(subject)) return null;
  const parts: string[] = [];
  // Plans and forecasts ("would take place", "will open") are not events that happened.
  // A plan for a day of the same week ("talks would take place on Thursday") still orders.
  if (q.kind !== "weekday" && t.slice(c.verb[0], c.verb[1]).some((x) => /^(will|would|could|may|might|should|shall|must|can)$/.test(x.lower))) return null;
  if (t.slice(c.verb[1], c.verb[1] + 3).some((x) => /^(due|expected|scheduled|set|planned|likely)$/.test(x.lower))) return null;
  // "wants to eliminate 2,212 jobs": an intention, not an event
  if (INTENTIONS.has(t[c.verb[1] - 1]!.lemma) && t[c.verb[1]]?.lower === "to") return null;
  let cutStart = q.start;
  if (t[q.start - 1] && ["on", "in", "since", "by", "during"].includes(t[q.start - 1]!.lower)) cutStart--;
  if (/^(early|late)$/.test(t[cutStart - 1]?.lower ?? "")) cutStart--;
  if (t[cutStart - 1]?.lower === "the" && q.kind !== "decade") cutStart--;
  for (const [a, b] of [[c.subject[0], c.subject[1]], [c.verb[0], end]] as [number, number][]) {
    if (cutStart >= a && q.end <= b) parts.push((spanText(s, a, cutStart) + " " + (q.end < b ? spanText(s, q.end, b) : "")).trim());
    else if (b > a) parts.push(spanText(s, a, b));
  }
  const eventText = parts.join(" ").replace(/\s+/g, " ").replace(/\s+([,.])/g, "$1").replace(/[,;:]$/, "");
  if (eventText.split(" ").length > 22 || eventText.split(" ").length < 4 || /[“”"]/.test(eventText)) return null;
  if (DANGLING.test(eventText)) return null;
  return { text: eventText.charAt(0).toUpperCase() + eventText.slice(1), sentence: s, when, whenText: q.text };
}

/**
 * In "Samjin said it would build...", "it" is Samjin: a pronoun subject of a reported clause
 * takes the reporting subject's name when that subject is a named person or body.
 */
function withSubjectResolved(inner: Clause | null, outer: Clause, info: SentenceInfo, entities: Map<string, Entity>): Clause | null {
  if (!inner) return null;
  const s = info.sentence;
  const pronoun = text(s, inner.subject).toLowerCase();
  if (!/^(he|she|it|they)$/.test(pronoun)) return inner;
  const m = info.mentions.find((x) => x.start >= outer.subject[0] && x.end === outer.subject[1]);
  if (!m) return null;
  const fits = pronoun === "it" ? m.kind === "org" || m.kind === "country" : pronoun === "they" ? m.kind === "org" : m.kind === "person";
  if (!fits) return null;
  const name = entities.get(m.entity)?.name ?? m.text;
  return { ...inner, subjectText: m.kind === "org" && s.tokens[outer.subject[0]]?.lower === "the" ? `the ${name}` : name };
}

/** The person or body a clause's subject names in full ("the Red Cross", "Randy Waldrum"), or null. */
function namedSpeaker(info: SentenceInfo, c: Clause, entities: Map<string, Entity>): string | null {
  const t = info.sentence.tokens;
  const start = t[c.subject[0]]?.lower === "the" ? c.subject[0] + 1 : c.subject[0];
  const m = info.mentions.find((x) => x.end === c.subject[1] && (x.start === start || (x.title !== undefined && x.start > start)) && (x.kind === "person" || x.kind === "org"));
  if (!m) return null;
  const name = entities.get(m.entity)?.name ?? m.text;
  return m.kind === "org" && start > c.subject[0] ? `the ${name}` : name;
}

/** Every fact the question writers can use, from every sentence that is self-contained. */
export function extractFacts(infos: SentenceInfo[], entities: Map<string, Entity>): ArticleFacts {
  const facts: Fact[] = [];
  const roles = [];
  const events: DatedEvent[] = [];
  const speakers = new Set<string>();
  for (const info of infos) {
    const s = info.sentence;
    roles.push(...findRoles(info, entities));
    const clause = analyzeClause(s);
    const quote = findQuotes(info, clause, entities);
    if (quote) {
      facts.push(quote.fact);
      if (quote.speaker) speakers.add(quote.speaker);
    }
    // Named speakers only: "Officials" or "the union" would be vague stand-ins, and may be right.
    const speaker = clause && SPEECH_VERBS.has(s.tokens[clause.verb[1] - 1]!.lemma) ? namedSpeaker(info, clause, entities) : null;
    if (speaker) speakers.add(speaker);
    compoundFacts(info, clause, entities, facts);
    figureFacts(info, clause, entities, facts);
    if (opensLeaning(s) || !clause) continue;
    clauseFacts(info, clause, entities, facts, "");
    facts.push(...causeFacts(info, clause));
    const inner = withSubjectResolved(complementClause(clause), clause, info, entities);
    const ev = datedEvent(info, clause, inner);
    if (ev) events.push(ev);
    if (inner && SPEECH_VERBS.has(s.tokens[clause.verb[1] - 1]!.lemma)) {
      const source = text(s, clause.subject);
      if (!PRONOUN_START.test(source)) {
        const withSource: Clause = inner.subjectText ? inner : { ...inner, source: clause.subject };
        clauseFacts(info, withSource, entities, facts, "that");
      }
    }
  }
  for (const f of facts) if (!Number.isFinite(f.confidence)) f.confidence = 0;
  void confidenceOf;
  void explain;
  return { facts, roles, events, speakers: [...speakers] };
}
