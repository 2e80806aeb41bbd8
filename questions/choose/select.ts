import { normalizeCached } from "../grade.ts";
import type { Question, QuestionType } from "../types.ts";
import { type Candidate, type Draft, idOf, withId, writePairMatch } from "../ask/write.ts";

export const ALL_TYPES: QuestionType[] = ["choice", "truefalse", "fill", "numeric", "match", "order"];

/** Below this a candidate is too shaky to show a teacher. */
export const MIN_SCORE = 0.75;

/** The answer text must not stand in the prompt (a surname counts for a person). */
export function givesAnswerAway(q: Draft): boolean {
  if (q.type === "truefalse" || q.type === "match" || q.type === "order") return false;
  const prompt = ` ${normalizeCached(q.prompt)} `;
  const answers = [q.answer as string, ...(q.accept ?? [])];
  return answers.some((a) => {
    const n = normalizeCached(a);
    return n.length > 0 && prompt.includes(` ${n} `);
  });
}

/** At most this many questions test one fact, and never twice the same way. */
const PER_FACT = 2;

/**
 * At most one question in ten (and at least two) share an answer: a run of "Nigeria" answers gives
 * the next one away.
 */
const perAnswer = (count: number) => Math.max(2, Math.ceil(count / 10));

/**
 * Picks the quiz: drops shaky candidates and ones that give the answer away, tests no fact more
 * than twice (a match tests each person's role), keeps at most two questions and one true/false a
 * sentence and varied openings, and takes the types in turn (see `ROTATION`) so the quiz has
 * variety, best first within each type.
 */
/**
 * Questions drawn from sentences the chosen questions leave unused (see `sentenceQuestions`), and
 * how many of them a quiz may hold at most (null: up to `count`).
 */
export type SentenceStage = { candidates: (covered: ReadonlySet<string>) => Candidate[]; max: (factQuestions: number) => number | null };

export function selectQuestions(candidates: Candidate[], count: number, types: QuestionType[], sentences?: SentenceStage): Question[] {
  const byType = new Map<QuestionType, Candidate[]>();
  for (const c of candidates) {
    if (c.pairOnly || c.score < MIN_SCORE || !types.includes(c.question.type) || givesAnswerAway(c.question)) continue;
    const list = byType.get(c.question.type) ?? [];
    list.push(c);
    byType.set(c.question.type, list);
  }
  // Ties go by id, worked out only for the few candidates that tie.
  const ids = new Map<Candidate, string>();
  const idFor = (c: Candidate) => ids.get(c) ?? ids.set(c, idOf(c.question)).get(c)!;
  for (const list of byType.values()) list.sort((a, b) => b.score - a.score || a.sentence - b.sentence || idFor(a).localeCompare(idFor(b)));
  // A true/false takes one of a sentence's two places; it goes first to sentences nothing else can ask about,
  // so a "where" or "how many" of the same sentence is not crowded out.
  const asked = new Set<number>();
  for (const [type, list] of byType) if (type !== "truefalse") for (const c of list) asked.add(c.sentence);
  byType.get("truefalse")?.sort((a, b) => Number(asked.has(a.sentence)) - Number(asked.has(b.sentence)));
  const quiz = new QuizSoFar(count);
  // True/false comes last: a statement of a sentence would give away the questions asked of it.
  const rotation = ROTATION.filter((t) => types.includes(t) && byType.has(t) && t !== "truefalse");
  const cap = byType.has("truefalse") && types.includes("truefalse") ? Math.max(1, count - Math.min(quiz.trueFalseCap, byType.get("truefalse")!.length)) : count;
  fill(quiz, byType, rotation, cap);
  if (byType.has("truefalse") && types.includes("truefalse")) fill(quiz, byType, [...rotation, "truefalse"], count);
  // Facts about people that no question asked can still be asked together, as matches.
  for (const group of ["quote", "deed"] as const) {
    if (quiz.chosen.length >= count || !types.includes("match")) break;
    const unasked = candidates.filter((c) => c.pair?.group === group && c.score >= MIN_SCORE && quiz.untested(c));
    const pairs = [...new Map(unasked.map((c) => [c.factKey, c.pair!])).values()];
    const match = writePairMatch(pairs);
    if (!match) continue;
    const keys = unasked.filter((c) => match.used.includes(c.pair!)).map((c) => c.factKey);
    const c: Candidate = { question: match.question, factKey: `match:${group}`, tests: [...new Set(keys)], sentence: -1, score: 1 };
    quiz.take(c, withId(match.question));
  }
  if (sentences && quiz.chosen.length < count) fillFromSentences(quiz, sentences, count, types);
  // Questions follow the article from top to bottom; match and order close the quiz.
  const place = (c: Candidate) => (c.sentence < 0 ? 1e9 : c.sentence);
  return quiz.chosen
    .sort((a, b) => place(a.c) - place(b.c) || ALL_TYPES.indexOf(a.question.type) - ALL_TYPES.indexOf(b.question.type))
    .map((x) => x.question);
}

