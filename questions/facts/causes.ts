import { spanText } from "../read/entities.ts";
import type { Clause } from "./clause.ts";
import { explain, type Fact, invert, leansOutside, type SentenceInfo } from "./facts.ts";

/**
 * Phrases that introduce a cause inside one sentence: "thanks to X", "because of X", "due to X".
 */
const CAUSE_OPENERS: string[][] = [
  ["thanks", "to"],
  ["because", "of"],
  ["due", "to"],
  ["as", "a", "result", "of"],
  ["owing", "to"],
  ["in", "response", "to"],
  ["in", "protest", "against"],
  ["over", "fears", "of"],
];

/**
 * Nouns that name events or changes; their phrases elsewhere in the article make plausible wrong
 * reasons.
 */
const EVENT_NOUNS = new RegExp(
  `^(${[
    "wages|costs?|prices|rain|snow|heat|winds?|fires|debt|deficit|losses|profits|tariffs|taxes",
    "shortages|layoffs|closure|funding|budget|oversight|negotiations|lawsuit|ruling|investigation",
    "scandal|accident|crash|collision|explosion|outage|error|fault|problems?|issues|concerns",
    "fears|complaints|criticism|opposition|competition|inflation|recession|pandemic|disease|virus",
    "heatwave|wave|spread|lack|loss|closures|delays|cuts|rates|demands|disputes?|clashes|tensions",
    "floods|storms|collapse|attack|assault|war|operation|ceasefire|truce|agreement|deal|crisis",
    "decision|storm|quake|earthquake|flood|drought|strike|protest|election|vote|rise|fall",
    "increase|decline|shortage|outbreak|surge|delay|ban|talks|offensive|withdrawal|surrender",
    "merger|investment|discovery|victory|defeat|injury|fire|landslide|sanctions|reform|demand",
    "growth|pressure|cuts|failure|success|approval|support|fighting|violence|campaign",
  ].join("|")})$`,
);

/**
 * The noun phrase that starts at token i and runs to the end of the predicate or the next comma.
 */
function phraseFrom(info: SentenceInfo, i: number, end: number): [number, number] | null {
  const t = info.sentence.tokens;
  let j = i;
  while (
    j < end &&
    !/^[,;:.“”"]$/.test(t[j]!.text) &&
    !(t[j]!.pos === "SCONJ") &&
    !["VERB", "AUX"].includes(t[j]!.pos)
  )
    j++;
  if (j - i < 2 || j - i > 10) return null;
  if (!["NOUN", "PROPN"].includes(t[j - 1]!.pos)) return null;
  return [i, j];
}

/**
 * "Why" facts from one sentence that gives a cause: "Aliyev has made progress ... thanks to the
 * collapse of rebel opposition" → "Why has Aliyev made significant progress toward his goal?".
 */
export function causeFacts(info: SentenceInfo, c: Clause): Fact[] {
  const s = info.sentence;
  const t = s.tokens;
  const out: Fact[] = [];
  // "Due to the signal issues, only two lines would be departing": a cause that opens the clause
  if (c.prefix) {
    const [p0, p1] = c.prefix;
    const opener = CAUSE_OPENERS.find((words) => words.every((w, k) => t[p0 + k]?.lower === w));
    const span = opener ? phraseFrom(info, p0 + opener.length, p1) : null;
    const effect: Clause = { ...c, prefix: null };
    const prompt = span && invert(effect, "Why", null);
    if (span && span[1] === p1 && prompt && !leansOutside(info, c.subject[0], c.rest[1]))
      out.push(causeFact(info, effect, prompt, p0, span));
  }
  for (let i = c.verb[1]; i < s.tokens.length; i++) {
    const opener = CAUSE_OPENERS.find((words) => words.every((w, k) => t[i + k]?.lower === w));
    if (!opener) continue;
    const span = phraseFrom(info, i + opener.length, t.length);
    if (!span) continue;
    // The effect is the clause without the cause; anything between (a relative clause) is left out
    // too.
    const effectEnd = Math.min(c.rest[1], i);
    // "faces a deficit and is under oversight because of a crisis": the cause may belong to the
    // second verb, not to the clause asked about
    if (t.slice(effectEnd, i).some((x) => x.lower === "and" || x.lower === "but")) continue;
    let cutStart = i;
    while (cutStart > c.rest[0] && t[cutStart - 1]!.text === ",") cutStart--;
    const clause: Clause = { ...c, rest: [c.rest[0], effectEnd] };
    const rel = t.slice(c.rest[0], effectEnd).findIndex((x) => x.text === ",");
    if (rel !== -1) clause.rest = [c.rest[0], c.rest[0] + rel];
    const prompt = invert(clause, "Why", null);
    if (!prompt || leansOutside(info, c.subject[0], clause.rest[1])) continue;
    out.push(causeFact(info, clause, prompt, i, span));
  }
  return out;
}

/**
 * The "why" fact of an effect clause and its cause phrase: tokens [from, span[1]) hold the opener
 * and the cause, span the cause alone.
 */
function causeFact(
  info: SentenceInfo,
  effect: Clause,
  prompt: string,
  from: number,
  span: [number, number],
): Fact {
  const s = info.sentence;
  const cause = spanText(s, span[0], span[1]);
  const phrase = spanText(s, from, span[1]);
  return {
    key: `cause:${s.index}`,
    sentence: s,
    prompt: prompt.replace(/^Why/, "According to the article, why"),
    answer: cause.charAt(0).toUpperCase() + cause.slice(1),
    accept: [],
    kind: "cause",
    highlight: phrase,
    explanation: `${explain(effect).replace(/\.$/, "")}, ${phrase}.`,
    statement: null,
    alsoTrue: [],
    confidence: 0.9,
  };
}

/**
 * Event phrases ("the ethnic cleansing", "a military operation") that can stand in as wrong
 * reasons.
 */
export function eventPhrases(infos: SentenceInfo[]): string[] {
  const out: string[] = [];
  for (const info of infos) {
    const t = info.sentence.tokens;
    for (let i = 0; i < t.length; i++) {
      // "the strike", "a long-standing financial crisis"; "higher wages", "heavy rain" with no
      // article
      const bare =
        t[i]!.pos === "ADJ" &&
        !/^(the|a|an)$/i.test(t[i - 1]?.text ?? "") &&
        /^\p{Ll}/u.test(t[i]!.text);
      if (!/^(the|a|an)$/i.test(t[i]!.text) && !bare) continue;
      let j = bare ? i : i + 1;
      while (
        j < t.length &&
        (t[j]!.pos === "ADJ" || (t[j]!.pos === "NOUN" && t[j + 1]?.pos === "NOUN"))
      )
        j++;
      if (!t[j] || !EVENT_NOUNS.test(t[j]!.lower)) continue;
      let end = j + 1;
      if (t[end]?.lower === "of" && ["NOUN", "PROPN", "ADJ"].includes(t[end + 1]?.pos ?? "")) {
        end += 2;
        while (end < t.length && ["NOUN", "PROPN"].includes(t[end]!.pos) && end - j < 5) end++;
      }
      if (end - i >= 2) out.push(spanText(info.sentence, i, end));
    }
  }
  return out;
}
