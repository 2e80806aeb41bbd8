import { MONTHS, WEEKDAYS } from "../data/gazetteer.ts";
import { spanText } from "./entities.ts";
import type { Sentence, Token } from "./nlp.ts";

export type QuantityKind =
  | "count"
  | "percent"
  | "money"
  | "year"
  | "decade"
  | "weekday"
  | "date"
  | "time"
  | "score"
  | "ordinal";

/** A number, amount or time in a sentence: tokens [start, end). */
export type Quantity = {
  sentence: number;
  start: number;
  end: number;
  /** Verbatim text of the whole phrase ("2,000-person", "30,000 people", "the early 1990s"). */
  text: string;
  kind: QuantityKind;
  /** Verbatim text of just the number ("2,000", "3.2", "Thursday"). */
  core: string;
  value: number;
  /** The counted noun ("people", "wars") or compound unit ("person" in "2,000-person"). */
  unit?: string;
  /** True for "N-unit" compounds used as adjectives ("2,000-person team"). */
  compound?: boolean;
  /** Token index just past the counted noun, when there is one. */
  nounEnd?: number;
};

const SMALL: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  m: 1e6,
};
const CURRENCY_WORDS = new RegExp(
  `^(${[
    "dollars?|euros?|pounds?|yen|yuan|rupees?|naira|rand|shillings?|pesos?|reais",
    "real|francs?|roubles?|rubles?|lira|dinars?|dirhams?|won|manat|drams?|cedis?",
  ].join("|")})$`,
  "i",
);

const isNumberWord = (lower: string) => Object.hasOwn(SMALL, lower);

/** The value of a written number: "2,000" → 2000, "4.5" → 4.5, "two" → 2. */
export function parseNumberWord(text: string): number | null {
  const lower = text.toLowerCase();
  if (isNumberWord(lower)) return SMALL[lower]!;
  const cleaned = text.replace(/,(?=\d{3}\b)/g, "");
  return /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null;
}

function weekdayPhrase(s: Sentence, i: number): Quantity {
  const t = s.tokens;
  let end = i + 1;
  if (t[end] && /^(night|morning|afternoon|evening)$/.test(t[end]!.lower)) end++;
  return {
    sentence: s.index,
    start: i,
    end,
    text: spanText(s, i, end),
    kind: "weekday",
    core: t[i]!.text,
    value: WEEKDAYS.indexOf(t[i]!.text),
  };
}

const CURRENCY_SIGN = /^[$€£¥₹]$/;

/**
 * Most words cannot open a quantity; ruling them out first spares every word the rules below.
 * A quantity opens with a digit, a number word, a currency, a decade, a weekday or a month.
 */
function mayStartQuantity(tok: Token): boolean {
  const c = tok.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (tok.kind === "decade" || tok.kind === "currency" || CURRENCY_SIGN.test(tok.text)) return true;
  return isNumberWord(tok.lower) || WEEKDAYS.includes(tok.text) || MONTHS.includes(tok.text);
}

