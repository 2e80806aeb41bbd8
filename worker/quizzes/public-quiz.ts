import {
  type Article,
  type PublicQuestion,
  type Quiz,
  toPublicQuestion,
} from "../../questions/types.ts";
import { type PracticePolicy, practiceOf } from "../learn/practice-policy.ts";
import { type QuizSettings, settingsOf } from "./quiz-settings.ts";

/**
 * A quiz as a student gets it before playing: the article and the questions, never the answers,
 * its practice policy (not secret: it lets learning mode say up front when practice opens) and
 * whether it is open or closed (a closed quiz can still be studied, not played).
 */
export type PublicQuiz = {
  id: string;
  title: string;
  article: Article;
  questions: PublicQuestion[];
  practice: PracticePolicy;
  status: QuizSettings["status"];
};

export function toPublicQuiz(quiz: Quiz): PublicQuiz {
  return {
    id: quiz.id,
    title: quiz.title,
    article: { paragraphs: quiz.article.paragraphs },
    questions: quiz.questions.map(toPublicQuestion),
    practice: practiceOf(quiz),
    status: settingsOf(quiz).status,
  };
}
