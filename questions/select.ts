import { normalizeCached } from "./grade.ts";
import type { Question, QuestionType } from "./types.ts";
import { type Candidate, type Draft, idOf, withId } from "./write.ts";

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

/**
 * Picks the quiz: drops shaky candidates and ones that give the answer away, keeps one
 * question per fact and type and at most two per sentence, and takes the types in turn so
 * the quiz has variety, best first within each type.
 */
export function selectQuestions(candidates: Candidate[], count: number, types: QuestionType[]): Question[] {
  const good = candidates.filter((c) => c.score >= MIN_SCORE && types.includes(c.question.type) && !givesAnswerAway(c.question));
  const byType = new Map<QuestionType, Candidate[]>();
  for (const c of good) {
    const list = byType.get(c.question.type) ?? [];
    list.push(c);
    byType.set(c.question.type, list);
  }
  // Ties go by id, worked out only for the few candidates that tie.
  const ids = new Map<Candidate, string>();
  const idFor = (c: Candidate) => ids.get(c) ?? ids.set(c, idOf(c.question)).get(c)!;
  for (const list of byType.values()) list.sort((a, b) => b.score - a.score || a.sentence - b.sentence || idFor(a).localeCompare(idFor(b)));
  const chosen: { c: Candidate; question: Question }[] = [];
  const usedFact = new Set<string>();
  const perSentence = new Map<number, number>();
  const prompts = new Set<string>();
  // No more than a fifth of the quiz (at least 3) opens the same way ("Who said", "Who is").
  const shapes = new Map<string, number>();
  const shapeCap = Math.max(3, Math.ceil(count / 5));
  const shapeOf = (q: Draft) => (q.type === "match" || q.type === "order" ? q.type : `${q.type === "truefalse" ? "tf" : "q"}:${q.prompt.split(" ").slice(0, q.type === "truefalse" ? 4 : 2).join(" ").toLowerCase()}`);
  const order = types.filter((t) => byType.has(t));
  let progress = true;
  while (chosen.length < count && progress) {
    progress = false;
    for (const type of order) {
      if (chosen.length >= count) break;
      const list = byType.get(type)!;
      while (list.length > 0) {
        const c = list.shift()!;
        const factUsed = usedFact.has(c.factKey);
        const sentenceCount = perSentence.get(c.sentence) ?? 0;
        if (usedFact.has(`${type}:${c.factKey}`) || prompts.has(c.question.prompt)) continue;
        if (c.sentence >= 0 && sentenceCount >= 2) continue;
        if (factUsed && type !== "truefalse" && c.question.type !== "choice") continue;
        const shape = shapeOf(c.question);
        if ((shapes.get(shape) ?? 0) >= shapeCap) continue;
        const question = finish(c);
        if (!question) continue;
        shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
        chosen.push({ c, question });
        usedFact.add(c.factKey);
        usedFact.add(`${type}:${c.factKey}`);
        prompts.add(c.question.prompt);
        if (c.sentence >= 0) perSentence.set(c.sentence, sentenceCount + 1);
        progress = true;
        break;
      }
    }
  }
  // Questions follow the article from top to bottom; match and order close the quiz.
  const place = (c: Candidate) => (c.sentence < 0 ? 1e9 : c.sentence);
  return chosen
    .sort((a, b) => place(a.c) - place(b.c) || ALL_TYPES.indexOf(a.question.type) - ALL_TYPES.indexOf(b.question.type))
    .map((x) => x.question);
}

/** The chosen candidate as a finished question; null when a choice question finds no good options. */
function finish(c: Candidate): Question | null {
  if (!c.options) return withId(c.question);
  const options = c.options();
  return options && withId({ ...c.question, options });
}
