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
  confidenceOf,
  explain,
  finishQuestion,
  leadIn,
  numberFact,
  text,
} from "./facts.ts";
import { SPEECH_VERBS } from "./gazetteer.ts";
import type { Sentence } from "./nlp.ts";
import { findQuantities } from "./quantities.ts";
import { findQuotes } from "./quotes.ts";
import { findRoles } from "./roles.ts";

/** Runs the entity and quantity stages over every sentence and links entities across them. */
export function readSentences(sentences: Sentence[]): { infos: SentenceInfo[]; entities: Map<string, Entity> } {
  const perSentence = sentences.map(findMentions);
  const linked = linkEntities(perSentence);
  const entities = new Map(linked.map((e) => [e.key, e]));
  const infos = sentences.map((sentence, i) => ({ sentence, mentions: perSentence[i]!, quantities: findQuantities(sentence) }));
  return { infos, entities };
}

/** "the 2,000-person Russian peacekeeping team": how many people make it up. */
function compoundFacts(info: SentenceInfo, clause: Clause | null, out: Fact[]): void {
  const s = info.sentence;
  const t = s.tokens;
  for (const q of info.quantities) {
    if (!q.compound || !q.unit) continue;
    let e = q.end;
    while (t[e] && ["ADJ", "NOUN", "PROPN"].includes(t[e]!.pos) && e - q.end < 5) e++;
    if (e === q.end || t[e - 1]!.pos !== "NOUN") continue;
    const np = spanText(s, q.end, e);
    const unit = q.unit.toLowerCase();
    let prompt: string | null = null;
    if (/^(person|member|strong|man|woman|people)$/.test(unit)) prompt = `According to the article, how many people make up the ${np}`;
    else if (unit === "year-old") prompt = `According to the article, how old is the ${np}`;
    if (!prompt) continue;
    const lead = clause ? leadIn(clause) : "";
    void lead;
    const f = numberFact(s, q, finishQuestion(prompt), `The article mentions the ${q.text} ${np}.`, null, 0.9);
    f.highlight = `${q.text} ${np}`.includes(spanText(s, q.start, e)) ? spanText(s, q.start, e) : q.text;
    out.push(f);
  }
}

/** The clock key of a sentence's main event, for ordering: years first, weekdays by the week. */
function datedEvent(info: SentenceInfo, c: Clause): DatedEvent | null {
  const s = info.sentence;
  const t = s.tokens;
  const inClause = (q: { start: number }) => q.start >= (c.prefix?.[0] ?? c.subject[0]) && q.start < c.rest[1];
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
  let end = c.rest[1];
  for (let j = c.rest[0]; j < c.rest[1]; j++) if (t[j]!.text === "," || (t[j]!.pos === "SCONJ" && t[j]!.lower !== "that") || t[j]!.lower === "after" || t[j]!.lower === "because") { end = j; break; }
  let cutStart = q.start;
  if (t[q.start - 1] && ["on", "in", "since", "by", "during"].includes(t[q.start - 1]!.lower)) cutStart--;
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
      speakers.add(quote.speaker);
    }
    if (clause && SPEECH_VERBS.has(s.tokens[clause.verb[1] - 1]!.lemma)) {
      const subject = text(s, clause.subject);
      if (!PRONOUN_START.test(subject)) speakers.add(subject);
    }
    compoundFacts(info, clause, facts);
    if (PRONOUN_START.test(s.text) || !clause) continue;
    clauseFacts(info, clause, entities, facts, "");
    const ev = datedEvent(info, clause);
    if (ev) events.push(ev);
    const inner = complementClause(clause);
    if (inner && SPEECH_VERBS.has(s.tokens[clause.verb[1] - 1]!.lemma)) {
      const source = text(s, clause.subject);
      if (!PRONOUN_START.test(source)) {
        const withSource: Clause = { ...inner, source: clause.subject };
        clauseFacts(info, withSource, entities, facts, "that");
      }
    }
  }
  for (const f of facts) if (!Number.isFinite(f.confidence)) f.confidence = 0;
  void confidenceOf;
  void explain;
  return { facts, roles, events, speakers: [...speakers] };
}
