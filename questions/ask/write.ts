import { countryTakesThe } from "../data/gazetteer.ts";
import { type Pools, pickDistractors } from "../distractors/distractors.ts";
import {
  type AnswerKind,
  type DatedEvent,
  type Fact,
  type RoleFact,
  upperFirst,
} from "../facts/facts.ts";
import { normalizeCached } from "../grade.ts";
import { hashParts, seededShuffle, seededUnit } from "../hash.ts";
import type { Sentence } from "../read/nlp.ts";
import type { Difficulty, Evidence, Question, QuestionType } from "../types.ts";

/**
 * A question before its id: the id hashes its content and is worked out only for questions a quiz
 * keeps.
 */
export type Draft = Omit<Question, "id">;

/**
 * A question the selection may take, with the fact it tests and how sure the engine is of it. A
 * choice question finds its options only when it is chosen (`options`), as most candidates never
 * are; null options mean the question cannot be asked.
 */
export type Candidate = {
  question: Draft;
  factKey: string;
  /** Every fact the question tests, when it is more than one: a match tests each person's role. */
  tests?: string[];
  sentence: number;
  score: number;
  options?: () => string[] | null;
  /**
   * For a true/false meant to be false: the false statement, worked out when chosen; null when no
   * stand-in fits.
   */
  falsify?: () => Draft | null;
  /**
   * The fact as one pair of a match (a person and their words or deed), for facts no other question
   * asks.
   */
  pair?: Pair;
  /** Only a row of a match, never a question of its own. */
  pairOnly?: boolean;
};

/**
 * One row of a match built from facts: who (`item`) goes with what (`option`), and where the
 * article says so.
 */
export type Pair = { group: "quote" | "deed"; item: string; option: string; evidence: Evidence };

/** The prompt of a match of each pair group. */
const PAIR_PROMPTS: Record<Pair["group"], string> = {
  quote: "Match each person to the words the article quotes them saying.",
  deed: "Match each person to what the article says they did.",
};

/**
 * The pair a fact can give a match: a speaker and a quotation of 5–20 words, or a person and the
 * predicate of "Who ...?" ("refused to answer questions"). Only people, only plain "Who" prompts.
 */
