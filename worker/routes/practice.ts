import { Hono } from "hono";
import { presentedAttempt, tokenRefusal } from "../attempts/attempt-auth.ts";
import type { AttemptClaims } from "../attempts/tokens.ts";
import { ApiError } from "../http/errors.ts";
import { AnswerBody, isId } from "../http/ids-and-bodies.ts";
import { jsonBody } from "../http/validate.ts";
import { checkAnswer } from "../learn/reveal.ts";
import type { PracticeLookup } from "../room/types.ts";
import { roomFor } from "../storage/rooms.ts";
import { quizOr404 } from "./quizzes.ts";

const noQuestion = () =>
  new ApiError(404, "question_not_found", "This quiz has no question with that id.");
const noQuiz = () => new ApiError(404, "quiz_not_found", "There is no quiz with that id.");

/**
 * On an "after-answering" quiz a question is revealed only to an attempt of this quiz that has
 * answered it, or has finished; anything else is refused before grading, so nothing leaks.
 */
function refuseLocked(
  found: Extract<PracticeLookup, { ok: true }>,
  presented: AttemptClaims | "missing" | "invalid",
  quizId: string,
) {
  if (found.practice === "open") return;
  if (presented === "missing") {
    throw new ApiError(
      401,
      "unauthorized",
      "Practice on this quiz opens after you play it: " +
        "send your attempt's token as `Authorization: Bearer <token>`.",
    );
  }
  if (presented === "invalid") throw tokenRefusal.invalid();
  if (presented.quizId !== quizId)
    throw new ApiError(403, "forbidden", "That token belongs to an attempt at another quiz.");
  if (found.attempt === "unknown")
    throw new ApiError(404, "attempt_not_found", "There is no such attempt.");
  if (found.attempt !== "answered" && found.attempt !== "finished") {
    throw new ApiError(
      403,
      "play_first",
      "Answer this question in the quiz first; " +
        "practice opens for each question once you have answered it.",
    );
  }
}

/**
 * Practice: a stateless check of one answer, for learning mode. Nothing is stored and nothing
 * reaches a leaderboard; the answer is revealed because the student answered this question, and
 * on an "after-answering" quiz only once their scored attempt has answered it too.
 */
export const practiceRoutes = new Hono<{ Bindings: Env }>().post(
  "/:id/questions/:questionId/check",
  jsonBody(AnswerBody),
  async (c) => {
    const questionId = c.req.param("questionId");
    // Unknown quizzes are refused from the isolate's cache; the question, the policy and the
    // attempt's answers then come from the room, the copy scored answers are graded against, so a
    // teacher's correction or change of policy applies at once.
    const { quiz } = await quizOr404(c.env, c.req.param("id"));
    if (!isId(questionId)) throw noQuestion();
    const presented = await presentedAttempt(c.env.TOKEN_SECRET, c.req.header("authorization"));
    const attemptId =
      typeof presented === "object" && presented.quizId === quiz.id ? presented.attemptId : null;
    const found = await roomFor(c.env.QUIZ_ROOM, quiz.id).practiceQuestion(
      quiz.id,
      questionId,
      attemptId,
    );
    if (!found.ok) throw found.reason === "no_quiz" ? noQuiz() : noQuestion();
    refuseLocked(found, presented, quiz.id);
    const checked = checkAnswer(found.question, c.req.valid("json").answer);
    if (!checked) {
      throw new ApiError(
        400,
        "invalid_answer",
        "That answer does not fit the question: an option's text, or a list of every item.",
      );
    }
    c.header("Cache-Control", "no-store");
    return c.json(checked);
  },
);