/** Numbers, amounts, years, decades, weekdays, dates and times in one sentence. */
export function findQuantities(s: Sentence): Quantity[] {
  const t = s.tokens;
  const out: Quantity[] = [];
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (!mayStartQuantity(tok)) continue;
    // "27 February": the day belongs to the date its month opens, never a count of its own
    if (/^\d{1,2}$/.test(tok.text) && MONTHS.includes(t[i + 1]?.text ?? "")) continue;
    if (WEEKDAYS.includes(tok.text)) {
      const q = weekdayPhrase(s, i);
      out.push(q);
      i = q.end - 1;
      continue;
    }
    if (MONTHS.includes(tok.text)) {
      let end = i + 1;
      let start = i;
      if (t[end] && /^\d{1,2}$/.test(t[end]!.text)) end++;
      else if (t[i - 1] && /^\d{1,2}$/.test(t[i - 1]!.text)) start = i - 1;
      if (t[end]?.text === "," && t[end + 1] && /^\d{4}$/.test(t[end + 1]!.text)) end += 2;
      else if (t[end] && /^\d{4}$/.test(t[end]!.text)) end++;
      if (
        end - start > 1 ||
        ["in", "since", "until", "by", "of", "last", "next", "early", "late", "mid"].includes(
          t[i - 1]?.lower ?? "",
        )
      ) {
        out.push({
          sentence: s.index,
          start,
          end,
          text: spanText(s, start, end),
          kind: "date",
          core: spanText(s, start, end),
          value: MONTHS.indexOf(tok.text),
        });
      }
      i = end - 1;
      continue;
    }
    if (tok.kind === "decade" || /^(1[5-9]|20)\d0s$/.test(tok.text)) {
      let start = i;
      if (t[i - 1] && /^(early|mid|late)$/.test(t[i - 1]!.lower)) start--;
      if (t[start - 1]?.lower === "the") start--;
      out.push({
        sentence: s.index,
        start,
        end: i + 1,
        text: spanText(s, start, i + 1),
        kind: "decade",
        core: tok.text,
        value: Number.parseInt(tok.text, 10),
      });
      continue;
    }
    if (
      /^\d{1,2}[:.]\d{2}$/.test(tok.text) &&
      /^(a\.m\.|p\.m\.|am|pm|GMT|UTC|local)$/i.test(t[i + 1]?.text ?? "")
    ) {
      out.push({
        sentence: s.index,
        start: i,
        end: i + 2,
        text: spanText(s, i, i + 2),
        kind: "time",
        core: spanText(s, i, i + 2),
        value: Number.parseFloat(tok.text.replace(":", ".")),
      });
      i++;
      continue;
    }
    if (
      /^\d+[-–]\d+$/.test(tok.text) ||
      (/^\d+$/.test(tok.text) &&
        /^[-–]$/.test(t[i + 1]?.text ?? "") &&
        /^\d+$/.test(t[i + 2]?.text ?? "") &&
        t[i + 1]!.start === tok.end &&
        t[i + 2]!.start === t[i + 1]!.end &&
        Number(tok.text) < 30)
    ) {
      const end = tok.text.includes("-") || tok.text.includes("–") ? i + 1 : i + 3;
      out.push({
        sentence: s.index,
        start: i,
        end,
        text: spanText(s, i, end),
        kind: "score",
        core: spanText(s, i, end),
        value: 0,
      });
      i = end - 1;
      continue;
    }
    if (
      /^\d{1,3}(st|nd|rd|th)$/.test(tok.text) &&
      t[i + 1]?.pos === "NOUN" &&
      t[i + 2]?.text !== "-"
    ) {
      out.push({
        sentence: s.index,
        start: i,
        end: i + 1,
        text: spanText(s, i, i + 2),
        kind: "ordinal",
        core: tok.text,
        value: Number.parseInt(tok.text, 10),
        unit: t[i + 1]!.text,
        nounEnd: i + 2,
      });
      i++;
      continue;
    }
    const isCurrency = tok.kind === "currency" || CURRENCY_SIGN.test(tok.text);
    const numAt = isCurrency ? i + 1 : i;
    const numTok = t[numAt];
    if (!numTok) continue;
    const base = parseNumberWord(numTok.text);
    if (
      base === null ||
      (numTok.pos !== "NUM" && numTok.kind !== "number" && !isNumberWord(numTok.lower))
    )
      continue;
    if (!isCurrency && numTok.lower === "one" && t[i + 1]?.lower === "of") continue;
    // "LHS 1140 b", "Boeing 737", "Apollo 11": a number inside a name
    const prev = t[i - 1];
    if (
      !isCurrency &&
      prev &&
      /^\p{Lu}/u.test(prev.text) &&
      prev.pos === "PROPN" &&
      !MONTHS.includes(prev.text) &&
      !WEEKDAYS.includes(prev.text)
    )
      continue;
    let end = numAt + 1;
    let value = base;
    const scale = t[end] ? SCALES[t[end]!.lower] : undefined;
    if (scale && !(t[end]!.lower === "m" && !isCurrency)) {
      value *= scale;
      end++;
    }
    const core = spanText(s, numAt, end);
    if (isCurrency) {
      // "S$95.5 million", "HK$2 billion": the letters before the sign are part of the currency
      const from = prev && /^\p{Lu}{1,3}$/u.test(prev.text) && prev.end === tok.start ? i - 1 : i;
      out.push({
        sentence: s.index,
        start: from,
        end,
        text: spanText(s, from, end),
        kind: "money",
        core,
        value,
      });
      i = end - 1;
      continue;
    }
    if (
      t[end]?.text === "%" ||
      (t[end]?.lower === "per" && t[end + 1]?.lower === "cent") ||
      // ("11pc": the British papers' short form)
      /^(percent|pc)$/.test(t[end]?.lower ?? "")
    ) {
      const pend = t[end]!.lower === "per" ? end + 2 : end + 1;
      out.push({
        sentence: s.index,
        start: i,
        end: pend,
        text: spanText(s, i, pend),
        kind: "percent",
        core,
        value,
      });
      i = pend - 1;
      continue;
    }
    if (t[end] && CURRENCY_WORDS.test(t[end]!.text)) {
      out.push({
        sentence: s.index,
        start: i,
        end: end + 1,
        text: spanText(s, i, end + 1),
        kind: "money",
        core,
        value,
        unit: t[end]!.text,
      });
      i = end;
      continue;
    }
    // "2,000-person", "12-year-old", "7.8-magnitude"
    if (
      t[end] &&
      /^[-‐]$/.test(t[end]!.text) &&
      t[end]!.start === t[end - 1]!.end &&
      t[end + 1]?.kind === "word" &&
      t[end + 1]!.start === t[end]!.end
    ) {
      let cend = end + 2;
      while (
        t[cend] &&
        /^[-‐]$/.test(t[cend]!.text) &&
        t[cend + 1]?.kind === "word" &&
        t[cend]!.start === t[cend - 1]!.end
      )
        cend += 2;
      out.push({
        sentence: s.index,
        start: i,
        end: cend,
        text: spanText(s, i, cend),
        kind: "count",
        core,
        value,
        unit: spanText(s, end + 1, cend),
        compound: true,
      });
      i = cend - 1;
      continue;
    }
    if (
      /^\d{4}$/.test(numTok.text) &&
      value >= 1800 &&
      value <= 2100 &&
      !(t[end]?.pos === "NOUN" && /s$/.test(t[end]!.text))
    ) {
      out.push({ sentence: s.index, start: i, end, text: core, kind: "year", core, value });
      i = end - 1;
      continue;
    }
    // A counted noun: "30,000 people", "two wars", "120,000 ethnic Armenians"
    let k = end;
    while (
      t[k] &&
      (t[k]!.pos === "ADJ" ||
        ((t[k]!.pos === "NOUN" || t[k]!.pos === "PROPN") && t[k + 1]?.pos === "NOUN")) &&
      k - end < 3
    )
      k++;
    // "2,104 flu-associated hospitalizations": a compound joined by hyphens is a modifier
    while (t[k + 1]?.text === "-" && t[k + 2]?.kind === "word" && t[k + 3]?.pos === "NOUN") k += 3;
    const noun = t[k];
    let start = i;
    if (
      t[i - 1] &&
      new RegExp(
        `^(${[
          "around|about|nearly|almost|some|roughly|approximately",
          "more|over|at|least|than|up|to|just|only|fewer|under",
        ].join("|")})$`,
        "i",
      ).test(t[i - 1]!.text)
    ) {
      // the hedge stays outside the answer but inside the phrase
      start = i;
    }
    if (noun && (noun.pos === "NOUN" || noun.pos === "PROPN") && noun.kind === "word") {
      out.push({
        sentence: s.index,
        start,
        end,
        text: spanText(s, start, k + 1),
        kind: "count",
        core,
        value,
        unit: spanText(s, end, k + 1),
        nounEnd: k + 1,
      });
    } else {
      out.push({ sentence: s.index, start, end, text: core, kind: "count", core, value });
    }
    i = end - 1;
  }
  return out;
}
