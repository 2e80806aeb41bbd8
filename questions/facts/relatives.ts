import { type Entity, spanText } from "../read/entities.ts";
import type { Clause } from "./clause.ts";
import {
  confidenceOf,
  type Fact,
  finishQuestion,
  leansOutside,
  opensLeaning,
  type SentenceInfo,
  whichBody,
} from "./facts.ts";
import { inQuote } from "./quotes.ts";

const isVerb = (pos: string) => pos === "VERB" || pos === "AUX";

/**
 * Facts from a relative clause about a named person or body: "Clara Stone, who left the
 * cabinet over the budget, said..." → "Who left the cabinet over the budget?";
 * "Kestrel Data, which ran the poll" → "Which firm ran the poll?". The
 * clause runs to the next comma or the end of the sentence and must say something of its own:
 * a finite verb first, a few words after it, and nothing that leans on another sentence.
 */
export function relativeFacts(info: SentenceInfo, entities: Map<string, Entity>): Fact[] {
  const s = info.sentence;
  const t = s.tokens;
  const out: Fact[] = [];
  if (opensLeaning(s) && !info.referent) return out;
  for (const m of info.mentions) {
    if (
      inQuote(s, m.start) ||
      t[m.end]?.text !== "," ||
      m.kind === "city" ||
      m.kind === "place" ||
      m.kind === "nationality"
    )
      continue;
    // ("MediaTek Inc and Samsung Electronics, which uses...": the clause may be of the last alone)
    if (/ and /.test(m.text)) continue;
    const rel = t[m.end + 1]?.lower;
    if (
      !(rel === "who" && m.kind === "person") &&
      !(rel === "which" && (m.kind === "org" || m.kind === "country"))
    )
      continue;
    const v0 = m.end + 2;
    let v1 = v0;
    while (
      v1 < t.length &&
      (t[v1]!.pos === "AUX" || t[v1]!.pos === "ADV" || t[v1]!.pos === "PART") &&
      v1 - v0 < 4
    )
      v1++;
    if (!t[v1] || !(isVerb(t[v1]!.pos) || t[v0]!.pos === "AUX")) continue;
    if (isVerb(t[v1]!.pos)) v1++;
    // a verb of its own: "who works", "who has been", not "who, like..." or "who the police named"
    if (!isVerb(t[v0]!.pos) && t[v0]!.pos !== "ADV") continue;
    let end = v1;
    while (
      end < t.length &&
      !/^[,;:.!?“”"()—–]$/.test(t[end]!.text) &&
      !(t[end]!.text === "-" && t[end - 1]!.end !== t[end]!.start)
    )
      end++;
    // "who said they were “bold...”": a clause that runs into a quotation is cut short
    if (/^[“”"(]$/.test(t[end]?.text ?? "")) continue;
    const words = t.slice(v1, end).filter((x) => x.kind === "word" || x.kind === "number").length;
    if (words < 2 || end - v0 > 22 || t.slice(v0, end).some((_x, k) => inQuote(s, v0 + k)))
      continue;
    if (leansOutside(info, v0, end)) continue;
    const e = entities.get(m.entity);
    const name = e?.name ?? m.text;
    const category = e?.category && /^[a-z-]+$/.test(e.category) ? e.category : null;
    const wh =
      m.kind === "person"
        ? "Who"
        : m.kind === "country"
          ? "Which country"
          : category
            ? whichBody(category)
            : "Which organisation";
    const prompt = finishQuestion(`${wh} ${spanText(s, v0, end)}`);
    // (a clause this short only makes sense beside the sentence's main one: "who said", "which owns
    // it")
    const clause: Clause = {
      sentence: s,
      prefix: null,
      source: null,
      subject: [m.start, m.end],
      appositive: null,
      verb: [v0, v1],
      rest: [v1, end],
    };
    out.push({
      key: `relative:${s.index}:${name}`,
      sentence: s,
      prompt,
      answer: m.kind === "org" && t[m.start - 1]?.lower === "the" ? `the ${name}` : name,
      accept: m.kind === "person" && e?.short ? [e.short] : [],
      kind: m.kind,
      ...(e?.category ? { category: e.category } : {}),
      highlight: spanText(s, m.start, end),
      explanation: `The article says that ${name} ${spanText(s, v0, end)}.`,
      statement: null,
      alsoTrue: [],
      confidence: confidenceOf(prompt, clause, info) - 0.05,
    });
  }
  return out;
}

/** "Dean Rawley, 26, began...": a person's age in apposition, asked as "how old". */
export function ageFacts(info: SentenceInfo, entities: Map<string, Entity>): Fact[] {
  const s = info.sentence;
  const t = s.tokens;
  const out: Fact[] = [];
  for (const m of info.mentions) {
    if (
      m.kind !== "person" ||
      inQuote(s, m.start) ||
      t[m.end]?.text !== "," ||
      t[m.end + 2]?.text !== ","
    )
      continue;
    const age = t[m.end + 1]!;
    if (!/^\d{2}$/.test(age.text) || Number(age.text) < 15) continue;
    const name = entities.get(m.entity)?.name ?? m.text;
    out.push({
      key: `age:${name}`,
      sentence: s,
      prompt: `According to the article, how old is ${name}?`,
      answer: age.text,
      accept: [],
      kind: "count",
      highlight: spanText(s, m.start, m.end + 2),
      explanation: `The article gives ${name}'s age as ${age.text}.`,
      statement: null,
      alsoTrue: [],
      value: Number(age.text),
      confidence: 0.9,
    });
  }
  return out;
}
