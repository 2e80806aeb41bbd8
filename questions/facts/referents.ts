import type { Entity } from "../read/entities.ts";
import type { Clause } from "./clause.ts";
import { leadToken, type SentenceInfo } from "./facts.ts";

export type { Referent } from "./facts.ts";

import { GIVEN_NAMES, isAgentNoun, ROLE_HEADS, TITLE_GENDER } from "../data/gazetteer.ts";
import { inQuote, opensQuoted, quotedRuns, type Speaker, speakerIn } from "./quotes.ts";

/** A leading "He" or "She" and the person it stands for. */
/**
 * A leading "He" or "She", or "The 47-year-old" (tokens [token, end)), and the person it stands
 * for.
 */

/**
 * People whose title says whether "he" or "she" can stand for them ("Ms Diemont", "Sir Peter
 * Lomas").
 */
function gendersOf(entities: Map<string, Entity>): Map<string, "m" | "f"> {
  const out = new Map<string, "m" | "f">();
  for (const e of entities.values()) {
    if (e.kind !== "person") continue;
    const given = GIVEN_NAMES.get(e.name.split(" ")[0]!);
    if (given && e.name.includes(" ")) out.set(e.name, given);
    for (const m of e.mentions) {
      const g = m.title ? TITLE_GENDER[m.title.split(" ")[0]!] : undefined;
      if (g) out.set(e.name, g);
    }
  }
  return out;
}

const PERSONAL = /^(he|she)$/;
const ANY_PERSONAL = /^(he|she|his|her|him|hers|himself|herself)$/;

/**
 * The person a clause's subject names: "Lomas", "Harbour City chairman Tom Aldridge", "Ms Hale".
 */
function subjectPerson(
  info: SentenceInfo,
  clause: Clause | null,
  entities: Map<string, Entity>,
): Speaker | null {
  const s = info.sentence;
  const m = clause
    ? info.mentions.find(
        (x) => x.kind === "person" && x.end === clause.subject[1] && x.start >= clause.subject[0],
      )
    : info.mentions.find((x) => x.kind === "person" && x.start <= 3 && !inQuote(s, x.start));
  if (!m) return null;
  const e = entities.get(m.entity);
  return { name: e?.name ?? m.text, kind: "person", short: e?.short };
}

/**
 * "The ex-England coach", "The 47-year-old": a subject that describes a person the article has just
 * named.
 */
function describesPerson(info: SentenceInfo, clause: Clause | null): boolean {
  if (!clause) return false;
  const t = info.sentence.tokens;
  const [a, b] = clause.subject;
  if (
    t[a]?.lower !== "the" ||
    b - a > 6 ||
    info.mentions.some((m) => m.start >= a && m.end <= b && m.kind === "person")
  )
    return false;
  const last = t[b - 1]!;
  return (
    ROLE_HEADS.has(last.lower) ||
    /year-old$/.test(last.lower) ||
    (t[b - 2]?.text === "-" && last.lower === "old") ||
    (last.pos === "NOUN" && isAgentNoun(last.lower))
  );
}

/** The one person a sentence names outside quotations, or null when it names none or several. */
function onlyPerson(info: SentenceInfo, entities: Map<string, Entity>): Speaker | null | "several" {
  const s = info.sentence;
  const people = new Set(
    info.mentions.filter((m) => m.kind === "person" && !inQuote(s, m.start)).map((m) => m.entity),
  );
  if (people.size > 1) return "several";
  const [key] = people;
  if (key === undefined) return null;
  const e = entities.get(key);
  return { name: e?.name ?? key, kind: "person", short: e?.short };
}

/**
 * Follows who the article is talking about, sentence by sentence, and fills in `referent` (the
 * person a leading "He" or "She" stands for) and `speaker` (who said a sentence's quotation).
 * "He" is the person the sentence before was about: its speaker, its subject, the one person it
 * names, or the person it went on describing ("The 47-year-old..."); never across more than one
 * paragraph break, never against a title ("Ms Diemont" is no "he"), and never when the sentence
 * before names two people and neither as its subject. A quotation that runs on from the sentence
 * before, or on into a sentence that credits it ("...," he said), has the same speaker.
 */
