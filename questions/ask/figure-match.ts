import type { SentenceInfo } from "../facts/facts.ts";
import { normalizeCached } from "../grade.ts";
import { spanText } from "../read/entities.ts";
import { type Candidate, evidenceOf, make, shuffledOptions } from "./write.ts";

/** Counted nouns that say how long, how old or how often rather than what: no match row. */
const NOT_THINGS = new RegExp(
  `^(${[
    "years?|months?|weeks?|days?|hours?|minutes?|seconds?|times?|decades?|centuries|century",
    "per|percent|cent|points?|places?|others?|more|ways?|figures?|metres?|meters?",
    "kilometres?|kilometers?|km|miles?|yards?|feet|foot|inches?|tonnes?|tons?|kg|kilos?",
    "kilograms?|pounds?|dollars?|euros?|yen|yuan|rupees?|baht|francs?|pence|cents?|degrees?",
    "magnitude|litres?|liters?|gallons?|barrels?|acres?|hectares?|square|percentage",
  ].join("|")})$`,
);

/**
 * A counted thing is a plural noun ("homes", "objections") or one that needs no -s ("people",
 * "staff").
 */
const PLURAL = new RegExp(
  `^(${[
    String.raw`\p{Ll}{3,}s|people|children|men|women|staff`,
    "police|personnel|cattle|sheep|fish|aircraft|deer",
  ].join("|")})$`,
  "u",
);

/** One figure of the article and the thing it counts: "12,000" and "homes". */
type Counted = { figure: string; thing: string; info: SentenceInfo; highlight: string };

/**
 * The article's counts with the noun each counts ("12,000 homes", "60 temporary jobs", "14
 * objections"): a figure written with digits or a number word, outside quotations, whose noun
 * phrase is a thing, not a span of time.
 */
function countedThings(infos: SentenceInfo[]): Counted[] {
  const out: Counted[] = [];
  for (const info of infos) {
    const s = info.sentence;
    const t = s.tokens;
    for (const q of info.quantities) {
      if (
        q.kind !== "count" ||
        q.compound ||
        !q.unit ||
        q.nounEnd === undefined ||
        s.quoted?.[q.start]
      )
        continue;
      // whole numbers from three up, in digits or words ("one company", "two sides", "9.0
      // magnitude" are no counts to match)
      if (
        !/^\d{1,3}(,\d{3})*$|^\d+$|^\p{L}+$/u.test(q.core) ||
        !(q.value >= 3) ||
        !Number.isInteger(q.value)
      )
        continue;
      // the words between the figure and its noun: "temporary jobs", "new homes"; never a name or a
      // verb
      const words = t.slice(q.end, q.nounEnd);
      if (
        words.length === 0 ||
        words.length > 3 ||
        words.some((w) => !/^(ADJ|NOUN)$/.test(w.pos) || !/^\p{Ll}/u.test(w.text))
      )
        continue;
      const head = t[q.nounEnd - 1]!;
      if (
        t[q.nounEnd]?.lower === "of" ||
        NOT_THINGS.test(head.lower) ||
        !PLURAL.test(head.lower) ||
        head.pos !== "NOUN"
      )
        continue;
      // "at least", "about", "nearly" stay in the highlight, out of the figure
      out.push({
        figure: q.core,
        thing: spanText(s, q.end, q.nounEnd),
        info,
        highlight: spanText(s, q.start, q.nounEnd),
      });
    }
  }
  return out;
}

/**
 * "Match each number to what the article says it counts": 3 or 4 figures of the article with
 * different values and different things, in article order, the things shuffled so the starting
 * order is never the right one. Null when the article counts fewer than three different things.
 */
export function writeFigureMatch(infos: SentenceInfo[]): Candidate | null {
  const seenFigures = new Set<string>();
  const seenThings = new Set<string>();
  const rows: Counted[] = [];
  for (const c of countedThings(infos)) {
    const figure = normalizeCached(c.figure);
    const thing = normalizeCached(c.thing);
    const head = thing.split(" ").pop()!.replace(/s$/, "");
    if (seenFigures.has(figure) || seenThings.has(thing) || seenThings.has(head)) continue;
    // one row a sentence, as one question a sentence
    if (rows.some((r) => r.info === c.info)) continue;
    seenFigures.add(figure);
    seenThings.add(thing);
    seenThings.add(head);
    rows.push(c);
    if (rows.length === 4) break;
  }
  if (rows.length < 3) return null;
  const items = rows.map((r) => r.figure);
  const answer = rows.map((r) => r.thing);
  const options = shuffledOptions(answer, items);
  const sources = rows.map((r) => evidenceOf(r.info.sentence, r.highlight));
  const explanation = `The article counts ${rows
    .map((r) => `${r.figure} ${r.thing}`)
    .join(", ")
    .replace(/, ([^,]*)$/, " and $1")}.`;
  const q = make(
    "match",
    "Match each number from the article to what it counts.",
    answer,
    explanation,
    sources[0]!,
    "medium",
    { items, options, sources },
  );
  return {
    question: q,
    factKey: "match:figures",
    tests: rows.map((r) => `figure:${r.info.sentence.index}:${r.figure}`),
    sentence: -1,
    score: 1.05,
  };
}
