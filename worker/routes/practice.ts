import { Hono } from "hono";
import { ApiError } from "../errors.ts";
import { checkAnswer } from "../learn/reveal.ts";
import { AnswerBody, isId } from "../schemas.ts";
import { roomFor } from "../storage/rooms.ts";
import { jsonBody } from "../validate.ts";
import { quizOr404 } from "./quizzes.ts";

const noQuestion = () => new ApiError(404, "question_not_found", "This quiz has no question with that id.");

/**
 * Practice: a stateless check of one answer, for learning mode. Nothing is stored and nothing
 * reaches a leaderboard; the answer is revealed because the student answered this question.
 */
export const practiceRoutes = new Hono<{ Bindings: Env }>().post(
  "/:id/questions/:questionId/check",
  jsonBody(AnswerBody),
  async (c) => {
    const questionId = c.req.param("questionId");
    // Unknown quizzes are refused from the isolate's cache; grading then uses the room's copy,
    // the one scored answers are graded against, so a teacher's correction applies at once.
    const { quiz } = await quizOr404(c.env, c.req.param("id"));
    if (!isId(questionId)) throw noQuestion();
    const current = await roomFor(c.env.QUIZ_ROOM, quiz.id).getQuiz(quiz.id);
    const question = (current ?? quiz).questions.find((q) => q.id === questionId);
    if (!question) throw noQuestion();
    const checked = checkAnswer(question, c.req.valid("json").answer);
    if (!checked) {
      throw new ApiError(400, "invalid_answer", "That answer does not fit the question: an option's text, or a list of every item.");
    }
    c.header("Cache-Control", "no-store");
    return c.json(checked);
  },
);
