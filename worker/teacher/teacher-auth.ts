import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { bearerToken } from "../attempts/attempt-auth.ts";
import { ApiError } from "../http/errors.ts";
import { isId } from "../http/ids-and-bodies.ts";
import { limitWrongTeacherKeys } from "../http/rate-limit.ts";
import { builtinQuizId } from "../quizzes/builtin-quiz.ts";
import type { TeacherRefusal } from "../room/types.ts";
import { roomFor } from "../storage/rooms.ts";
import { hashTeacherKey } from "./teacher-key.ts";

/** Who may act as the quiz's teacher: the quiz and the hash of the key that was presented. */
export type TeacherClaims = { quizId: string; keyHash: string };

const refusals: Record<TeacherRefusal, () => ApiError> = {
  no_quiz: () => new ApiError(404, "quiz_not_found", "There is no quiz with that id."),
  not_editable: () =>
    new ApiError(
      403,
      "forbidden",
      "This quiz has no teacher key, so nobody can change it or see its results.",
    ),
  wrong_key: () =>
    new ApiError(
      403,
      "forbidden",
      "That is not this quiz's teacher key. Open the quiz from its teacher link.",
    ),
};

/** The 4xx for a key the QuizRoom refused. */
export const teacherRefusal = (reason: TeacherRefusal) => refusals[reason]();

/**
 * Checks `key` as the teacher key of `quizId` in the quiz's room; a wrong one also counts against
 * the address's wrong-key limit (a 429 past it). Returns the claims, or throws the refusal.
 */
export async function checkTeacherKey<E extends { Bindings: Env }>(
  c: Context<E>,
  quizId: string,
  key: string,
): Promise<TeacherClaims> {
  if (!isId(quizId)) throw refusals.no_quiz();
  if (quizId === builtinQuizId()) throw refusals.not_editable();
  const keyHash = await hashTeacherKey(key);
  const check = await roomFor(c.env.QUIZ_ROOM, quizId).checkTeacher(quizId, keyHash);
  if (check === "wrong_key") await limitWrongTeacherKeys(c);
  if (check !== "ok") throw teacherRefusal(check);
  return { quizId, keyHash };
}

/**
 * Lets a request through only with the teacher key of the `:id` quiz as `Authorization: Bearer
 * <key>`, checked by the quiz's QuizRoom against the stored hash, and puts the claims in
 * `c.var.teacher`. No key: 401. A wrong key, or a quiz nobody may edit: 403 (429 after
 * 10 wrong keys a minute from one address). No such quiz: 404.
 */
export const requireTeacher = createMiddleware<{
  Bindings: Env;
  Variables: { teacher: TeacherClaims };
}>(async (c, next) => {
  const key = bearerToken(c.req.header("authorization"));
  if (!key) {
    throw new ApiError(
      401,
      "unauthorized",
      "Send the quiz's teacher key as `Authorization: Bearer <key>` " +
        "(it is in the teacher link, after #key=).",
    );
  }
  c.set("teacher", await checkTeacherKey(c, c.req.param("id") ?? "", key));
  await next();
});