/** The share of a quiz true/false may reach through sentence questions. */
const SENTENCE_TRUE_FALSE_SHARE = 0.3;

/**
 * Fills the quiz up with sentence questions, after every fact question: one a sentence, the
 * types in turn (numeric, choice, fill-in, true/false) from the top of the article, true/false
 * only while it stays under ~30% of the quiz.
 */
function fillFromSentences(quiz: QuizSoFar, stage: SentenceStage, count: number, types: QuestionType[]): void {
  const covered = new Set<string>();
  for (const { question } of quiz.chosen) for (const e of [question.evidence, ...(question.sources ?? [])]) covered.add(`${e.paragraph}\u0000${e.text}`);
  const max = Math.min(count - quiz.chosen.length, stage.max(quiz.chosen.length) ?? count);
  const byType = new Map<QuestionType, Candidate[]>();
  for (const c of stage.candidates(covered)) {
    if (!types.includes(c.question.type) || c.score < MIN_SCORE || givesAnswerAway(c.question)) continue;
    byType.set(c.question.type, [...(byType.get(c.question.type) ?? []), c]);
  }
  const used = new Set<number>();
  let taken = 0;
  let progress = true;
  while (taken < max && progress) {
    progress = false;
    for (const type of ["numeric", "choice", "fill", "truefalse"] as const) {
      if (taken >= max) break;
      const list = byType.get(type) ?? [];
      while (list.length > 0) {
        const c = list.shift()!;
        if (used.has(c.sentence) || !quiz.accepts(c)) continue;
        if (type === "truefalse" && quiz.trueFalseCount + 1 > SENTENCE_TRUE_FALSE_SHARE * (quiz.chosen.length + 1)) continue;
        const question = finish(c);
        if (!question) continue;
        quiz.take(c, question);
        used.add(c.sentence);
        taken++;
        progress = true;
        break;
      }
    }
  }
}

/** Takes the types in turn, best first within each, until `count` or no candidate fits. */
function fill(quiz: QuizSoFar, byType: Map<QuestionType, Candidate[]>, rotation: QuestionType[], count: number): void {
  let progress = true;
  while (quiz.chosen.length < count && progress) {
    progress = false;
    for (const type of rotation) {
      if (quiz.chosen.length >= count) break;
      const list = byType.get(type)!;
      while (list.length > 0) {
        const c = list.shift()!;
        if (!quiz.accepts(c)) continue;
        const question = finish(c);
        if (!question) continue;
        quiz.take(c, question);
        progress = true;
        break;
      }
    }
  }
}

/**
 * The order in which each round takes a question of each type. Match and order test several facts
 * at once; numeric and fill-in come before choice and true/false, which most facts can also give,
 * so that a fact with a figure or a name becomes the rarer question.
 */
const ROTATION: QuestionType[] = ["match", "order", "numeric", "fill", "choice", "truefalse"];

/** What the quiz already holds, and whether one more candidate fits beside it. */
class QuizSoFar {
  readonly chosen: { c: Candidate; question: Question }[] = [];
  private readonly perFact = new Map<string, number>();
  private readonly factTypes = new Set<string>();
  private readonly perSentence = new Map<number, number>();
  private readonly trueFalseSentences = new Set<number>();
  private readonly prompts = new Set<string>();
  private readonly answers = new Map<string, number>();
  // No more than a fifth of the quiz (at least 3) opens the same way ("Who said", "Who is").
  private readonly shapes = new Map<string, number>();
  private readonly shapeCap: number;
  // True/false is the easiest type to write and to guess; no more than two fifths of the quiz.
  private trueFalse = 0;
  readonly trueFalseCap: number;
  get trueFalseCount(): number {
    return this.trueFalse;
  }

  private readonly answerCap: number;

  constructor(count: number) {
    this.shapeCap = Math.max(3, Math.ceil(count / 5));
    this.answerCap = perAnswer(count);
    this.trueFalseCap = Math.max(2, Math.ceil((count * 2) / 5));
  }

