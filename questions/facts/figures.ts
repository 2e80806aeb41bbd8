import { spanText } from "../read/entities.ts";
import type { Token } from "../read/nlp.ts";
import type { Quantity } from "../read/quantities.ts";
import type { Clause } from "./clause.ts";
import { numberFact } from "./clause-facts.ts";
import {
  confidenceOf,
  explain,
  type Fact,
  finishQuestion,
  HEDGES,
  invert,
  leadIn,
  lowerFirst,
  NOT_COUNTED,
  type SentenceInfo,
  statementFor,
  upperFirst,
} from "./facts.ts";

/** Verbs of change: "rose 2%", "fell by £3m", "grew to 13.3%". */
const CHANGE_VERBS = new Set([
  "rise",
  "fall",
  "grow",
  "increase",
  "decrease",
  "drop",
  "climb",
  "jump",
  "slump",
  "gain",
  "lose",
  "shrink",
  "slide",
  "surge",
  "soar",
  "plunge",
  "decline",
  "dip",
  "expand",
  "contract",
  "cut",
  "raise",
  "lift",
  "boost",
  "reduce",
  "slash",
  "lower",
  "edge",
  "tumble",
  "scale",
  "revise",
  "downgrade",
  "upgrade",
  "trim",
  "hike",
  "sink",
  "rally",
  "recover",
  "rebound",
  "advance",
  "retreat",
  "ease",
  "slip",
  "double",
  "treble",
]);

/** Verbs whose object is a sum of money: "paid £600m", "raised $1.2bn", "lost £3m". */
const MONEY_VERBS = new Set([
  "pay",
  "raise",
  "make",
  "earn",
  "spend",
  "lose",
  "invest",
  "cost",
  "save",
  "owe",
  "borrow",
  "receive",
  "win",
  "fetch",
  "generate",
  "post",
  "report",
  "charge",
  "offer",
  "bid",
  "award",
  "give",
  "net",
  "collect",
]);

/** Verbs a result follows: "beat Avon Rovers 31-6", "won 3-1". */
const SCORE_VERBS = new Set([
  "beat",
  "win",
  "lose",
  "draw",
  "defeat",
  "thrash",
  "edge",
  "overcome",
  "crush",
  "hammer",
  "down",
  "see",
  "trounce",
  "vote",
]);

/** The end of the name that starts at token i ("Avon Rovers"), or i when none does. */
function mentionEnd(info: SentenceInfo, i: number): number {
  return (
    info.mentions.find(
      (m) => m.start === i || (m.start === i + 1 && info.sentence.tokens[i]!.lower === "the"),
    )?.end ?? i
  );
}

/** Prepositions before a figure that a question can open with: "After how many seconds...?" */
const FIGURE_PREPS = new Set([
  "after",
  "for",
  "in",
  "within",
  "by",
  "to",
  "at",
  "than",
  "over",
  "under",
  "of",
  "with",
]);

/** The figure as an answer: "£600m", "20%", "65", with the words that hedge it left out. */
function answerOf(q: Quantity): string {
  if (q.kind === "percent")
    return /(%|pc)$/i.test(q.text) ? `${q.core}%` : q.text.slice(q.text.indexOf(q.core));
  if (q.kind === "money")
    return q.text.slice(0, q.text.indexOf(q.core) + q.core.length) + (q.unit ? ` ${q.unit}` : "");
  return q.core;
}

/** The first token of the figure with the hedges before it ("just", "about", "a record"). */
function hedgedStart(t: Token[], q: Quantity, from: number): number {
  let a = q.start;
  while (a > from && HEDGES.has(t[a - 1]!.lower) && t[a - 1]!.lower !== "to") a--;
  return a;
}

/**
 * "65 seconds of listening to canned music": the noun's "of" phrase, up to a comma, a verb or a
 * clause.
 */
