import type { Question } from "./types.ts";

/**
 * A student's answer as it arrives over the API: text for most types, a list for match and order.
 */
export type AnswerValue = string | string[];

const LEADING_ARTICLE = /^(the|a|an)\s+/;

/**
 * Folds case, accents, punctuation, leading articles and number formatting ("2,000" = "2000",
 * "11 percent" = "11%").
 */
export function normalizeAnswer(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/(\d),(?=\d{3}\b)/g, "$1")
      // "11pc", "11 per cent", "11 percent" are "11%"
      .replace(/(\d)\s*(per ?cent|pc)\b/g, "$1%")
      .replace(/[’'`]s\b/g, "")
      .replace(/[^\p{L}\p{N}.%$€£\s-]/gu, " ")
      .replace(/(?<!\d)\.|\.(?!\d)/g, " ")
      .replace(/-/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .replace(LEADING_ARTICLE, "")
  );
}

const remembered = new Map<string, string>();
const REMEMBER_AT_MOST = 5000;

/**
 * `normalizeAnswer`, remembered. Writing one quiz compares the same names, roles and prompts
 * hundreds of times; the cache is cleared when full, so a long-lived Worker isolate stays small.
 */
export function normalizeCached(text: string): string {
  let n = remembered.get(text);
  if (n === undefined) {
    n = normalizeAnswer(text);
    if (remembered.size >= REMEMBER_AT_MOST) remembered.clear();
    remembered.set(text, n);
  }
  return n;
}

/** Edit distance, small inputs only (typed answers). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Spelling slips a typed answer may have: none under 5 letters ("Bako" is not "Baku"), one from
 * 5, two from 10, three from 15. Never in a number.
 */
function slipsAllowed(expected: string): number {
  if (/\d/.test(expected) || expected.length < 5) return 0;
  return expected.length < 10 ? 1 : expected.length < 15 ? 2 : 3;
}

const MONTHS =
  "january|february|march|april|may|june|july|august|september|october|november|december";
// (this file is in the browser's practice code, so its months stay here, not in the gazetteer)
const DAY_FIRST = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTHS})$`);
const MONTH_FIRST = new RegExp(`^(${MONTHS}) (\\d{1,2})(?:st|nd|rd|th)?$`);

/** "25 march", "march 25th" → "march 25": a date typed in either order, with or without "th". */
function monthFirst(text: string): string {
  const day = DAY_FIRST.exec(text);
  if (day) return `${day[2]} ${day[1]}`;
  const month = MONTH_FIRST.exec(text);
  return month ? `${month[1]} ${month[2]}` : text;
}

/**
 * Typed text matches when equal after normalising, allowing a few spelling slips in a long enough
 * answer.
 */
function typedMatches(given: string, expected: string, allowTypos: boolean): boolean {
  const g = monthFirst(normalizeAnswer(given));
  const e = monthFirst(normalizeAnswer(expected));
  if (g === e) return true;
  if (!allowTypos) return false;
  const slips = slipsAllowed(e);
  return slips > 0 && Math.abs(g.length - e.length) <= slips && editDistance(g, e) <= slips;
}

/** Titles a student may write before a surname ("Mayor Brooks", "Dr Okafor"). */
const TITLES = new RegExp(
  String.raw`^(${[
    "mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|mayor|president|prime minister",
    "minister|senator|governor|judge|justice|chief|general|captain|coach|inspector",
    "detective|officer|secretary|chancellor|king|queen|prince|princess|rev|father|sister",
  ].join("|")})\s+`,
);

/** Generic words of a body's name: "the Whitfield Foundation" is told apart by "Whitfield". */
const BODY_WORDS = new Set(
  (
    "foundation council company group institute university college school trust agency party " +
    "bank corporation corp inc ltd plc association society committee commission ministry " +
    "department authority service services club union federation league organisation " +
    "organization fund board office court agency airline airlines hospital museum centre center " +
    "of the and for"
  ).split(" "),
);

/** A person's name as the article writes it: two to four capitalised words. */
const PERSON_NAME = /^\p{Lu}[\p{L}.'’-]*( \p{Lu}[\p{L}.'’-]*){1,3}$/u;

/**
 * The short forms a student may fairly type for a name: a person's surname (with or without a
 * title), a body's distinctive words without the generic ones ("Whitfield").
 */
export function shortForms(answer: string): string[] {
  const clean = answer.replace(/^the\s+/i, "").trim();
  const words = clean.split(/\s+/);
  const out: string[] = [];
  const generic = words.filter((w) => BODY_WORDS.has(w.toLowerCase()));
  if (generic.length > 0 && generic.length < words.length) {
    const distinctive = words.filter((w) => !BODY_WORDS.has(w.toLowerCase()));
    if (distinctive.join(" ").length >= 4) out.push(distinctive.join(" "));
  } else if (PERSON_NAME.test(clean) && words.length >= 2 && words[words.length - 1]!.length >= 3) {
    out.push(words[words.length - 1]!);
  }
  return out;
}

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
};

const UNITS: Record<string, number> = {
  zero: 0,
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
  a: 1,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/**
 * A number written in words: "two thousand", "twenty-five", "three hundred and ten", "1.5 million".
 */
function wordsNumber(plain: string): number | null {
  const words = plain
    .replace(/-/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "and");
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of words) {
    if (/^\d+(\.\d+)?$/.test(w)) current += Number(w);
    else if (w in UNITS) current += UNITS[w]!;
    else if (w in TENS) current += TENS[w]!;
    else if (w === "hundred") current = (current || 1) * 100;
    else if (w in SCALES && SCALES[w]! >= 1e3) {
      total += (current || 1) * SCALES[w]!;
      current = 0;
    } else return null;
    any = true;
  }
  return any ? total + current : null;
}

/** A typed number: "2,000", "2 000", "18 million", "18m", "$1.2 billion", "9%", "two thousand". */
function parseNumber(text: string): number | null {
  const plain = normalizeAnswer(text)
    .replace(/[%$€£]/g, "")
    .trim();
  const digits = plain.replace(/\s/g, "");
  if (/^-?\d+(\.\d+)?$/.test(digits)) return Number(digits);
  const scaled = /^(-?\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|k|m|bn)$/.exec(plain);
  if (scaled) return Number(scaled[1]) * SCALES[scaled[2]!]!;
  // "30 g", "60 light years", "843 million dollars": a figure followed by its unit
  const unit =
    /^(-?\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|k|m|bn)?\s+[a-z][a-z\s]{0,20}$/.exec(
      plain,
    );
  if (unit) return Number(unit[1]) * (unit[2] ? SCALES[unit[2]]! : 1);
  return wordsNumber(plain);
}

/** Equal as numbers, allowing for the rounding of "1.2 billion" = 1,200,000,000. */
const sameNumber = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** True when `given` is a right answer to `q`. Malformed answers are simply wrong. */
export function gradeAnswer(q: Question, given: AnswerValue): boolean {
  const expected = q.answer;
  if (Array.isArray(expected)) {
    return (
      Array.isArray(given) &&
      given.length === expected.length &&
      given.every(
        (g, i) => typeof g === "string" && normalizeAnswer(g) === normalizeAnswer(expected[i]!),
      )
    );
  }
  if (typeof given !== "string") return false;
  const candidates = [expected, ...(q.accept ?? [])];
  switch (q.type) {
    case "choice":
    case "truefalse":
      return given === expected;
    case "numeric": {
      const n = parseNumber(given);
      return (
        n !== null &&
        candidates.some((c) => {
          const expectedNumber = parseNumber(c);
          return expectedNumber !== null && sameNumber(expectedNumber, n);
        })
      );
    }
    default: {
      if (candidates.some((c) => typedMatches(given, c, true))) return true;
      // "Brooks", "Mayor Brooks" for "Tom Brooks"; "Whitfield" for "the Whitfield Foundation"
      const bare = normalizeAnswer(given).replace(TITLES, "");
      if (candidates.flatMap(shortForms).some((c) => typedMatches(bare, c, true))) return true;
      // "2 000", "two thousand" typed for a figure in a fill-in
      const n = parseNumber(given);
      return (
        n !== null &&
        candidates.some((c) => parseNumber(c) !== null && sameNumber(parseNumber(c)!, n))
      );
    }
  }
}
