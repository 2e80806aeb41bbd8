import { seededShuffle } from "../../questions/hash.ts";
import type { Quiz } from "../../questions/types.ts";
import { settingsOf } from "../quizzes/quiz-settings.ts";

/**
 * One student's order of the quiz: question ids, and per question its options in this student's
 * order (true/false keeps True, False). Texts rather than indexes, so applying an order twice, or
 * to a quiz a teacher has edited since, can never scramble it. Null when the quiz is not shuffled.
 */
export type AttemptOrder = { questions: string[]; options: Record<string, string[]> };

/** Whether the quiz shuffles per student: on unless the teacher turned it off. */
export const shuffles = (quiz: Quiz) => settingsOf(quiz).shuffle;

/**
 * The order an attempt sees, worked out from its id: the same on every device and every reload,
 * with nothing stored, while the quiz everyone downloads stays one cacheable copy. Grading never
 * depends on it (answers are option texts, and a match's rows keep their places).
 */
export function attemptOrder(attemptId: string, quiz: Quiz): AttemptOrder | null {
  if (!shuffles(quiz)) return null;
  const options: Record<string, string[]> = {};
  for (const q of quiz.questions) {
    if (!q.options || q.type === "truefalse") continue;
    options[q.id] = seededShuffle(q.options, `${attemptId}\u0000${q.id}`);
  }
  return {
    questions: seededShuffle(
      quiz.questions.map((q) => q.id),
      attemptId,
    ),
    options,
  };
}
