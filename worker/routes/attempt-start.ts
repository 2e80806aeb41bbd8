import { Hono } from "hono";
import { ApiError } from "../http/errors.ts";
import { limitAttemptCreation } from "../http/rate-limit.ts";
import { NewAttemptBody } from "../http/ids-and-bodies.ts";
import { roomFor } from "../storage/rooms.ts";
import { signAttemptToken } from "../attempts/tokens.ts";
import { jsonBody } from "../http/validate.ts";
import { attemptOrder } from "../attempts/attempt-order.ts";
import { quizOr404 } from "./quizzes.ts";

/** Starting an attempt: a student gives a name and gets the attempt's id and bearer token. */
export const attemptStartRoutes = new Hono<{ Bindings: Env }>().post(
  "/:id/attempts",
  jsonBody(NewAttemptBody),
  async (c) => {
    const { name } = c.req.valid("json");
    await limitAttemptCreation(c);
    const { quiz } = await quizOr404(c.env, c.req.param("id"));
    const attemptId = crypto.randomUUID();
    const started = await roomFor(c.env.QUIZ_ROOM, quiz.id).startAttempt(quiz.id, attemptId, name);
    if (!started) throw new ApiError(404, "quiz_not_found", "There is no quiz with that id.");
    const token = await signAttemptToken(c.env.TOKEN_SECRET, { attemptId, quizId: quiz.id });
    return c.json({ attemptId, token, order: attemptOrder(attemptId, quiz) }, 201);
  },
);
