import { type Entity, type Mention, spanText } from "../read/entities.ts";
import type { Clause } from "./clause.ts";
import {
  type AnswerKind,
  confidenceOf,
  explain,
  type Fact,
  invert,
  type SentenceInfo,
  statementFor,
} from "./facts.ts";
import { inQuote } from "./quotes.ts";

/**
 * Prepositions a question can open with when a name follows them: "By which club...?", "With
 * whom...?"
 */
const NAME_PREPS = new Set([
  "with",
  "by",
  "for",
  "against",
  "to",
  "from",
  "alongside",
  "over",
  "into",
  "under",
  "behind",
  "beside",
]);

/** "Which club", "Which country", "whom": how a question asks for a name of this kind. */
function whFor(m: Mention, entities: Map<string, Entity>, object: boolean): string | null {
  if (m.kind === "person") return object ? "who" : "whom";
  if (m.kind === "country") return "which country";
  if (m.kind === "city") return "which city";
  if (m.kind === "org") {
    const category = entities.get(m.entity)?.category;
    return category && /^[a-z-]+$/.test(category) ? `which ${category}` : "which organisation";
  }
  return null;
}

const capital = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);

/**
 * Questions about a person, body or country named in the predicate: the object of the verb
 * ("Microsoft bought Skype..." → "Which company did Microsoft buy...?") or after a preposition
 * ("...was sold by Harbour City in 2003" → "By which club was he sold in 2003?", "...will work
 * alongside
 * Anna Hale" → "Alongside whom will Lomas work?"). Places after "in", "at" and "near" are asked
 * with "Where" elsewhere. A name in a list, before a possessive or a noun, or with a description
 * after
 * it would leave part of itself behind, so it is not asked about.
 */
export function objectFacts(
  info: SentenceInfo,
  c: Clause,
  entities: Map<string, Entity>,
  penalty: number,
): Fact[] {
  const s = info.sentence;
  const t = s.tokens;
  const [r0, r1] = c.rest;
  const out: Fact[] = [];
  const copula = t[c.verb[1] - 1]!.pos === "AUX";
  for (const m of info.mentions) {
    if (m.start < r0 || m.end > r1 || m.start - r0 > 12 || inQuote(s, m.start)) continue;
    if (t.slice(r0, m.start).some((x) => /^[,“”"—–-]$/.test(x.text))) continue;
    let ms = m.start;
    if (m.title) ms -= m.title.split(" ").length;
    if (t[ms - 1]?.lower === "the" && m.kind !== "person") ms--;
    const next = t[m.end];
    // "Spurs' manager", "Chelsea striker", "France and Spain", "Gray, the caretaker,"
    if (
      next &&
      (next.pos === "PART" ||
        next.pos === "NOUN" ||
        next.pos === "PROPN" ||
        /^(-|and|or|,|\(|“|")$/.test(next.lower))
    )
      continue;
    // "...firm Dimension Grid said spending would rise": a name with a verb after it starts a
    // clause of its own
    if (next && (next.pos === "VERB" || next.pos === "AUX")) continue;
    const prep = t[ms - 1];
    let wh: string | null = null;
    let cut: [number, number] | null = null;
    if (ms === r0 && !copula && m.kind !== "city") {
      const w = whFor(m, entities, true);
      if (w) [wh, cut] = [capital(w), [ms, m.end]];
    } else if (prep && ms - 1 >= r0 && NAME_PREPS.has(prep.lower)) {
      // a place after "to"/"from" is a place question; "elections held in X" belongs to the noun
      if (t[ms - 2]?.pos === "VERB" && ms - 2 !== c.verb[1] - 1) continue;
      const w = whFor(m, entities, false);
      if (w) [wh, cut] = [`${capital(prep.lower)} ${w}`, [ms - 1, m.end]];
    }
    if (!wh || !cut) continue;
    // "pleased with the win over Rawley": a phrase after another phrase may belong to its noun
    if (t.slice(r0 + 1, cut[0]).some((x) => x.pos === "ADP")) continue;
    const prompt = invert(c, wh, cut);
    if (!prompt) continue;
    const e = entities.get(m.entity);
    const name = e?.name ?? m.text;
    const answer = m.kind === "org" && t[m.start - 1]?.lower === "the" ? `the ${name}` : name;
    const kind: AnswerKind = m.kind;
    out.push({
      key: `object:${s.index}:${name}`,
      sentence: s,
      prompt,
      answer,
      accept:
        m.kind === "person" && e?.short
          ? [e.short]
          : m.kind === "org" && m.text !== name
            ? [m.text]
            : [],
      kind,
      ...(e?.category ? { category: e.category } : {}),
      highlight: spanText(s, cut[0], cut[1]),
      explanation: explain(c),
      statement: statementFor(c, ms, spanText(s, ms, m.end)),
      alsoTrue: [],
      confidence:
        confidenceOf(prompt, c, info) - penalty - (m.kind === "org" && !e?.category ? 0.05 : 0),
    });
  }
  return out;
}
