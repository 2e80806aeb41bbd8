import { type Context, Hono } from "hono";
import { ApiError } from "../http/errors.ts";
import { isId } from "../http/ids-and-bodies.ts";
import { limitQuizCreation } from "../http/rate-limit.ts";
import { jsonBody, queryParams } from "../http/validate.ts";
import { practiceOf } from "../learn/practice-policy.ts";
import { newQuiz } from "../quizzes/create-quiz.ts";
import { NewQuizBody, QuizEditBody, ResultsQuery } from "../quizzes/quiz-bodies.ts";
import { rememberQuiz } from "../quizzes/quiz-cache.ts";
import { SettingsPatch, settingsOf, teacherView } from "../quizzes/quiz-settings.ts";
import { storeTeacherQuiz } from "../quizzes/store-teacher-quiz.ts";
import { roomFor } from "../storage/rooms.ts";
import { summarizeResults } from "../teacher/results.ts";
import { csvDisposition, resultsCsv, resultsCsvLong } from "../teacher/results-csv.ts";
import { requireTeacher, type TeacherClaims, teacherRefusal } from "../teacher/teacher-auth.ts";

/** Whether this Worker may run the engine in a request (the paid plan's CPU; see README). */
const generatesHere = (env: Env) => String(env.GENERATE_IN_WORKER) !== "false";

/** DELETE (removed true) or restore (false) an attempt, for the quiz's teacher. */
async function removal(
  c: Context<{ Bindings: Env; Variables: { teacher: TeacherClaims } }>,
  removed: boolean,
) {
  const { quizId, keyHash } = c.var.teacher;
  const attemptId = c.req.param("attemptId") ?? "";
  const outcome = isId(attemptId)
    ? await roomFor(c.env.QUIZ_ROOM, quizId).removeAttempt(quizId, keyHash, attemptId, removed)
    : "no_attempt";
  if (outcome === "no_attempt")
    throw new ApiError(404, "attempt_not_found", "This quiz has no attempt with that id.");
  if (outcome !== "ok") throw teacherRefusal(outcome);
  c.header("Cache-Control", "no-store");
  return c.json({ attemptId, removed });
}

const playUrl = (origin: string, id: string) => `${origin}/q/${id}`;

/** A teacher's side of a quiz: create it, review and edit it with its key, read its results. */
export const teacherRoutes = new Hono<{ Bindings: Env }>()
  .post("/", jsonBody(NewQuizBody), async (c) => {
    const body = c.req.valid("json");
    await limitQuizCreation(c);
    const { quiz, teacherKey } = await storeTeacherQuiz(c.env, newQuiz(body, generatesHere(c.env)));
    void rememberQuiz(quiz);
    const origin = new URL(c.req.url).origin;
    c.header("Cache-Control", "no-store");
    return c.json(
      {
        id: quiz.id,
        url: playUrl(origin, quiz.id),
        teacherUrl: `${origin}/t/${quiz.id}#key=${teacherKey}`,
        teacherKey,
        quiz: teacherView(quiz),
        alternates: quiz.alternates ?? [],
      },
      201,
    );
  })
  .get("/:id/review", requireTeacher, async (c) => {
    const { quizId } = c.var.teacher;
    const quiz = await roomFor(c.env.QUIZ_ROOM, quizId).getQuiz(quizId);
    if (!quiz) throw teacherRefusal("no_quiz");
    c.header("Cache-Control", "no-store");
    // A quiz stored before the setting existed shows the policy it has (see `practiceOf`).
    return c.json({
      id: quiz.id,
      url: playUrl(new URL(c.req.url).origin, quiz.id),
      quiz: { ...teacherView(quiz), practice: practiceOf(quiz) },
    });
  })
  .put("/:id", requireTeacher, jsonBody(QuizEditBody), async (c) => {
    const { quizId, keyHash } = c.var.teacher;
    const outcome = await roomFor(c.env.QUIZ_ROOM, quizId).editQuiz(
      quizId,
      keyHash,
      c.req.valid("json"),
    );
    if (!outcome.ok) {
      if (outcome.reason === "invalid")
        throw new ApiError(400, "invalid_questions", outcome.message);
      throw teacherRefusal(outcome.reason);
    }
    void rememberQuiz(outcome.quiz);
    c.header("Cache-Control", "no-store");
    return c.json({ quiz: teacherView(outcome.quiz) });
  })
  .patch("/:id", requireTeacher, jsonBody(SettingsPatch), async (c) => {
    const { quizId, keyHash } = c.var.teacher;
    const outcome = await roomFor(c.env.QUIZ_ROOM, quizId).updateSettings(
      quizId,
      keyHash,
      c.req.valid("json"),
    );
    if (!outcome.ok)
      throw teacherRefusal(outcome.reason === "invalid" ? "no_quiz" : outcome.reason);
    void rememberQuiz(outcome.quiz);
    c.header("Cache-Control", "no-store");
    return c.json({ settings: settingsOf(outcome.quiz) });
  })
  // Removing an attempt keeps its rows, so it can be undone at any time with the restore route.
  .delete("/:id/attempts/:attemptId", requireTeacher, async (c) => removal(c, true))
  .post("/:id/attempts/:attemptId/restore", requireTeacher, async (c) => removal(c, false))
  .get("/:id/results", requireTeacher, queryParams(ResultsQuery), async (c) => {
    const { format, layout } = c.req.valid("query");
    const { quizId, keyHash } = c.var.teacher;
    const outcome = await roomFor(c.env.QUIZ_ROOM, quizId).results(quizId, keyHash);
    if (!outcome.ok) throw teacherRefusal(outcome.reason);
    const results = summarizeResults(outcome.results);
    c.header("Cache-Control", "no-store");
    if (format === "csv") {
      const headers = {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": csvDisposition(results.title),
      };
      const csv = layout === "long" ? resultsCsvLong : resultsCsv;
      return c.body(csv(outcome.results.quiz, results), 200, headers);
    }
    return c.json(results);
  });
