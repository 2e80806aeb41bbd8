import { generateQuiz } from "../../../questions/index.ts";
import type { Question, Quiz } from "../../../questions/types.ts";

/**
 * The engine's quiz for an article with a question of every type the article supports (a default
 * quiz holds only the best few, often of two or three types), for tests that need each type.
 * The engine's alternates come along, as a teacher's stored quiz keeps them.
 */
export function everyTypeQuiz(article: string): Quiz {
  const base = generateQuiz(article);
  const seen = new Set<string>();
  const questions: Question[] = [];
  for (const type of ["choice", "truefalse", "fill", "numeric", "match", "order"] as const) {
    let got: Question[] = [];
    try {
      got = generateQuiz(article, {
        types: [type],
        count: type === "match" || type === "order" ? 1 : 2,
      }).questions;
    } catch {
      // an article without a question of this type
    }
    for (const q of got) if (!seen.has(q.id)) seen.add(q.id) && questions.push(q);
  }
  return { ...base, questions };
}