function pairOf(f: Fact, evidence: Evidence): Pair | undefined {
  if (f.kind !== "person" || f.statementOnly) return undefined;
  if (f.key.startsWith("quote:")) {
    const quote = /“([^”]+)”\?$/.exec(f.prompt)?.[1];
    if (!quote || quote.split(" ").length > 20 || quote.split(" ").length < 4) return undefined;
    return { group: "quote", item: f.answer, option: `“${quote}”`, evidence };
  }
  if (!f.key.startsWith("subject:") || f.said) return undefined;
  const deed = /^Who ([a-z][^?]*)\?$/.exec(f.prompt)?.[1];
  if (!deed || deed.split(" ").length > 14 || deed.split(" ").length < 3 || /[“”"]/.test(deed))
    return undefined;
  return { group: "deed", item: f.answer, option: deed, evidence };
}

/**
 * The rows of a match, in order: at most `max`, no person twice and no answer twice (answers
 * compared
 * normalised).
 */
function distinctRows<T>(
  rows: T[],
  itemOf: (row: T) => string,
  optionOf: (row: T) => string,
  max = 5,
): T[] {
  const items = new Set<string>();
  const options = new Set<string>();
  return rows
    .filter((row) => {
      const item = itemOf(row);
      const option = normalizeCached(optionOf(row));
      if (items.has(item) || options.has(option)) return false;
      items.add(item);
      options.add(option);
      return true;
    })
    .slice(0, max);
}

/**
 * A match's right column (or an order's events) shuffled by a seed, never in the right order to
 * start with.
 */
export function shuffledOptions(answer: string[], items: string[]): string[] {
  const options = seededShuffle(answer, items.join("|"));
  return options.every((o, i) => o === answer[i]) ? [...options.slice(1), options[0]!] : options;
}

/**
 * A match from 3–5 pairs of one group with different people and different options, shuffled so
 * the starting order is never the right one; null when fewer than three fit.
 */
export function writePairMatch(pairs: Pair[]): { question: Draft; used: Pair[] } | null {
  const used = distinctRows(
    pairs,
    (p) => p.item,
    (p) => p.option,
  );
  if (used.length < 3) return null;
  const items = used.map((p) => p.item);
  const answer = used.map((p) => p.option);
  const shuffled = shuffledOptions(answer, items);
  const sources = used.map((p) => p.evidence);
  const explanation =
    used[0]!.group === "quote"
      ? "Each quotation is the one the article attributes to that person."
      : "Each action is the one the article states of that person.";
  return {
    question: make(
      "match",
      PAIR_PROMPTS[used[0]!.group],
      answer,
      explanation,
      sources[0]!,
      "medium",
      { items, options: shuffled, sources },
    ),
    used,
  };
}

export function evidenceOf(s: Sentence, highlight?: string): Evidence {
  const ev: Evidence = { paragraph: s.paragraph, text: s.text };
  if (highlight && s.text.includes(highlight)) ev.highlight = highlight;
  return ev;
}

/**
 * A question's id: a hash of its type, evidence, answer and prompt, so the same article gives the
 * same ids.
 */
export function idOf(q: Draft): string {
  return hashParts(
    [q.type, "\u0000", q.evidence.text, "\u0000", JSON.stringify(q.answer), "\u0000", q.prompt],
    10,
  );
}

/** The finished question: its id first, then its fields in one fixed order. */
export function withId(q: Draft): Question {
  const {
    type,
    prompt,
    items,
    options,
    accept,
    sources,
    answer,
    explanation,
    evidence,
    difficulty,
  } = q;
  return {
    id: idOf(q),
    type,
    prompt,
    ...(items ? { items } : {}),
    ...(options ? { options } : {}),
    ...(accept ? { accept } : {}),
    ...(sources ? { sources } : {}),
    answer,
    explanation,
    evidence,
    difficulty,
  };
}

export function make(
  type: QuestionType,
  prompt: string,
  answer: string | string[],
  explanation: string,
  evidence: Evidence,
  difficulty: Difficulty,
  extra: Partial<Question> = {},
): Draft {
  return { type, prompt, ...extra, answer, explanation, evidence, difficulty };
}

const NAMED: AnswerKind[] = ["person", "country", "city", "place", "org", "nationality", "speaker"];

function difficultyOf(f: Fact, type: QuestionType): Difficulty {
  if (type === "fill" || type === "numeric") return f.kind === "country" ? "medium" : "hard";
  if (f.kind === "count" || f.kind === "speaker") return "medium";
  if (type === "truefalse") return "easy";
  return f.kind === "country" || f.kind === "weekday" ? "easy" : "medium";
}

/** Multiple choice, fill-in, numeric and true/false questions for one fact. */
export function writeFactQuestions(f: Fact, pools: Pools): Candidate[] {
  const out: Candidate[] = [];
  const evidence = evidenceOf(f.sentence, f.highlight);
  const seed = f.key;
  const pair = pairOf(f, evidence);
  const base = { factKey: f.key, sentence: f.sentence.index, ...(pair ? { pair } : {}) };
  if (f.pairOnly)
    return pair
      ? [
          {
            ...base,
            pairOnly: true,
            score: f.confidence,
            question: make("fill", f.prompt, f.answer, f.explanation, evidence, "medium"),
          },
        ]
      : [];
  // a count, a share ("What percentage...?" typed as 42) or a year ("In which year...?") is typed
  // as a number
  const numeric =
    (f.kind === "money" && /^[£$€]\d[\d,]*(\.\d+)?(m|bn|k)?$/.test(f.answer)) ||
    (f.kind === "count" &&
      /^\d[\d,]*(\.\d+)?( (thousand|million|billion|trillion))?$/.test(f.answer)) ||
    (f.kind === "percent" && /^\d+(\.\d+)?%$/.test(f.answer)) ||
    (f.kind === "year" && /^(1[89]|20)\d\d$/.test(f.answer) && /^In which year\b/.test(f.prompt));
  // (a figure typed: blind teachers kept typed figures and dropped choices whose wrong numbers were
  // halves and doubles of the answer; the choice waits as the alternate)
  const typedFirst = numeric && f.kind !== "year";
  if (!f.statementOnly && !f.typedOnly) {
    const options = () => {
      const distractors = pickDistractors(f, pools, seed);
      return distractors && seededShuffle([f.answer, ...distractors], seed);
    };
    out.push({
      ...base,
      score: f.confidence - (typedFirst ? 0.1 : 0),
      question: make(
        "choice",
        f.prompt,
        f.answer,
        f.explanation,
        evidence,
        difficultyOf(f, "choice"),
      ),
      options,
    });
  }
  if (f.statementOnly) {
    // true/false only
  } else if (numeric) {
    out.push({
      ...base,
      score: f.confidence - 0.05,
      question: make(
        "numeric",
        f.prompt,
        f.answer,
        f.explanation,
        evidence,
        difficultyOf(f, "numeric"),
        f.accept.length ? { accept: f.accept } : {},
      ),
    });
  } else if (f.kind === "score" && /^\d+-\d+$/.test(f.answer)) {
    // a small board's vote ("2-1") has too few other splits to offer: it is typed, "2 to 1" too
    out.push({
      ...base,
      score: f.confidence - 0.1,
      question: make("fill", f.prompt, f.answer, f.explanation, evidence, "medium", {
        accept: [f.answer.replace("-", " to "), f.answer.replace("-", "–")],
      }),
    });
  } else if (NAMED.includes(f.kind) && f.answer.length >= 4 && f.answer.split(" ").length <= 4) {
    out.push({
      ...base,
      score: f.confidence - 0.1,
      question: make(
        "fill",
        f.prompt,
        f.answer,
        f.explanation,
        evidence,
        difficultyOf(f, "fill"),
        f.accept.length ? { accept: f.accept } : {},
      ),
    });
  }
  // (a statement with a quotation mark left open reads as garbled)
  if (f.statement && f.statement.text.split(" ").length <= 40 && balancedQuotes(f.statement.text)) {
    const st = f.statement;
    // "Margaret Ellery ... led by his brother": another person's name would clash with "his" or
    // "her"
    const gendered =
      (f.kind === "person" || f.kind === "speaker") &&
      /\b(he|she|his|her|him|hers|himself|herself)\b/i.test(
        st.text.slice(st.answerAt + st.answerText.length),
      );
    const makeFalse = seededUnit(`${seed}:tf`) < 0.5 && !gendered;
    const asTrue = make(
      "truefalse",
      `True or false: ${st.text}`,
      "True",
      f.explanation,
      evidence,
      "easy",
      { options: ["True", "False"] },
    );
    if (makeFalse) {
      // The false version is worked out only if the selection takes it (most candidates are not);
      // with no stand-in to swap in, the true statement is asked instead.
      const falsify = () => {
        // A body is swapped for another body, whatever the question asks ("Who said...?" offers
        // people too).
        const swapKind = f.kind === "speaker" ? "org" : f.kind;
        const picked = pickDistractors(
          { ...f, kind: swapKind, prompt: st.text },
          pools,
          `${seed}:swap`,
          1,
        )?.[0];
        if (!picked) return null;
        const { before, swap } = fitSwap(st.text.slice(0, st.answerAt), picked, f.kind);
        const text =
          before + swap + possessiveAfter(swap, st.text.slice(st.answerAt + st.answerText.length));
        const explanation = `False: the article says ${st.answerText}, not ${swap}.`;
        return make(
          "truefalse",
          `True or false: ${text}`,
          "False",
          explanation,
          evidence,
          "medium",
          { options: ["True", "False"] },
        );
      };
      out.push({ ...base, score: f.confidence - 0.1, question: asTrue, falsify });
    } else {
      out.push({ ...base, score: f.confidence - 0.15, question: asTrue });
    }
  }
  return out;
}

/** True when every quotation opened in a text is closed. */
function balancedQuotes(text: string): boolean {
  // "The letters came in. Within a week...": two sentences read as one
  if (/[a-z][.!?] [A-Z]/.test(text.slice(0, -1))) return false;
  const straight = (text.match(/"/g) ?? []).length;
  return straight % 2 === 0 && (text.match(/“/g) ?? []).length === (text.match(/”/g) ?? []).length;
}

/**
 * The swapped name as the sentence needs it: capitalised at the start, and with or without "the"
 * for a country ("In 2021, the United States returned...", not "the France").
 */
/**
 * "the Officers' spokesman" with "the Countryside Alliance" swapped in: "Alliance's", not
 * "Alliance'".
 */
export function possessiveAfter(swap: string, after: string): string {
  return /^['’](?!s)/.test(after) && !/s$/i.test(swap) ? `${after[0]}s${after.slice(1)}` : after;
}

export function fitSwap(
  before: string,
  swap: string,
  kind: AnswerKind,
): { before: string; swap: string } {
  let b = before;
  let w = swap;
  if (kind === "country") {
    const hasThe = /(^|\s)the $/i.test(b);
    if (countryTakesThe(w) && !hasThe) w = `the ${w}`;
    else if (!countryTakesThe(w) && hasThe) b = b.replace(/the $/i, "");
  }
  // "an 11pc rise" made "17pc": the article before a figure follows how it is said
  if (/\b(a|an) $/i.test(b) && /^\d/.test(w)) b = b.replace(/\b(a|an) $/i, (a) => articleFor(w, a));
  if (b === "") w = upperFirst(w);
  return { before: b, swap: w };
}

/** "a" or "an" (in the case of `was`) before a figure: "an 8", "an 11,000", "a 17", "a 1,800". */
function articleFor(figure: string, was: string): string {
  const lead = figure.replace(/[$£€]/, "").split(/[^\d]/)[0] ?? "";
  const an = /^8/.test(lead) || (/^1[18]$/.test(lead) && figure.replace(/[$£€]/, "").length >= 2);
  const word = an ? "an" : "a";
  return `${/^A/.test(was) ? word.charAt(0).toUpperCase() + word.slice(1) : word} `;
}

/**
 * "Who is the prime minister of Armenia?", "Vladimir Putin is the president of which country?" and
 * a true/false on a role.
 */
export function writeRoleQuestions(r: RoleFact, roles: RoleFact[], pools: Pools): Candidate[] {
  const out: Candidate[] = [];
  // ("the BBC correspondent" beside "the BBC rural affairs correspondent": another person's role
  // that
  // holds every word of this one fits "Who is...?" too)
  const words = (role: string) =>
    normalizeCached(role)
      .split(" ")
      .filter((w) => !/^(the|a|an)$/.test(w));
  const mine = words(r.role);
  const sameRole = roles.filter(
    (x) =>
      x.person !== r.person &&
      (normalizeCached(x.role) === normalizeCached(r.role) ||
        mine.every((w) => words(x.role).includes(w))),
  );
  if (sameRole.length > 0) return out;
  const indefinite = /^(a|an)\b/i.test(r.role);
  const prompt = indefinite ? `Who is described in the article as ${r.role}?` : `Who is ${r.role}?`;
  const surname = r.short ?? r.person;
  const fact: Fact = {
    key: `role:${r.person}`,
    sentence: r.sentence,
    prompt,
    answer: r.person,
    accept: r.short ? [r.short] : [],
    kind: "person",
    highlight: r.highlight,
    explanation: `The article describes ${r.person} as ${r.role}.`,
    statement: null,
    alsoTrue: [],
    confidence: 1.05,
  };
  if (!normalizeCached(prompt).includes(normalizeCached(surname)))
    out.push(...writeFactQuestions(fact, pools));
  if (r.country && !indefinite) {
    const rolePrompt = r.role.replace(
      new RegExp(`\\b(of|in|for) (the )?${r.country}$`),
      "$1 which country",
    );
    if (rolePrompt !== r.role) {
      // the same fact as "Who is...?", asked the other way round
      const cf: Fact = {
        ...fact,
        prompt: `${r.person} is ${rolePrompt}?`,
        answer: r.country,
        accept: [],
        kind: "country",
        confidence: 1,
      };
      out.push(...writeFactQuestions(cf, pools).filter((c) => c.question.type === "choice"));
    }
  }
  const others = roles.filter(
    (x) => x.person !== r.person && normalizeCached(x.role) !== normalizeCached(r.role),
  );
  const evidence = evidenceOf(r.sentence, r.highlight);
  const other = seededShuffle(others, r.person, (x) => x.person)[0];
  if (other && seededUnit(`${r.person}:tf`) < 0.5) {
    const explanation =
      `False: the article describes ${r.person} as ${r.role}, ` +
      `and ${other.person} as ${other.role}.`;
    // a false "X is Y's role" tests Y's role as much as X's
    out.push({
      factKey: fact.key,
      tests: [fact.key, `role:${other.person}`],
      sentence: r.sentence.index,
      score: 0.95,
      question: make(
        "truefalse",
        `True or false: ${r.person} is ${other.role}.`,
        "False",
        explanation,
        evidence,
        "medium",
        { options: ["True", "False"] },
      ),
    });
  } else if (!indefinite) {
    out.push({
      factKey: fact.key,
      sentence: r.sentence.index,
      score: 0.9,
      question: make(
        "truefalse",
        `True or false: ${r.person} is ${r.role}.`,
        "True",
        fact.explanation,
        evidence,
        "easy",
        { options: ["True", "False"] },
      ),
    });
  }
  return out;
}

/** Match people to their roles: 3 to 5 pairs, roles shuffled. */
export function writeMatchQuestion(roles: RoleFact[]): Candidate | null {
  const pairs = distinctRows(
    roles,
    (r) => r.person,
    (r) => r.role,
  );
  if (pairs.length < 3) return null;
  const items = pairs.map((p) => p.person);
  const answer = pairs.map((p) => p.role);
  const options = shuffledOptions(answer, items);
  const sources = pairs.map((p) => evidenceOf(p.sentence, p.highlight));
  const q = make(
    "match",
    "Match each person to the role the article gives them.",
    answer,
    "Each role is the one the article states next to the person's name.",
    sources[0]!,
    "medium",
    { items, options, sources },
  );
  return {
    question: q,
    factKey: "match",
    tests: pairs.map((p) => `role:${p.person}`),
    sentence: -1,
    score: 1.1,
  };
}

/** Put 3–4 dated events in order, shuffled so the starting order is never the right one. */
export function writeOrderQuestion(events: DatedEvent[]): Candidate | null {
  const byWhen = new Map<number, DatedEvent>();
  for (const e of events) if (!byWhen.has(e.when)) byWhen.set(e.when, e);
  let chosen = [...byWhen.values()].sort((a, b) => a.when - b.when);
  const weekdays = chosen.filter((e) => e.when >= 10_000_000);
  if (weekdays.length > 0) {
    // Weekdays are ordered within the week the article covers; only a short span is safe.
    const days = weekdays.map((e) => Math.floor((e.when - 10_000_000) / 10));
    if (Math.max(...days) - Math.min(...days) > 3)
      chosen = chosen.filter((e) => e.when < 10_000_000);
  }
  if (chosen.length < 3) return null;
  chosen = chosen.slice(-4);
  const answer = chosen.map((e) => e.text);
  if (new Set(answer).size !== answer.length) return null;
  const options = shuffledOptions(answer, answer);
  const sources = chosen.map((e) => evidenceOf(e.sentence, e.whenText));
  const explanation =
    "The article dates them: " +
    `${chosen.map((e) => e.whenText.replace(/^the /, "")).join(", then ")}.`;
  const q = make(
    "order",
    "Put these events from the article in the order they happened, earliest first.",
    answer,
    explanation,
    sources[0]!,
    "hard",
    { options, sources },
  );
  return { question: q, factKey: "order", sentence: -1, score: 1.1 };
}
