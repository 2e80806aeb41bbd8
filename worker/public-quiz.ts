import { toPublicQuestion, type Article, type PublicQuestion, type Quiz } from "../questions/types.ts";

/** A quiz as a student gets it before playing: the article and the questions, never the answers. */
export type PublicQuiz = { id: string; title: string; article: Article; questions: PublicQuestion[] };

export function toPublicQuiz(quiz: Quiz): PublicQuiz {
  return {
    id: quiz.id,
    title: quiz.title,
    article: { paragraphs: quiz.article.paragraphs },
    questions: quiz.questions.map(toPublicQuestion),
  };
}
