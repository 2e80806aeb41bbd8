import type { Quiz } from "../../questions/types.ts";
import { putQuiz } from "../storage/quizzes.ts";
import { roomFor } from "../storage/rooms.ts";

/**
 * Stores a quiz so it is playable at once: first in its QuizRoom (strongly consistent, the source
 * of truth for grading), then in KV (cached at the edge for reads, which may lag a minute).
 */
export async function publishQuiz(
  env: Env,
  quiz: Quiz,
  options: { listed: boolean },
): Promise<void> {
  await roomFor(env.QUIZ_ROOM, quiz.id).storeQuiz(quiz);
  await putQuiz(env.QUIZZES, quiz, options.listed);
}
