import type { Quiz } from "../../questions/types.ts";
import { builtinQuizId } from "./builtin-quiz.ts";
import { roomFor } from "../storage/rooms.ts";
import { hashTeacherKey, newTeacherKey } from "../teacher/teacher-key.ts";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"; // the engine's base32, so suffixed ids look alike

/** `-` and 8 random base32 characters (40 bits): enough that two teachers never draw the same. */
function randomSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `-${[...bytes].map((b) => ALPHABET[b & 31]).join("")}`;
}

/**
 * Ids to try for a new teacher quiz, in order: the engine's content id when it is free, else the
 * content id with a random suffix. The built-in article's id is never handed to a teacher.
 */
function candidateIds(contentId: string): string[] {
  const suffixed = Array.from({ length: 3 }, () => contentId + randomSuffix());
  return contentId === builtinQuizId() ? suffixed : [contentId, ...suffixed];
}

/**
 * Stores a new teacher's quiz under the first free id and a fresh teacher key, and returns both;
 * the key exists only in this response, the rooms keep its SHA-256. Claiming an id is atomic in
 * the id's QuizRoom, so two teachers posting the same article at once still get two quizzes.
 */
export async function storeTeacherQuiz(env: Env, quiz: Quiz): Promise<{ quiz: Quiz; teacherKey: string }> {
  const teacherKey = newTeacherKey();
  const keyHash = await hashTeacherKey(teacherKey);
  for (const id of candidateIds(quiz.id)) {
    const stored: Quiz = { ...quiz, id };
    if (await roomFor(env.QUIZ_ROOM, id).createQuiz(stored, keyHash)) return { quiz: stored, teacherKey };
  }
  throw new Error(`no free quiz id for ${quiz.id}`);
}