function ofPhraseEnd(t: Token[], at: number, end: number): number {
  if (t[at]?.lower !== "of") return at;
  let j = at + 1;
  while (
    j < end &&
    !/^[,;:.“”"]$/.test(t[j]!.text) &&
    !["SCONJ", "AUX"].includes(t[j]!.pos) &&
    !(t[j]!.pos === "VERB" && !/(ing|ed)$/.test(t[j]!.lower)) &&
    !/^(and|but|when|which|who|that)$/.test(t[j]!.lower)
  )
    j++;
  // the phrase ends on its noun, or it is not taken at all
  return j - at > 7 || !["NOUN", "PROPN"].includes(t[j - 1]!.pos) ? at : j;
}

/** Nouns that name a sum of money: "a loss of $277m", "a base salary of $255,000". */
const AMOUNT_NOUNS = new RegExp(
  `^(${[
    "loss|losses|profit|profits|salary|pay|revenue|revenues|sales|income|budget|fine|bill|cost",
    "price|fee|grant|bonus|debt|deficit|surplus|award|payout|settlement|bid|offer|investment",
    "fund|funding|package|deal|contract|reward|donation|tax|value|valuation|turnover|earnings",
    "dividend|compensation|damages|ransom|prize",
  ].join("|")})$`,
);

/**
 * The words that name an amount at the head of a predicate, without their article: "loss" in "a
 * loss of", "base salary", "loss from operations". Null when the phrase is anything else.
 */
function namedAmount(t: Token[], from: number, of: number): string | null {
  if (!/^(a|an|the)$/i.test(t[from]!.text) || of - from > 6) return null;
  const words = t.slice(from + 1, of);
  const head = words.findIndex((x) => AMOUNT_NOUNS.test(x.lower));
  if (head < 0) return null;
  // ("a loss from operations of": one "from/for" phrase may follow the noun)
  const tail = words.slice(head + 1);
  if (tail.length && !(tail.length === 2 && /^(from|for|on|in)$/.test(tail[0]!.lower))) return null;
  if (!words.slice(0, head).every((x) => ["ADJ", "NOUN"].includes(x.pos))) return null;
  return words.map((x) => x.text).join(" ");
}

/**
 * Questions about figures inside a clause's predicate that the plain "how many" rule cannot ask:
 * after a preposition ("hang up after just 65 seconds" → "After how many seconds...?"), shares
 * ("by 2%", "rose 2%", "at just 50%" → "By/At what percentage...?"), sums of money ("paid £600m",
 * "for £600m" → "How much/For how much...?"), and a share that opens the subject ("20% of firms
 * said" → "What percentage of firms said...?"). A figure in a range ("from 36 to 21 days") is left
 * to true/false, where the other end cannot make a second right answer.
 */
export function figureQuestions(info: SentenceInfo, c: Clause, penalty: number): Fact[] {
  const s = info.sentence;
  const t = s.tokens;
  const out: Fact[] = [];
  const [r0, r1] = c.rest;
  const verb = t[c.verb[1] - 1]!;
  const ask = (q: Quantity, wh: string, cut: [number, number], kind: Fact["kind"]) => {
    const prompt = invert(c, wh, cut);
    if (!prompt) return;
    const answer = answerOf(q);
    out.push({
      key: `count:${s.index}:${q.core}`,
      sentence: s,
      prompt,
      answer,
      accept:
        q.kind === "percent" ? [q.core] : q.core.includes(",") ? [q.core.replace(/,/g, "")] : [],
      kind,
      highlight: spanText(s, cut[0], cut[1]),
      explanation: explain(c),
      statement: statementFor(c, q.start, answer),
      alsoTrue: [],
      value: q.value,
      ...(q.unit ? { unit: q.unit } : {}),
      confidence: confidenceOf(prompt, c, info) - penalty,
    });
  };
  for (const q of info.quantities) {
    if (q.start < r0 || q.end > r1 || q.start - r0 > 16) continue;
    if (t.slice(r0, q.start).some((x) => /^[,“”"]$/.test(x.text))) continue;
    // a range: "from 36 to just 21 days", "between May and June"
    const a = hedgedStart(t, q, r0);
    const prep = t[a - 1];
    // "Analysts expected a loss of $277 million" → "What loss did analysts expect?"
    if (q.kind === "money" && prep?.lower === "of" && a - 1 > r0) {
      const wh = namedAmount(t, r0, a - 1);
      // ("a base salary of $255,000 a year": the time the sum is for goes with it)
      const per =
        /^(a|per)$/.test(t[q.end]?.lower ?? "") &&
        /^(year|month|week|day)$/.test(t[q.end + 1]?.lower ?? "")
          ? 2
          : 0;
      // ("What loss did analysts expect?": whose loss, and when? a subject that names no one
      // leaves the sum unplaced)
      const vague = /^(analysts|officials|experts|economists|observers|forecasters|they|it)$/i.test(
        spanText(s, c.subject[0], c.subject[1]),
      );
      if (wh && !vague)
        ask(
          q,
          `What ${wh}${per ? ` ${spanText(s, q.end, q.end + per)}` : ""}`,
          [r0, q.end + per],
          "money",
        );
      continue;
    }
    // "pleased with the win ... for over two weeks": a phrase after another phrase may belong to
    // its noun; "rose to levels not seen in 103 years": after a verb of its own it belongs to that
    const participle = (x: Token) =>
      x.pos === "VERB" && x.lower !== x.lemma && /(ed|en|wn)$/.test(x.lower);
    if (prep && t.slice(r0 + 1, a - 1).some((x) => x.pos === "ADP" || participle(x))) continue;
    // ("by 25 basis points to 4.5%": a change and where it ends, no range)
    const changeTo = prep?.lower === "by";
    const inRange =
      t.slice(Math.max(r0, a - 6), a).some((x) => x.lower === "from" || x.lower === "between") ||
      (t[q.end]?.lower === "to" && !changeTo) ||
      // "10 to 12 years", "six and a half to eight years"
      (/^(to|and|or)$/.test(t[a - 1]?.lower ?? "") && t[a - 2]?.pos === "NUM") ||
      (q.nounEnd !== undefined && t[q.nounEnd]?.lower === "to" && !changeTo);
    if (inRange) continue;
    // "for 30 staff members and 15 patients": one of two figures cannot be cut out
    if (/^(and|or)$/.test(t[q.nounEnd ?? q.end]?.lower ?? "")) continue;
    if (
      q.kind === "count" &&
      q.unit &&
      !q.compound &&
      q.nounEnd &&
      q.value !== 1 &&
      !NOT_COUNTED.test(q.unit) &&
      prep &&
      a - 1 >= r0 &&
      FIGURE_PREPS.has(prep.lower) &&
      prep.lower !== "of" &&
      prep.lower !== "than"
    ) {
      // "65 seconds of listening to canned music" goes with its noun
      const end = ofPhraseEnd(t, q.nounEnd, r1);
      const unit = spanText(s, q.end, end);
      if (/^(a|an)$/i.test(t[q.end]?.text ?? "")) continue;
      // ("to pump in two more goals": "In how many more goals did...?" reads the verb's particle as
      // the figure's preposition)
      if (t[q.end]?.lower === "more") continue;
      // "in 23.71 sec": a short form reads badly once asked ("In how many sec...?")
      if (/^(sec|secs|min|mins|hr|hrs|yr|yrs)$/i.test(q.unit)) continue;
      // "sentenced to two years in prison": "To how many years..." is no question a reader asks
      if (prep.lower === "to" && /^(years?|months?|weeks?|days?|hours?)$/.test(q.unit)) continue;
      const wh = `${prep.text.charAt(0).toUpperCase()}${prep.lower.slice(1)} how many ${unit}`;
      ask(q, wh, [a - 1, end], "count");
    } else if (q.kind === "percent") {
      if (prep && a - 1 >= r0 && /^(by|to|at)$/.test(prep.lower)) {
        if (prep.lower === "to" && !CHANGE_VERBS.has(verb.lemma)) continue;
        ask(
          q,
          `${prep.text.charAt(0).toUpperCase()}${prep.lower.slice(1)} what percentage`,
          [a - 1, q.end],
          "percent",
        );
      } else if (a === r0 && CHANGE_VERBS.has(verb.lemma)) {
        ask(q, "By what percentage", [a, q.end], "percent");
      }
    } else if (
      q.kind === "score" &&
      a ===
        r0 +
          (t[r0]?.pos === "PROPN" || info.mentions.some((x) => x.start === r0)
            ? mentionEnd(info, r0) - r0
            : 0) &&
      SCORE_VERBS.has(verb.lemma) &&
      /^\d{1,2}-\d{1,2}$/.test(q.core) &&
      t[q.end]?.text !== "," &&
      !info.quantities.some((x) => x.kind === "score" && x.start === q.end)
    ) {
      // "Harbour City beat Avon Rovers 31-6" → "By what score did Harbour City beat Avon Rovers?"
      // ("voted 10-1 to approve the plan" → "By what margin did the council vote to approve...?")
      ask(q, verb.lemma === "vote" ? "By what margin" : "By what score", [q.start, q.end], "score");
    } else if (q.kind === "money") {
      // ("funded in part by $900 million from...": "by" asks a change only after a verb of change)
      if (
        prep &&
        a - 1 >= r0 &&
        (prep.lower === "for" || (prep.lower === "by" && CHANGE_VERBS.has(verb.lemma)))
      ) {
        ask(
          q,
          `${prep.text.charAt(0).toUpperCase()}${prep.lower.slice(1)} how much`,
          [a - 1, q.end],
          "money",
        );
      } else if (a === r0 && (MONEY_VERBS.has(verb.lemma) || CHANGE_VERBS.has(verb.lemma))) {
        ask(q, CHANGE_VERBS.has(verb.lemma) ? "By how much" : "How much", [a, q.end], "money");
      } else if (a === r0 + 1 && t[r0]!.lower === "worth") {
        ask(q, "How much", [a, q.end], "money");
      }
    }
  }
  // "Only 42% of firms say..." → "What percentage of firms say...?"
  const [s0, s1] = c.subject;
  if (c.subjectText) return out;
  const share = info.quantities.find(
    (q) =>
      q.kind === "percent" &&
      q.start >= s0 &&
      t.slice(s0, q.start).every((x) => HEDGES.has(x.lower) || x.lower === "only") &&
      t[q.end]?.lower === "of",
  );
  if (share && !/^(them|those|these|us|it)$/.test(t[share.end + 1]?.lower ?? "")) {
    const lead = leadIn(c);
    const prompt = finishQuestion(
      `${lead}${lead ? "what" : "What"} percentage ${spanText(s, share.end, s1)} ` +
        `${spanText(s, c.verb[0], c.rest[1])}`,
    );
    out.push({
      key: `count:${s.index}:${share.core}`,
      sentence: s,
      prompt,
      answer: answerOf(share),
      accept: [share.core],
      kind: "percent",
      highlight: share.text,
      explanation: explain(c),
      statement: statementFor(c, share.start, answerOf(share)),
      alsoTrue: [],
      value: share.value,
      confidence: confidenceOf(prompt, c, info) - penalty,
    });
  }
  return out;
}

/** "-ing" forms that report what an event did to people or things, with their past participles. */
const RESULTS: Record<string, string> = {
  killing: "killed",
  injuring: "injured",
  wounding: "wounded",
  leaving: "left",
  displacing: "displaced",
  destroying: "destroyed",
  damaging: "damaged",
  forcing: "forced",
  stranding: "stranded",
  affecting: "affected",
};

/**
 * A toll told after the event: "A train derailed in eastern India, killing one person and
 * injuring 30 other passengers" → "How many other passengers were injured when a train derailed in
 * eastern India?". The event is the sentence's own clause up to the comma, unchanged; "at least"
 * makes the question "At least how many...?", typed only.
 */
export function resultFacts(info: SentenceInfo, c: Clause, penalty: number): Fact[] {
  const s = info.sentence;
  const t = s.tokens;
  const out: Fact[] = [];
  // the event: the clause from its subject to the comma before the first "-ing" of a result
  const comma = t.findIndex(
    (x, i) => i > c.verb[0] && x.text === "," && RESULTS[t[i + 1]?.lower ?? ""],
  );
  if (comma < 0 || c.prefix || c.source || c.subject[0] !== 0) return out;
  if (t.slice(0, comma).some((x) => /^[“”"(]$/.test(x.text) || x.lower === "said")) return out;
  const event = lowerFirst(spanText(s, 0, comma), s, 0);
  for (let i = comma + 1; i < t.length && t[i]!.text !== ","; i++) {
    const done = RESULTS[t[i]!.lower];
    if (!done) continue;
    const q = info.quantities.find((x) => x.start > i && x.start <= i + 3 && x.kind === "count");
    if (!q || q.value === 1 || !q.unit || q.nounEnd === undefined || NOT_COUNTED.test(q.unit))
      continue;
    const hedge = t
      .slice(i + 1, q.start)
      .map((x) => x.lower)
      .join(" ");
    // ("more than 400": a raised bound stays true, and is asked by its own rule or not at all)
    if (hedge && !/^(at least|about|nearly|some)$/.test(hedge)) continue;
    const counted = spanText(s, q.end, q.nounEnd);
    // "leaving 20,000 homes without power": what follows the noun belongs to the result
    let end = q.nounEnd;
    while (end < t.length && !/^(,|and|\.|;)$/.test(t[end]!.lower) && end - q.nounEnd < 8) end++;
    const after = end > q.nounEnd ? ` ${spanText(s, q.nounEnd, end)}` : "";
    const wh = hedge === "at least" ? "At least how many" : hedge ? "About how many" : "How many";
    const were = /s$/.test(q.unit) || q.value > 1 ? "were" : "was";
    const prompt = finishQuestion(`${wh} ${counted} ${were} ${done}${after} when ${event}`);
    const result = spanText(s, i, end);
    out.push({
      ...numberFact(
        s,
        q,
        prompt,
        `${upperFirst(event)}, ${result}.`,
        null,
        confidenceOf(prompt, c, info) - penalty,
      ),
      highlight: result,
      ...(hedge === "at least" ? { typedOnly: true } : {}),
    });
  }
  return out;
}
