import { ROLE_HEADS, SPEECH_VERBS } from "../data/gazetteer.ts";
import type { Sentence, Token } from "../read/nlp.ts";

/** Tokens [start, end) of a sentence. */
export type Span = [number, number];

/**
 * The main clause of a sentence, split the way question writing needs it: an optional
 * fronted adverbial ("On Wednesday night,"), an optional source ("According to Aliyev,"),
 * the subject, an appositive after it, the verb group and the rest of the predicate.
 */
export type Clause = {
  sentence: Sentence;
  prefix: Span | null;
  source: Span | null;
  /**
   * The source's name when a pronoun stands for it ("He said..." after a sentence about Joan
   * Price).
   */
  sourceText?: string;
  subject: Span;
  /** The subject's text when a pronoun in a reported clause stands for the reporting subject. */
  subjectText?: string;
  appositive: Span | null;
  /** Auxiliaries, negation and adverbs, then the main verb; the main verb is the last token. */
  verb: Span;
  /**
   * The predicate after the verb group, without the final full stop or trailing coordinated clause.
   */
  rest: Span;
};

const FINAL = /^[.!?;:]$/;

/**
 * Verbs that report a clause: speech, and knowing or expecting ("said the deal would...", "expects
 * it to...").
 */
const REPORTING = new Set([
  ...SPEECH_VERBS,
  "believe",
  "think",
  "expect",
  "hope",
  "fear",
  "know",
  "find",
  "show",
  "reveal",
  "agree",
  "decide",
  "learn",
]);
const OPENERS = new Set(["ADP", "SCONJ", "ADV"]);

const isVerb = (t: Token) => t.pos === "VERB" || t.pos === "AUX";

/**
 * "About 32 million Kenyans had enrolled": a hedge on the subject's number, not a fronted phrase.
 */
function hedgesNumber(s: Sentence, i: number): boolean {
  const t = s.tokens;
  let j = i;
  while (
    j < i + 3 &&
    t[j] &&
    new RegExp(
      `^(${[
        "about|around|nearly|almost|some|roughly|approximately",
        "over|more|than|up|to|at|least|fewer|less|just|only",
      ].join("|")})$`,
      "i",
    ).test(t[j]!.text)
  )
    j++;
  return j > i && t[j]?.pos === "NUM";
}

/** Index of the next top-level comma from i (quotes skipped), or -1 before `limit`. */
function nextComma(s: Sentence, i: number, limit: number): number {
  let inQuote = false;
  for (let j = i; j < Math.min(limit, s.tokens.length); j++) {
    const x = s.tokens[j]!.text;
    if (x === "“" || (x === '"' && !inQuote)) inQuote = true;
    else if (x === "”" || (x === '"' && inQuote)) inQuote = false;
    else if (x === "," && !inQuote) return j;
  }
  return -1;
}

/**
 * The end of the predicate: before the final mark, or before ", and"/", but" that start a second
 * clause.
 */
