import { skipReason } from "../ask/blanks.ts";
import type { Quantity } from "../read/quantities.ts";
import { DANGLING, type DatedEvent, type SentenceInfo, upperFirst } from "./facts.ts";

/**
 * Dated events for an order question, from sentences the clause rules do not read: a sentence
 * that stands alone and has one explicit year or full date ("in 1998", "on 4 March 2003"), cut to
 * the clause around the date, with the date taken out so the item does not give its place away.
 * Relative times ("last year") are left out: the article's own date is unknown.
 */
export function yearEvents(infos: SentenceInfo[]): DatedEvent[] {
  const out: DatedEvent[] = [];
  for (const info of infos) {
    const ev = yearEvent(info);
    if (ev) out.push(ev);
  }
  return out;
}

/** Marks and words that end the clause a date belongs to. */
const CLAUSE_END = new RegExp(
  `^(${[
    String.raw`,|;|:|–|—|\(|while|but|although|though|because`,
    "after|before|when|which|who|whereas|since|until|as",
  ].join("|")})$`,
);

/** Plans and forecasts are not events that happened. */
const NOT_HAPPENED = new RegExp(
  `^(${[
    "will|would|could|may|might|should|shall|must|can|expects?",
    "expected|due|plans?|planned|hopes?|aims?|set|scheduled|likely",
  ].join("|")})$`,
);

/** A dash with spaces around it ends a clause; "working-class" does not. */
const spacedDash = (text: string, i: number, t: { text: string; start: number; end: number }[]) =>
  /^[-–—]$/.test(t[i]!.text) && text[t[i]!.start - 1] === " " && text[t[i]!.end] === " ";

function explicitDate(q: Quantity): number | null {
  if (q.kind === "year" && /^(1[89]|20)\d\d$/.test(q.core)) return q.value * 1000;
  if (q.kind === "date") {
    const year = /\b(1[89]|20)\d\d\b/.exec(q.text);
    if (!year) return null;
    return (
      Number(year[0]) * 1000 +
      q.value * 40 +
      Number(
        /^(\d{1,2})\b/.exec(q.text)?.[1] ??
          /\b(\d{1,2})\b/.exec(q.text.replace(year[0], ""))?.[1] ??
          0,
      )
    );
  }
  return null;
}

function yearEvent(info: SentenceInfo): DatedEvent | null {
  if (skipReason(info, null)) return null;
  const s = info.sentence;
  const t = s.tokens;
  const dated = info.quantities.filter(
    (q) =>
      explicitDate(q) !== null &&
      !info.quantities.some(
        (d) => d !== q && d.kind === "date" && d.start <= q.start && q.end <= d.end,
      ),
  );
  // one date a sentence: with two, which clause each dates is too easy to get wrong
  if (
    dated.length !== 1 ||
    info.quantities.some((q) => q.kind === "decade" || q.kind === "weekday")
  )
    return null;
  const q = dated[0]!;
  const prep = t[q.start - 1]?.lower;
  if (!prep || !/^(in|on|during)$/.test(prep)) return null;
  if (t.some((x) => NOT_HAPPENED.test(x.lower))) return null;
  let cutStart = q.start - 1;
  if (/^(early|late|mid)$/.test(t[cutStart - 1]?.lower ?? "")) cutStart--;
  // "In 1998, Kestrel Grid bought...": a fronted date; otherwise the clause runs from the start of
  // the sentence
  const fronted = cutStart === 0 && t[q.end]?.text === ",";
  const start = fronted ? q.end + 1 : 0;
  if (
    !fronted &&
    t.slice(0, cutStart).some((x, i) => CLAUSE_END.test(x.lower) || spacedDash(s.text, i, t))
  )
    return null;
  let end = t.length;
  for (let j = fronted ? start : q.end; j < t.length; j++) {
    // "moved to the UK in 1966 and directed...": the second verb is not dated
    const nextVerb = t[j]!.lower === "and" && /^(VERB|AUX)$/.test(t[j + 1]?.pos ?? "");
    if (
      (CLAUSE_END.test(t[j]!.lower) && !(t[j]!.lower === "as" && t[j - 1]?.lower === "such")) ||
      nextVerb ||
      spacedDash(s.text, j, t) ||
      (t[j]!.pos === "PUNCT" && /^[.!?]$/.test(t[j]!.text))
    ) {
      end = j;
      break;
    }
  }
  const pieces = fronted
    ? [[start, end]]
    : [
        [0, cutStart],
        [q.end, end],
      ];
  const words = pieces
    .filter(([a, b]) => b! > a!)
    .map(([a, b]) => s.text.slice(t[a!]!.start, t[b! - 1]!.end));
  const text = words.join(" ").replace(/\s+/g, " ").trim();
  const n = text.split(" ").length;
  // "Born to poor immigrants": a clause with no subject of its own
  if (/^(VERB|ADP|ADV|SCONJ|CCONJ|PRON)$/.test(t[start]!.pos) && !fronted) return null;
  if (n < 4 || n > 16 || /[“”"]/.test(text) || DANGLING.test(text)) return null;
  // an event that happened: a verb in the past ("bought", "was founded"), not "is" or "says"
  const range = pieces.flatMap(([a, b]) => t.slice(a, b));
  if (
    !range.some(
      (x) =>
        (x.pos === "VERB" || x.pos === "AUX") &&
        x.lower !== x.lemma &&
        /(ed|was|were|had|[^s])$/.test(x.lower) &&
        !/ing$/.test(x.lower),
    )
  )
    return null;
  return { text: upperFirst(text), sentence: s, when: explicitDate(q)!, whenText: q.text };
}