export function followPeople(
  infos: SentenceInfo[],
  clauses: (Clause | null)[],
  entities: Map<string, Entity>,
): void {
  const genders = gendersOf(entities);
  const fits = (p: Speaker | null, pronoun: string) => {
    if (p?.kind !== "person") return false;
    const g = genders.get(p.name);
    return g === undefined || g === (/^(she|her|hers|herself)$/.test(pronoun) ? "f" : "m");
  };
  let focus: Speaker | null = null;
  let previousWasSubject = false;
  let paragraph = -1;
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    const s = info.sentence;
    const t = s.tokens;
    const clause = clauses[i] ?? null;
    if (s.paragraph > paragraph + 1) focus = null;
    paragraph = s.paragraph;
    const previous: Speaker | null = focus;
    const previousNamed = previousWasSubject;
    const lead = leadToken(s);
    if (
      t[lead] &&
      PERSONAL.test(t[lead].lower) &&
      !inQuote(s, lead) &&
      fits(previous, t[lead].lower)
    ) {
      info.referent = { token: lead, end: lead + 1, name: previous!.name, short: previous!.short };
    }
    // "...," he said: a pronoun that speaks stands for the person before, when it fits
    const pronounSpeaks = t.find((x, k) => PERSONAL.test(x.lower) && !inQuote(s, k));
    const before: Speaker | null =
      pronounSpeaks && !fits(previous, pronounSpeaks.lower) ? null : previous;
    let speaker: Speaker | null =
      quotedRuns(s).length > 0 ? speakerIn(info, clause, entities, before) : null;
    const last = infos[i - 1];
    if (
      !speaker &&
      last?.speaker &&
      last.speaker.kind !== "described" &&
      opensQuoted(s) &&
      s.paragraph - last.sentence.paragraph <= 1
    ) {
      speaker = { ...last.speaker, highlight: undefined } as Speaker;
      delete speaker.highlight;
    }
    // "“...Paolo has managed to play...,” he said": a quotation that names a person is not that
    // person's
    if (speaker?.kind === "person") {
      const words = new Set(speaker.name.split(" ").filter((w) => w.length > 2));
      if (t.some((x, k) => words.has(x.text) && inQuote(s, k))) speaker = null;
    }
    if (speaker) info.speaker = speaker;
    const subject: Speaker | null = info.referent
      ? { name: info.referent.name, kind: "person" as const, short: info.referent.short }
      : subjectPerson(info, clause, entities);
    const only = onlyPerson(info, entities);
    const personal = t.some((x, k) => ANY_PERSONAL.test(x.lower) && !inQuote(s, k));
    previousWasSubject =
      speaker?.kind === "person" || subject !== null || info.referent !== undefined;
    if (speaker?.kind === "person") focus = speaker;
    else if (subject) focus = subject;
    else if (describesPerson(info, clause) && previous) {
      // "The 52-year-old then joined...": the person the sentence before was about, described
      if (
        clause &&
        previousNamed &&
        !info.mentions.some(
          (m) => m.start >= clause.subject[0] && m.end <= clause.subject[1] && m.kind === "org",
        )
      ) {
        info.referent = {
          token: clause.subject[0],
          end: clause.subject[1],
          name: previous.name,
          short: previous.short,
        };
      }
      focus = previous;
    } else if (only === "several") focus = null;
    else if (only) focus = only;
    else if (!personal) focus = null;
  }
  // "“...” “...,” said X": a quotation that runs on into the sentence that credits it
  for (let i = infos.length - 2; i >= 0; i--) {
    const info = infos[i]!;
    const next = infos[i + 1]!;
    if (
      info.speaker ||
      !next.speaker ||
      next.speaker.kind === "described" ||
      next.sentence.paragraph !== info.sentence.paragraph
    )
      continue;
    if (
      quotedRuns(info.sentence).length === 0 ||
      !opensQuoted(next.sentence) ||
      !opensQuoted(info.sentence)
    )
      continue;
    const { highlight: _, ...speaker } = next.speaker;
    info.speaker = speaker;
  }
}