function predicateEnd(s: Sentence, from: number): number {
  const t = s.tokens;
  let end = t.length;
  // (a closing bracket stays when its opening one is in the predicate: "...Fair (WTF)")
  while (
    end > from &&
    (FINAL.test(t[end - 1]!.text) ||
      /^[”"’]$/.test(t[end - 1]!.text) ||
      (t[end - 1]!.text === ")" && !t.slice(from, end - 1).some((x) => x.text === "(")))
  )
    end--;
  for (let j = from; j < end; j++) {
    const x = t[j]!;
    if (x.text === ";" || x.text === "—" || x.text === "–" || (x.text === ":" && j > from))
      return j;
    // "nominated for 6 awards - including best album...": a spaced dash opens an aside
    // (after "and" it opens an aside inside a second verb phrase, which the cut would leave half
    // said)
    if (
      x.text === "-" &&
      j > from &&
      t[j - 1]!.end !== x.start &&
      t[j + 1] &&
      x.end !== t[j + 1]!.start
    )
      return /^(and|or|but)$/.test(t[j - 1]!.lower) ? from : j;
    // "... the brand name and rivals elsewhere must pick...": "and" that opens a clause of its own
    if (x.lower === "and" && j > from + 1) {
      let k = j + 1;
      while (
        k < end &&
        k < j + 6 &&
        ["DET", "NOUN", "PROPN", "ADJ", "NUM", "ADV"].includes(t[k]!.pos)
      )
        k++;
      if (k > j + 1 && k < end && t[k]!.pos === "AUX" && ["NOUN", "PROPN"].includes(t[k - 1]!.pos))
        return j;
    }
    if (
      x.text === "," &&
      [
        "and",
        "but",
        "while",
        "whereas",
        "which",
        "who",
        "although",
        "though",
        "as",
        "where",
        "when",
        "after",
        "before",
        "because",
        "so",
        "with",
      ].includes(t[j + 1]?.lower ?? "")
    ) {
      // ", and thousands were driven" starts a new clause; ", and Yevlakh" in a list does not.
      const after = t.slice(j + 2, j + 14);
      if (!["and", "but"].includes(t[j + 1]!.lower) || after.some(isVerb)) return j;
    }
    // "made four saves and was named player of the match": a second verb phrase
    if (
      (x.lower === "and" || x.lower === "but") &&
      j > from &&
      t[j + 1] &&
      (isVerb(t[j + 1]!) || (t[j + 1]!.pos === "ADV" && t[j + 2] && isVerb(t[j + 2]!)))
    )
      return j;
    if (
      x.text === "," &&
      t[j + 1] &&
      t[j + 1]!.pos !== "PROPN" &&
      /^\p{Ll}+ing$/u.test(t[j + 1]!.text)
    )
      return j;
    // "..., known as Huduma Digital,": a participle describing what came before
    if (
      x.text === "," &&
      t[j + 1]?.pos === "VERB" &&
      /^\p{Ll}+(ed|en|wn)$/u.test(t[j + 1]!.text) &&
      t[j + 2]?.pos === "ADP"
    )
      return j;
    // "..., up 12% from 2022", "..., according to X", "..., the companies said": a comparison or
    // the
    // source, added after the fact
    if (
      x.text === "," &&
      j > from &&
      (/^(up|down|compared|against|versus)$/.test(t[j + 1]?.lower ?? "") ||
        (t[j + 1]?.lower === "according" && t[j + 2]?.lower === "to") ||
        reportsAfter(t, j + 1, end))
    )
      return j;
    // "...by the Linden Foundation which was set up by...": a name needs no relative clause to say
    // which
    if (/^(which|who)$/.test(x.lower) && j > from && t[j - 1]!.pos === "PROPN") return j;
    // "...on penalties, a defeat that...": an appositive after the object
    if (x.text === "," && j > from && /^(a|an|the)$/i.test(t[j + 1]?.text ?? "")) return j;
    // "...five minutes after half-time when X converted a penalty": a subordinate clause
    if (
      j > from + 1 &&
      /^(when|while|because|although|though|whereas|as|if|unless)$/.test(x.lower) &&
      (x.pos === "SCONJ" || x.pos === "ADV") &&
      t.slice(j + 1, j + 10).some(isVerb)
    )
      return j;
  }
  // A quote that is left open at the end of the predicate ends with its closing mark.
  if (t[end]?.text === "”" && t.slice(from, end).some((x) => x.text === "“")) end++;
  return end;
}

/**
 * ", the companies said in a statement", ", said Abdul Muhari": a few words that name a source,
 * then its verb of saying.
 */
function reportsAfter(t: Token[], from: number, end: number): boolean {
  for (let j = from; j < Math.min(end, from + 7); j++) {
    // ", research firm Kestrel Data has warned"
    if (t[j]!.pos === "AUX" && j > from && isVerb(t[j + 1] ?? t[j]!) && t[j + 1]!.pos === "VERB")
      continue;
    if (isVerb(t[j]!)) return t[j]!.pos === "VERB" && SPEECH_VERBS.has(t[j]!.lemma);
    if (!["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"].includes(t[j]!.pos)) return false;
  }
  return false;
}

const TIME_NOUN = new RegExp(
  `^(${[
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february",
    "march|april|may|june|july|august|september|october|november|december|week",
    "month|year|night|morning|afternoon|evening|weekend|yesterday|today|tonight",
  ].join("|")})$`,
);
const TIME_LEAD = /^(on|last|this|next|earlier|later|late|early|in)$/;

/**
 * Where a time phrase at the end of a subject starts ("Google on Thursday", "Samsung last month",
 * "Officials on Tuesday night"), or `end` when the subject does not end on one.
 */
function timeBefore(t: Token[], start: number, end: number): number {
  let k = end - 1;
  if (t[k]?.pos === "NUM" && TIME_NOUN.test(t[k - 1]?.lower ?? "")) k--; // "on March 3"
  if (!TIME_NOUN.test(t[k]?.lower ?? "")) return end;
  if (
    /^(night|morning|afternoon|evening)$/.test(t[k]!.lower) &&
    TIME_NOUN.test(t[k - 1]?.lower ?? "")
  )
    k--;
  if (/^(yesterday|today|tonight)$/.test(t[k]!.lower)) return k > start ? k : end;
  let lead = k - 1;
  if (t[lead]?.lower === "this" && t[lead - 1]?.lower === "earlier") lead--;
  if (!TIME_LEAD.test(t[lead]?.lower ?? "")) return end;
  return lead > start ? lead : end;
}

/** The words that open a cause phrase: "due to", "because of", "thanks to", "owing to". */
const CAUSE_START = /^(due to|because of|thanks to|owing to)$/;

/**
 * Past a time phrase and its comma that opens a sentence ("The following week,", "Last month,",
 * "Earlier this year,"), or `i` when none does.
 */
function timeOpener(t: Token[], i: number): number {
  const words = t
    .slice(i, i + 5)
    .map((x) => x.lower)
    .join(" ");
  const m = new RegExp(
    `^(${[
      "the (following|next|previous) (day|week|month|year)",
      "(last|this|next) (week|month|year|night|weekend)",
      "earlier this (week|month|year)|later that (day|week|month)",
    ].join("|")}) ,`,
  ).exec(words);
  return m ? i + m[0].split(" ").length : i;
}

/**
 * Finds the main clause of a sentence, or null when it does not fit the simple shapes asked about.
 */
export function analyzeClause(s: Sentence, from = 0, fronted = true): Clause | null {
  const t = s.tokens;
  let i = from;
  let prefix: Span | null = null;
  let source: Span | null = null;
  // "But Green MP Ann Hollis accused...": a linking conjunction is no part of the clause
  if (
    fronted &&
    i === 0 &&
    t.length > 2 &&
    /^(but|and|yet|so)$/i.test(t[0]!.text) &&
    t[0]!.pos === "CCONJ" &&
    t[1]!.text !== ","
  )
    i = 1;
  if (!fronted) {
    // the caller has already taken off what stands in front of the main clause
  } else if (t[i]?.lower === "according" && t[i + 1]?.lower === "to") {
    const comma = nextComma(s, i + 2, i + 14);
    if (comma === -1) return null;
    source = [i + 2, comma];
    i = comma + 1;
  } else if (
    fronted &&
    CAUSE_START.test(`${t[i]?.lower} ${t[i + 1]?.lower}`) &&
    nextComma(s, i + 2, i + 16) !== -1
  ) {
    // "Due to the signal issues, only two lines...": the cause stands in front of the clause
    const comma = nextComma(s, i + 2, i + 16);
    prefix = [i, comma];
    i = comma + 1;
  } else if (fronted && timeOpener(t, i) > i) {
    // "The following week, the health district linked...": a time is no subject
    prefix = [i, timeOpener(t, i) - 1];
    i = timeOpener(t, i);
  } else if (
    t[i] &&
    OPENERS.has(t[i]!.pos) &&
    !/^(there|here)$/i.test(t[i]!.text) &&
    !hedgesNumber(s, i)
  ) {
    // The main clause starts after the first comma that is followed by a segment with a verb:
    // "Although Putin spoke with X, the prime minister of Y, on Wednesday night, the Kremlin
    // stressed..."
    let comma = nextComma(s, i + 1, i + 40);
    while (comma !== -1) {
      const first = t[comma + 1];
      if (
        first &&
        !isVerb(first) &&
        first.pos !== "ADP" &&
        first.pos !== "SCONJ" &&
        !(first.lower === "according" && t[comma + 2]?.lower === "to")
      ) {
        const main = analyzeClause(s, comma + 1, false);
        if (main) return { ...main, prefix: [i, comma] };
      } else if (first?.lower === "according") {
        break;
      }
      comma = nextComma(s, comma + 1, t.length);
    }
    if (comma === -1) return null;
    prefix = [i, comma];
    i = comma + 1;
    if (!fronted) {
      // the caller has already taken off what stands in front of the main clause
    } else if (t[i]?.lower === "according" && t[i + 1]?.lower === "to") {
      const c2 = nextComma(s, i + 2, i + 14);
      if (c2 === -1) return null;
      source = [i + 2, c2];
      i = c2 + 1;
    }
  }
  if (t[i] && /^[“"‘']$/.test(t[i]!.text)) return null;
  if (t[i] && /^(which|who|whom|whose|that|where|when)$/i.test(t[i]!.text)) return null;
  const subjectStart = i;
  let appositive: Span | null = null;
  let subjectEnd = -1;
  for (let j = i; j < t.length && j < i + 24; j++) {
    const x = t[j]!;
    if (x.text === ",") {
      if (subjectEnd === -1) subjectEnd = j;
      const close = nextComma(s, j + 1, j + 24);
      if (close === -1 || appositive) return null;
      // "X, the president of Russia, expressed": the verb follows the appositive at once
      const after = t[close + 1];
      if (!after || !(isVerb(after) || after.pos === "ADV")) return null;
      appositive = [j + 1, close];
      j = close;
      continue;
    }
    // "Singer Dean Rawley - who tops the chart ... - began as a busker": an aside between spaced
    // dashes
    if (x.text === "-" && j > i && t[j - 1]!.end !== x.start && !appositive) {
      let close = -1;
      for (let k = j + 1; k < Math.min(t.length, j + 30); k++)
        if (t[k]!.text === "-" && t[k - 1]!.end !== t[k]!.start) {
          close = k;
          break;
        }
      const after = close === -1 ? undefined : t[close + 1];
      if (!after || !(isVerb(after) || after.pos === "ADV")) return null;
      if (subjectEnd === -1) subjectEnd = j;
      appositive = [j + 1, close];
      j = close;
      continue;
    }
    if (FINAL.test(x.text) || x.text === "“") return null;
    // "Most of the 5,000 new posts created in May were...": a participle after the
    // noun describes it; the verb is the one that follows
    if (
      x.pos === "VERB" &&
      subjectEnd === -1 &&
      j > i &&
      /ed$/.test(x.lower) &&
      t[j - 1]!.pos !== "AUX" &&
      ["NOUN", "PROPN"].includes(t[j - 1]!.pos)
    ) {
      let k = j + 1;
      while (
        k < t.length &&
        k < j + 9 &&
        !/^[,;:.“”"]$/.test(t[k]!.text) &&
        !["SCONJ", "CCONJ", "AUX"].includes(t[k]!.pos) &&
        t[k]!.lower !== "that"
      )
        k++;
      if (
        t[k]?.pos === "AUX" &&
        /^(is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)$/.test(
          t[k]!.lower,
        )
      ) {
        j = k - 1;
        continue;
      }
    }
    if (isVerb(x) && j > i && !(x.pos === "VERB" && /^(who|which|that)$/.test(t[j - 1]!.lower))) {
      // "The airline plans to use...": the tagger took "plans" for a noun; it is the verb
      if (
        t[j - 1]?.lower === "to" &&
        t[j - 2]?.pos === "NOUN" &&
        /s$/.test(t[j - 2]!.lower) &&
        j - 2 > i &&
        subjectEnd === -1
      ) {
        return {
          sentence: s,
          prefix,
          source,
          subject: [subjectStart, j - 2],
          appositive,
          verb: [j - 2, j - 1],
          rest: [j - 1, predicateEnd(s, j - 1)],
        };
      }
      if (subjectEnd === -1) subjectEnd = j;
      let v = j;
      while (
        t[v + 1] &&
        (t[v]!.pos === "AUX" || t[v]!.pos === "PART" || t[v]!.pos === "ADV") &&
        (isVerb(t[v + 1]!) || t[v + 1]!.pos === "PART" || t[v + 1]!.pos === "ADV")
      ) {
        if (t[v + 1]!.pos === "ADV" && !t[v + 2]) break;
        if (t[v + 1]!.pos === "ADV" && !isVerb(t[v + 2]!) && t[v + 2]!.pos !== "ADV") break;
        v++;
      }
      if (t[v]!.pos === "PART" && t[v]!.lower === "to") return null;
      if (v === j && /ing$/.test(t[v]!.lower) && t[v]!.pos === "VERB") return null;
      const restEnd = predicateEnd(s, v + 1);
      // nothing left of a predicate the sentence goes on with ("was sent to X and - after a year
      // there - moved")
      if (
        restEnd <= v + 1 &&
        t[v + 1] &&
        !FINAL.test(t[v + 1]!.text) &&
        !/^[”"’)]$/.test(t[v + 1]!.text)
      )
        return null;
      // "denied Mr Hale, his health spokesman, called the plans...": the object and its aside are
      // the
      // subject of a verb that follows; the clause is not the simple shape it looks like
      if (
        t[restEnd]?.text === "," &&
        t[restEnd + 1] &&
        isVerb(t[restEnd + 1]!) &&
        t.slice(v + 1, restEnd).some((x) => x.text === ",")
      )
        return null;
      // "The board then voted...": adverbs before the verb belong to the verb group
      let verbStart = j;
      if (subjectEnd === j)
        while (
          subjectEnd - 1 > subjectStart &&
          t[subjectEnd - 1]!.pos === "ADV" &&
          new RegExp(
            `ly$|^(${[
              "also|then|now|still|already|just|never|only|even|later",
              "once|again|finally|quickly|recently|previously|almost|ever",
            ].join("|")})$`,
          ).test(t[subjectEnd - 1]!.lower)
        )
          subjectEnd--;
      // "Google on Thursday fired...", "Samsung last month unveiled...": the time belongs to the
      // verb
      const timed = timeBefore(t, subjectStart, subjectEnd);
      if (timed < subjectEnd && !appositive) subjectEnd = timed;
      if (subjectEnd < j && !appositive) verbStart = subjectEnd;
      if (subjectEnd <= subjectStart) return null;
      // "The larger than hoped profits...": a subject ends on a noun, a name, a number or a pronoun
      const lastWord = t[subjectEnd - 1]!;
      // ("The 47-year-old", "the attorney general": a noun all the same)
      const roleWord =
        ROLE_HEADS.has(lastWord.lower) ||
        ROLE_HEADS.has(`${t[subjectEnd - 2]?.lower} ${lastWord.lower}`) ||
        (lastWord.lower === "old" && t[subjectEnd - 2]?.text === "-");
      if (
        !["NOUN", "PROPN", "NUM", "PRON", "SYM", "X"].includes(lastWord.pos) &&
        !roleWord &&
        !/^[)”"'’%]$/.test(lastWord.text)
      )
        return null;
      // "The return comes as museums face...": the verb has no object; what follows is another
      // clause
      if (t[v + 1]?.pos === "SCONJ" && t[v + 1]!.lower !== "that") return null;
      return {
        sentence: s,
        prefix,
        source,
        subject: [subjectStart, subjectEnd],
        appositive,
        verb: [verbStart, v + 1],
        rest: [v + 1, restEnd],
      };
    }
  }
  return null;
}

/**
 * The clause of a complement after a speech verb: "stated that discussions would take place...",
 * "said the investment would help...".
 */
export function complementClause(c: Clause): Clause | null {
  const t = c.sentence.tokens;
  if (!REPORTING.has(t[c.verb[1] - 1]!.lemma)) return null;
  const [r0, r1] = c.rest;
  let i = r0;
  while (i < r1 && t[i]!.lower !== "that" && i < r0 + 3 && !/^[,“"]$/.test(t[i]!.text)) i++;
  let from: number;
  // "said on Wednesday it would build": the day belongs to the saying
  let start = r0;
  if (
    t[start]?.pos === "ADP" &&
    /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(t[start + 1]?.text ?? "")
  ) {
    start += 2;
    if (/^(night|morning|evening|afternoon)$/.test(t[start]?.lower ?? "")) start++;
  }
  if (t[i]?.lower === "that" && t[i]!.pos === "SCONJ") from = i + 1;
  else if (start > r0 && t[start] && ["PRON", "DET", "PROPN", "NOUN"].includes(t[start]!.pos))
    from = start;
  else if (
    t[r0] &&
    ["DET", "PROPN", "NOUN", "NUM", "ADJ"].includes(t[r0]!.pos) &&
    t[r0]!.lower !== "that"
  )
    from = r0;
  else return null;
  // "said that, due to the signal issues, only two lines would...": a cause may open the report
  if (t[from]?.text === "," && CAUSE_START.test(`${t[from + 1]?.lower} ${t[from + 2]?.lower}`))
    from++;
  const inner = analyzeClause({ ...c.sentence }, from);
  if (!inner || inner.source) return null;
  const caused =
    inner.prefix !== null &&
    CAUSE_START.test(`${t[inner.prefix[0]]?.lower} ${t[inner.prefix[0] + 1]?.lower}`);
  if ((inner.prefix && !caused) || (inner.rest[1] > r1 && !caused)) return null;
  return inner;
}
