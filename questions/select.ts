import { normalizeCached } from "./grade.ts";
import type { Question, QuestionType } from "./types.ts";
import type { Candidate } from "./write.ts";

export const ALL_TYPES: QuestionType[] = ["choice", "truefalse", "fill", "numeric", "match", "order"];

/** Below this a candidate is too shaky to show a teacher. */
export const MIN_SCORE = 0.75;

/** The answer text must not stand in the prompt (a surname counts for a person). */
export function givesAnswerAway(q: Question): boolean {
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
  for (const list of byType.values()) list.sort((a, b) => b.score - a.score || a.sentence - b.sentence || a.question.id.localeCompare(b.question.id));
  const chosen: Candidate[] = [];
  const usedFact = new Set<string>();
  const perSentence = new Map<number, number>();
  const prompts = new Set<string>();
  // No more than a fifth of the quiz (at least 3) opens the same way ("Who said", "Who is").
  const shapes = new Map<string, number>();
  const shapeCap = Math.max(3, Math.ceil(count / 5));
  const shapeOf = (q: Question) => (q.type === "match" || q.type === "order" ? q.type : `${q.type === "truefalse" ? "tf" : "q"}:${q.prompt.split(" ").slice(0, q.type === "truefalse" ? 4 : 2).join(" ").toLowerCase()}`);
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
        shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
        chosen.push(c);
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
  return chosen
    .sort((a, b) => (a.sentence < 0 ? 1e9 : a.sentence) - (b.sentence < 0 ? 1e9 : b.sentence) || ALL_TYPES.indexOf(a.question.type) - ALL_TYPES.indexOf(b.question.type))
    .map((c) => c.question);
}
