import type { Quiz } from "../../questions/types.ts";
import { roomFor } from "../storage/rooms.ts";
import { hashTeacherKey, newTeacherKey } from "../teacher/teacher-key.ts";
import { sealQuiz } from "./quiz-seed.ts";
import type { StoredQuiz } from "./quiz-settings.ts";

/**
 * Stores a new teacher's quiz under a random id, its questions re-keyed by a fresh secret seed
 * (`sealQuiz`), as a draft, with a fresh teacher key; returns both. The key exists only in this
 * response, the rooms keep its SHA-256. Claiming an id is atomic in the id's QuizRoom; a clash of
 * 80 random bits is only ever retried.
 */
export async function storeTeacherQuiz(
  env: Env,
  quiz: Quiz,
): Promise<{ quiz: StoredQuiz; teacherKey: string }> {
  const teacherKey = newTeacherKey();
  const keyHash = await hashTeacherKey(teacherKey);
  for (let tries = 0; tries < 3; tries++) {
    const stored = await sealQuiz(quiz);
    if (await roomFor(env.QUIZ_ROOM, stored.id).createQuiz(stored, keyHash))
      return { quiz: stored, teacherKey };
  }
  throw new Error("no free quiz id after three random draws");
}
