import type { Question } from "./types.ts";

/** A student's answer as it arrives over the API: text for most types, a list for match and order. */
export type AnswerValue = string | string[];

const LEADING_ARTICLE = /^(the|a|an)\s+/;

/** Folds case, accents, punctuation, leading articles and number formatting ("2,000" = "2000"). */
export function normalizeAnswer(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/[’'`]s\b/g, "")
    .replace(/[^\p{L}\p{N}.%$€£\s-]/gu, " ")
    .replace(/(?<!\d)\.|\.(?!\d)/g, " ")
    .replace(/-/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(LEADING_ARTICLE, "");
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
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** Typed text matches when equal after normalising, allowing one typo per 6 letters in long words. */
function typedMatches(given: string, expected: string, allowTypos: boolean): boolean {
  const g = normalizeAnswer(given);
  const e = normalizeAnswer(expected);
  if (g === e) return true;
  if (!allowTypos || e.length < 6 || /\d/.test(e)) return false;
  return editDistance(g, e) <= Math.floor(e.length / 6);
}

const SCALES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };

/** A typed number: "2,000", "2 000", "18 million", "18m", "$1.2 billion", "9%". */
function parseNumber(text: string): number | null {
  const plain = normalizeAnswer(text).replace(/[%$€£]/g, "").trim();
  const digits = plain.replace(/\s/g, "");
  if (/^-?\d+(\.\d+)?$/.test(digits)) return Number(digits);
  const scaled = /^(-?\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|k|m|bn)$/.exec(plain);
  return scaled ? Number(scaled[1]) * SCALES[scaled[2]!]! : null;
}

/** Equal as numbers, allowing for the rounding of "1.2 billion" = 1,200,000,000. */
const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** True when `given` is a right answer to `q`. Malformed answers are simply wrong. */
export function gradeAnswer(q: Question, given: AnswerValue): boolean {
  const expected = q.answer;
  if (Array.isArray(expected)) {
    return (
      Array.isArray(given) &&
      given.length === expected.length &&
      given.every((g, i) => typeof g === "string" && normalizeAnswer(g) === normalizeAnswer(expected[i]!))
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
      return n !== null && candidates.some((c) => {
        const expectedNumber = parseNumber(c);
        return expectedNumber !== null && sameNumber(expectedNumber, n);
      });
    }
    default:
      return candidates.some((c) => typedMatches(given, c, true));
  }
}
