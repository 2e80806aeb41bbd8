import { type Context, Hono } from "hono";
import { bearerToken } from "../attempts/attempt-auth.ts";
import { ApiError } from "../http/errors.ts";
import { isId } from "../http/ids-and-bodies.ts";
import { jsonHeaders, jsonText } from "../http/json-text.ts";
import { builtinQuizId, ensureBuiltinQuiz } from "../quizzes/builtin-quiz.ts";
import type { PublicQuiz } from "../quizzes/public-quiz.ts";
import { type LoadedQuiz, loadQuiz, rememberQuiz } from "../quizzes/quiz-cache.ts";
import { settingsOf } from "../quizzes/quiz-settings.ts";
import { listQuizzes, type QuizSummary } from "../storage/quizzes.ts";
import { roomFor } from "../storage/rooms.ts";
import { checkTeacherKey } from "../teacher/teacher-auth.ts";

/** Browsers and shared caches may keep a quiz a minute, then revalidate with its ETag. */
const QUIZ_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";

/**
 * Each cached quiz's response headers, built once (the cache entry is replaced when the quiz
 * changes).
 */
const responseHeaders = new WeakMap<LoadedQuiz, [string, string][]>();

function headersFor(found: LoadedQuiz): [string, string][] {
  let headers = responseHeaders.get(found);
  if (!headers) {
    headers = jsonHeaders({ "Cache-Control": QUIZ_CACHE_CONTROL, ETag: found.etag });
    responseHeaders.set(found, headers);
  }
  return headers;
}

/**
 * The quiz `id` or a 404; ids that cannot exist never reach storage. The built-in quiz is stored on
 * first need.
 */
export async function quizOr404(env: Env, id: string) {
  if (id === builtinQuizId()) await ensureBuiltinQuiz(env);
  const found = isId(id) ? await loadQuiz(env, id) : null;
  if (!found) throw new ApiError(404, "quiz_not_found", "There is no quiz with that id.");
  return found;
}

/**
 * A draft is shown only to its teacher (a preview, with the teacher key); its students' link says
 * "not open yet" until the teacher publishes it. The client asks again every few seconds.
 */
async function teacherPreview(c: Context<{ Bindings: Env }>, quizId: string): Promise<void> {
  const key = bearerToken(c.req.header("authorization"));
  if (!key) {
    c.header("Retry-After", "10");
    c.header("Cache-Control", "no-store");
    throw new ApiError(
      403,
      "quiz_not_open",
      "This quiz is not open yet. Your teacher will open it soon; this page will start it then.",
    );
  }
  await checkTeacherKey(c, quizId, key);
}

/** The listed quizzes, the built-in one first and always there, even while KV's listing lags. */
async function homeQuizzes(env: Env): Promise<QuizSummary[]> {
  const builtinId = await ensureBuiltinQuiz(env);
  const listed = await listQuizzes(env.QUIZZES);
  const others = listed.filter((q) => q.id !== builtinId);
  const { quiz } = await quizOr404(env, builtinId);
  return [{ id: quiz.id, title: quiz.title, questionCount: quiz.questions.length }, ...others];
}

/** Reading quizzes: the listing and one quiz without its answers. */
export const quizRoutes = new Hono<{ Bindings: Env }>()
  .get("/", async (c) => {
    c.header("Cache-Control", "public, max-age=30");
    return c.json(await homeQuizzes(c.env));
  })
  .get("/:id", async (c) => {
    let found = await quizOr404(c.env, c.req.param("id"));
    if (settingsOf(found.quiz).status === "draft") {
      // This copy may be a minute old: the room knows whether the teacher has published since.
      const current = await roomFor(c.env.QUIZ_ROOM, found.quiz.id).getQuiz(found.quiz.id);
      if (current && settingsOf(current).status !== "draft") found = await rememberQuiz(current);
      else {
        await teacherPreview(c, found.quiz.id);
        return jsonText<PublicQuiz>(found.publicJson, jsonHeaders({ "Cache-Control": "no-store" }));
      }
    }
    const headers = { "Cache-Control": QUIZ_CACHE_CONTROL, ETag: found.etag };
    // A plain Response, so the typed client sees only the 200 (browsers turn a 304 into it anyway).
    if (c.req.header("if-none-match") === found.etag)
      // biome-ignore lint/plugin: `never` keeps the 304 out of the typed responses (hc<AppType>())
      return new Response(null, { status: 304, headers }) as never;
    return jsonText<PublicQuiz>(found.publicJson, headersFor(found));
  });
