import { Hono } from "hono";
import { attemptOrder } from "../attempts/attempt-order.ts";
import { signAttemptToken } from "../attempts/tokens.ts";
import { ApiError } from "../http/errors.ts";
import { NewAttemptBody } from "../http/ids-and-bodies.ts";
import { limitAttemptCreation } from "../http/rate-limit.ts";
import { jsonBody } from "../http/validate.ts";
import { roomFor } from "../storage/rooms.ts";
import { quizOr404 } from "./quizzes.ts";

const refusals = {
  no_quiz: () => new ApiError(404, "quiz_not_found", "There is no quiz with that id."),
  draft: () =>
    new ApiError(
      409,
      "quiz_not_open",
      "This quiz is not open yet. Your teacher will open it soon.",
    ),
  closed: () => new ApiError(409, "quiz_closed", "This quiz is closed: it takes no new players."),
};

/**
 * Starting an attempt: a student gives a name (and the id their device keeps) and gets the
 * attempt's id and bearer token, the name shown for them (made distinct in the quiz) and whether
 * this attempt is practice (their scored one is behind them).
 */
export const attemptStartRoutes = new Hono<{ Bindings: Env }>().post(
  "/:id/attempts",
  jsonBody(NewAttemptBody),
  async (c) => {
    const { name, device } = c.req.valid("json");
    const { quiz } = await quizOr404(c.env, c.req.param("id"));
    await limitAttemptCreation(c, quiz.id);
    const attemptId = crypto.randomUUID();
    const started = await roomFor(c.env.QUIZ_ROOM, quiz.id).startAttempt(
      quiz.id,
      attemptId,
      name,
      device ?? null,
    );
    if (!started.ok) throw refusals[started.reason]();
    const token = await signAttemptToken(c.env.TOKEN_SECRET, { attemptId, quizId: quiz.id });
    return c.json(
      {
        attemptId,
        token,
        name: started.name,
        practice: started.practice,
        order: attemptOrder(attemptId, quiz),
      },
      201,
    );
  },
);
