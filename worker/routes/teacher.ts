import { Hono } from "hono";
import { newQuiz } from "../create-quiz.ts";
import { ApiError } from "../errors.ts";
import { practiceOf } from "../learn/practice-policy.ts";
import { rememberQuiz } from "../quiz-cache.ts";
import { NewQuizBody, QuizEditBody, ResultsQuery } from "../quiz-schemas.ts";
import { limitQuizCreation } from "../rate-limit.ts";
import { csvDisposition, resultsCsv } from "../results-csv.ts";
import { summarizeResults } from "../results.ts";
import { roomFor } from "../storage/rooms.ts";
import { storeTeacherQuiz } from "../store-teacher-quiz.ts";
import { requireTeacher, teacherRefusal } from "../teacher-auth.ts";
import { jsonBody, queryParams } from "../validate.ts";

/** Whether this Worker may run the engine in a request (the paid plan's CPU; see README). */
const generatesHere = (env: Env) => String(env.GENERATE_IN_WORKER) !== "false";

const playUrl = (origin: string, id: string) => `${origin}/q/${id}`;

/** A teacher's side of a quiz: create it, review and edit it with its key, read its results. */
export const teacherRoutes = new Hono<{ Bindings: Env }>()
  .post("/", jsonBody(NewQuizBody), async (c) => {
    const body = c.req.valid("json");
    await limitQuizCreation(c);
    // The alternates go back to the teacher in this reply only; the stored quiz never holds them.
    const { alternates, ...made } = newQuiz(body, generatesHere(c.env));
    const { quiz, teacherKey } = await storeTeacherQuiz(c.env, made);
    rememberQuiz(quiz);
    const origin = new URL(c.req.url).origin;
    c.header("Cache-Control", "no-store");
    return c.json(
      { id: quiz.id, url: playUrl(origin, quiz.id), teacherUrl: `${origin}/t/${quiz.id}#key=${teacherKey}`, teacherKey, quiz: alternates ? { ...quiz, alternates } : quiz },
      201,
    );
  })
  .get("/:id/review", requireTeacher, async (c) => {
    const { quizId } = c.var.teacher;
    const quiz = await roomFor(c.env.QUIZ_ROOM, quizId).getQuiz(quizId);
    if (!quiz) throw teacherRefusal("no_quiz");
    c.header("Cache-Control", "no-store");
    // A quiz stored before the setting existed shows the policy it has (see `practiceOf`).
    return c.json({ id: quiz.id, url: playUrl(new URL(c.req.url).origin, quiz.id), quiz: { ...quiz, practice: practiceOf(quiz) } });
  })
  .put("/:id", requireTeacher, jsonBody(QuizEditBody), async (c) => {
    const { quizId, keyHash } = c.var.teacher;
    const outcome = await roomFor(c.env.QUIZ_ROOM, quizId).editQuiz(quizId, keyHash, c.req.valid("json"));
    if (!outcome.ok) {
      if (outcome.reason === "invalid") throw new ApiError(400, "invalid_questions", outcome.message);
      throw teacherRefusal(outcome.reason);
    }
    rememberQuiz(outcome.quiz);
    c.header("Cache-Control", "no-store");
    return c.json({ quiz: outcome.quiz });
  })
  .get("/:id/results", requireTeacher, queryParams(ResultsQuery), async (c) => {
    const { format } = c.req.valid("query");
    const { quizId, keyHash } = c.var.teacher;
    const outcome = await roomFor(c.env.QUIZ_ROOM, quizId).results(quizId, keyHash);
    if (!outcome.ok) throw teacherRefusal(outcome.reason);
    const results = summarizeResults(outcome.results);
    c.header("Cache-Control", "no-store");
    if (format === "csv") {
      const headers = { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": csvDisposition(results.title) };
      return c.body(resultsCsv(outcome.results.quiz, results), 200, headers);
    }
    return c.json(results);
  });
