import type { Quiz } from "../../questions/types.ts";
import { builtinQuizId } from "../quizzes/builtin-quiz.ts";

/**
 * Whether learning mode's `check` may reveal a question before the student has answered it in a
 * scored attempt: "open" (anyone practising alone) or "after-answering" (a teacher's quiz, whose
 * scores must mean something: no key to collect before playing).
 */
export type PracticePolicy = NonNullable<Quiz["practice"]>;

export const PRACTICE_POLICIES = [
  "open",
  "after-answering",
] as const satisfies readonly PracticePolicy[];

/**
 * A quiz's practice policy. A quiz that does not say is either the built-in one (open: nobody
 * owns its scores) or a teacher's quiz stored before the setting existed, which stays closed, so
 * a missing field never opens a key its teacher expected to stay shut.
 */
export function practiceOf(quiz: Quiz): PracticePolicy {
  return quiz.practice ?? (quiz.id === builtinQuizId() ? "open" : "after-answering");
}
