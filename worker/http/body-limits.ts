import type { Context, Next } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ApiError } from "./errors.ts";

/** Request bodies larger than this are refused with a 413 before anything reads them. */
export const MAX_BODY_BYTES = 16 * 1024;

/**
 * POST /api/quizzes: an article of up to 100,000 characters (up to 300 KB of UTF-8 in a
 * non-Latin script, a little more with JSON escapes) and the questions written for it.
 */
export const MAX_NEW_QUIZ_BYTES = 512 * 1024;

/**
 * PUT /api/quizzes/:id: up to 30 reviewed questions with their evidence (28 engine questions
 * measure 17 KB).
 */
export const MAX_QUIZ_EDIT_BYTES = 128 * 1024;

const limit = (maxSize: number) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError(
        413,
        "too_large",
        `Request bodies here are limited to ${maxSize / 1024} KB.`,
      );
    },
  });

const small = limit(MAX_BODY_BYTES);
const newQuiz = limit(MAX_NEW_QUIZ_BYTES);
const quizEdit = limit(MAX_QUIZ_EDIT_BYTES);

const QUIZ_PATH = /^\/api\/quizzes\/[^/]+$/;

/**
 * The body limit by route: the two teacher routes that carry a quiz get room for it, every other
 * route 16 KB. GET and HEAD carry no body; skipping them spares the hot read path bodyLimit's
 * stream check, which in workerd costs more than the whole quiz handler (see `npm run bench`).
 */
export function limitBodies(c: Context, next: Next) {
  const { method, path } = c.req;
  if (method === "GET" || method === "HEAD") return next();
  if (method === "POST" && path === "/api/quizzes") return newQuiz(c, next);
  if (method === "PUT" && QUIZ_PATH.test(path)) return quizEdit(c, next);
  return small(c, next);
}
