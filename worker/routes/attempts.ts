import { Hono } from "hono";
import { toPublicQuestion } from "../../questions/types.ts";
import { requireAttempt } from "../attempts/attempt-auth.ts";
import { ApiError } from "../http/errors.ts";
import { AnswerBody, isId } from "../http/ids-and-bodies.ts";
import { jsonBody } from "../http/validate.ts";
import { revealAnswer } from "../learn/reveal.ts";
import type { AnswerRefusal } from "../room/types.ts";
import { roomFor } from "../storage/rooms.ts";

const attemptNotFound = () => new ApiError(404, "attempt_not_found", "There is no such attempt.");

const refusals: Record<AnswerRefusal, () => ApiError> = {
  no_attempt: attemptNotFound,
  no_question: () =>
    new ApiError(404, "question_not_found", "This quiz has no question with that id."),
  finished: () =>
    new ApiError(409, "attempt_finished", "This attempt is finished; it takes no new answers."),
  wrong_shape: () =>
    new ApiError(
      400,
      "invalid_answer",
      "That answer does not fit the question: an option's text, or a list of every item.",
    ),
};

/** Playing an attempt; every route needs the attempt's bearer token (see `requireAttempt`). */
export const attemptRoutes = new Hono<{ Bindings: Env }>()
  .get("/:attemptId", requireAttempt, async (c) => {
    const { attemptId, quizId } = c.var.attempt;
    const attempt = await roomFor(c.env.QUIZ_ROOM, quizId).getAttempt(quizId, attemptId);
    if (!attempt) throw attemptNotFound();
    c.header("Cache-Control", "no-store");
    return c.json(attempt);
  })
  .put("/:attemptId/answers/:questionId", requireAttempt, jsonBody(AnswerBody), async (c) => {
    const { attemptId, quizId } = c.var.attempt;
    const questionId = c.req.param("questionId");
    if (!isId(questionId)) throw refusals.no_question();
    const { answer } = c.req.valid("json");
    const outcome = await roomFor(c.env.QUIZ_ROOM, quizId).answer(
      quizId,
      attemptId,
      questionId,
      answer,
    );
    if (!outcome.ok) throw refusals[outcome.reason]();
    c.header("Cache-Control", "no-store");
    return c.json(outcome.feedback);
  })
  // After a finished attempt the whole quiz may be studied: every question with its answer.
  .get("/:attemptId/review", requireAttempt, async (c) => {
    const { attemptId, quizId } = c.var.attempt;
    const room = roomFor(c.env.QUIZ_ROOM, quizId);
    const attempt = await room.getAttempt(quizId, attemptId);
    if (!attempt) throw attemptNotFound();
    if (!attempt.finished) {
      throw new ApiError(
        409,
        "attempt_not_finished",
        "Finish the quiz first: its answers are shown once the attempt is finished.",
      );
    }
    const quiz = await room.getQuiz(quizId);
    if (!quiz) throw attemptNotFound();
    const questions = quiz.questions.map((q) => ({ ...toPublicQuestion(q), ...revealAnswer(q) }));
    c.header("Cache-Control", "no-store");
    return c.json({ quizId, title: quiz.title, questions });
  })
  .post("/:attemptId/finish", requireAttempt, async (c) => {
    const { attemptId, quizId } = c.var.attempt;
    const result = await roomFor(c.env.QUIZ_ROOM, quizId).finish(quizId, attemptId);
    if (!result) throw attemptNotFound();
    c.header("Cache-Control", "no-store");
    return c.json(result);
  });
