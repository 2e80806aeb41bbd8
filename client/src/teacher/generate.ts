import type { ClientResponse } from "hono/client";
import { api, RequestError, send } from "../api";
import { rememberQuiz, type Settings, saveDraft } from "./my-quizzes";

/** The success body `send` resolves to for one endpoint's client method. */
type SentBody<M extends (...args: never[]) => Promise<ClientResponse<unknown>>> = Awaited<
  ReturnType<typeof send<Awaited<ReturnType<M>>>>
>;

/** The article-level API codes the engine's own refusals map to, so the form treats both alike. */
const ENGINE_CODES = {
  too_short: "article_too_short",
  too_long: "article_too_long",
  too_few_facts: "too_few_facts",
  not_english: "not_english",
} as const;

/**
 * Writes the questions in this browser, for a server that does not run the engine itself (the
 * free plan's CPU limit; the API answers `generate_in_browser`). The engine and its 1 MB language
 * model are a lazy chunk of their own, loaded only then: the play route and the create page
 * never carry them otherwise.
 */
async function questionsInBrowser(article: string, title: string, settings: Settings) {
  const engine = await import("../../../questions/index.ts");
  try {
    const quiz = engine.generateQuiz(article, {
      types: settings.types,
      title: title || undefined,
      ...(settings.count ? { count: settings.count } : {}),
    });
    return { questions: quiz.questions, alternates: quiz.alternates ?? [] };
  } catch (err) {
    if (err instanceof engine.QuizError)
      throw new RequestError(422, ENGINE_CODES[err.code], err.message);
    throw new RequestError(
      422,
      "generation_failed",
      "No quiz could be made from this article. Try another article.",
    );
  }
}

/**
 * Asks the API to generate and store a quiz (or, where the server asks for it, writes the
 * questions here and sends them with the article), then remembers it in this browser: its key
 * (for "My quizzes" and the teacher pages) and the article, settings and questions as written
 * (for "Regenerate"). `practiceOpen` lets students practise before playing (off by default: the
 * API then opens practice for each question once it is answered). Throws the API's `RequestError`.
 */
export async function generateQuiz(
  article: string,
  title: string,
  settings: Settings,
  practiceOpen = false,
) {
  const practice = practiceOpen ? "open" : "after-answering";
  const base = { article, practice, ...(title.trim() ? { title: title.trim() } : {}) } as const;
  let created: SentBody<typeof api.quizzes.$post>;
  try {
    created = await send(
      api.quizzes.$post({
        json: {
          ...base,
          ...(settings.count ? { count: settings.count } : {}),
          types: settings.types,
        },
      }),
    );
  } catch (err) {
    if (!(err instanceof RequestError) || err.code !== "generate_in_browser") throw err;
    const written = await questionsInBrowser(article, base.title ?? "", settings);
    created = await send(api.quizzes.$post({ json: { ...base, ...written } }));
  }
  rememberQuiz({
    id: created.id,
    key: created.teacherKey,
    title: created.quiz.title,
    created: new Date().toISOString(),
  });
  saveDraft(created.id, {
    article,
    settings,
    generated: { title: created.quiz.title, questions: created.quiz.questions },
  });
  return created;
}
