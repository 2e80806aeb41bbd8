import { api, send } from "../api";
import { saveDraft, rememberQuiz, type Settings } from "./my-quizzes";

/**
 * Asks the API to generate and store a quiz, then remembers it in this browser: its key (for
 * "My quizzes" and the teacher pages) and the article, settings and generated quiz (for
 * "Regenerate" and the review screen). Throws the API's `RequestError`.
 */
export async function generateQuiz(article: string, title: string, settings: Settings) {
  const created = await send(
    api.quizzes.$post({
      json: {
        article,
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(settings.count ? { count: settings.count } : {}),
        types: settings.types,
      },
    }),
  );
  rememberQuiz({ id: created.id, key: created.teacherKey, title: created.quiz.title, created: new Date().toISOString() });
  saveDraft(created.id, { article, settings, generated: { title: created.quiz.title, questions: created.quiz.questions } });
  return created;
}