  accepts(c: Candidate): boolean {
    const type = c.question.type;
    const facts = c.tests ?? [c.factKey];
    if (this.prompts.has(c.question.prompt)) return false;
    if (facts.some((f) => (this.perFact.get(f) ?? 0) >= PER_FACT || this.factTypes.has(`${type}:${f}`))) return false;
    // A fact's second question is a choice or a true/false: a typed answer would repeat the first.
    if (facts.some((f) => this.perFact.has(f)) && type !== "truefalse" && type !== "choice") return false;
    if (c.sentence >= 0 && ((this.perSentence.get(c.sentence) ?? 0) >= 2 || (type === "truefalse" && this.trueFalseSentences.has(c.sentence)))) return false;
    if (type === "truefalse" && this.trueFalse >= this.trueFalseCap) return false;
    const answer = answerKey(c.question);
    if (answer && (this.answers.get(answer) ?? 0) >= this.answerCap) return false;
    if (c.sentence >= 0 && this.givesAway(c)) return false;
    return (this.shapes.get(shapeOf(c.question)) ?? 0) < this.shapeCap;
  }

  /**
   * True when a true/false statement and a question of the same sentence would answer each other
   * ("True or false: X dismissed the claims" beside "Who dismissed the claims?"): the same fact twice.
   */
  private givesAway(c: Candidate): boolean {
    const others = this.chosen.filter((x) => x.c.sentence === c.sentence);
    if (others.length === 0) return false;
    const holds = (statement: Draft, answer: Draft) => typeof answer.answer === "string" && ` ${normalizeCached(statement.prompt)} `.includes(` ${normalizeCached(answer.answer)} `);
    // A false statement that changes another element tests another fact; a true one, or one that changes
    // the very element the other question asks for, tests the same.
    // ("X is the chief executive of Y" beside "Who said...?" of the same sentence states a role, not the report)
    const same = (tf: Candidate, other: Candidate) => tf.factKey === other.factKey || (!tf.factKey.startsWith("role:") && (!tf.falsify || normalizeCached(tf.factKey.split(":").slice(2).join(":")) === normalizeCached(String(other.question.answer))));
    if (c.question.type === "truefalse") return others.some((x) => x.question.type !== "truefalse" && (x.c.factKey === c.factKey || (holds(c.question, x.question) && same(c, x.c))));
    return others.some((x) => x.question.type === "truefalse" && (x.c.factKey === c.factKey || (holds(x.c.question, c.question) && same(x.c, c))));
  }

  /** True when no question of the quiz tests the candidate's fact. */
  untested(c: Candidate): boolean {
    return (c.tests ?? [c.factKey]).every((f) => !this.perFact.has(f));
  }

  take(c: Candidate, question: Question): void {
    const type = c.question.type;
    this.chosen.push({ c, question });
    for (const f of c.tests ?? [c.factKey]) {
      this.perFact.set(f, (this.perFact.get(f) ?? 0) + 1);
      this.factTypes.add(`${type}:${f}`);
    }
    if (c.sentence >= 0) this.perSentence.set(c.sentence, (this.perSentence.get(c.sentence) ?? 0) + 1);
    if (type === "truefalse") {
      this.trueFalseSentences.add(c.sentence);
      this.trueFalse++;
    }
    this.prompts.add(c.question.prompt);
    const answer = answerKey(c.question);
    if (answer) this.answers.set(answer, (this.answers.get(answer) ?? 0) + 1);
    const shape = shapeOf(c.question);
    this.shapes.set(shape, (this.shapes.get(shape) ?? 0) + 1);
  }
}

/** The answer of a question that has one to give (not true/false, match or order), normalised. */
function answerKey(q: Draft): string | null {
  return typeof q.answer === "string" && q.type !== "truefalse" ? normalizeCached(q.answer) : null;
}

/** How a question opens: "q:who said", "tf:true or false: ilham", "match". */
function shapeOf(q: Draft): string {
  if (q.type === "match" || q.type === "order") return q.type;
  // a sentence question opens as every other does by design; its sentence tells it apart
  if (q.prompt.startsWith("Complete the sentence")) return `complete:${q.evidence.text}`;
  const words = q.prompt.split(" ").slice(0, q.type === "truefalse" ? 4 : 2).join(" ").toLowerCase();
  return `${q.type === "truefalse" ? "tf" : "q"}:${words}`;
}

/** The chosen candidate as a finished question; null when a choice question finds no good options. */
function finish(c: Candidate): Question | null {
  if (c.falsify) return withId(c.falsify() ?? c.question);
  if (!c.options) return withId(c.question);
  const options = c.options();
  return options && withId({ ...c.question, options });
}
