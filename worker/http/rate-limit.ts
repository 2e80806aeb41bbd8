import type { Context } from "hono";
import { ApiError } from "./errors.ts";

/**
 * Who is asking, for rate limiting: Cloudflare's `CF-Connecting-IP` (always set at the edge, and
 * not forgeable there). Without it (local tools, tests) requests share one bucket.
 */
export function clientKey(c: Context): string {
  return c.req.header("cf-connecting-ip")?.trim() || "local";
}

/**
 * What a refused client is told to wait, in seconds; clients add jitter so a class does not retry
 * in step.
 */
export const ATTEMPT_RETRY_AFTER_S = 10;

/**
 * Refuses with a 429 when this address started too many attempts at this quiz lately
 * (`ATTEMPT_LIMITER`, keyed by quiz and address): a class behind one address fits, and a flood
 * spends only its own address's budget on its own quiz.
 */
export async function limitAttemptCreation(
  c: Context<{ Bindings: Env }>,
  quizId: string,
): Promise<void> {
  const { success } = await c.env.ATTEMPT_LIMITER.limit({ key: `${quizId}:${clientKey(c)}` });
  if (!success) {
    c.header("Retry-After", String(ATTEMPT_RETRY_AFTER_S));
    throw new ApiError(
      429,
      "rate_limited",
      "Many students are joining from your network. Joining again in a few seconds…",
    );
  }
}

/**
 * Counts a wrong teacher key from this address (`TEACHER_KEY_LIMITER`); past the limit the
 * refusal is a 429 instead of a 403, so guessing keys is slowed to a crawl.
 */
export async function limitWrongTeacherKeys<E extends { Bindings: Env }>(
  c: Context<E>,
): Promise<void> {
  const { success } = await c.env.TEACHER_KEY_LIMITER.limit({ key: clientKey(c) });
  if (!success) {
    c.header("Retry-After", "60");
    throw new ApiError(
      429,
      "rate_limited",
      "Too many wrong teacher keys from your network. " +
        "Wait a minute and open the quiz from its teacher link.",
    );
  }
}

/**
 * Refuses with a 429 when this client created too many quizzes lately (`CREATE_LIMITER`): writing
 * a quiz costs the engine's CPU and a KV write, and a teacher makes a few quizzes, not hundreds.
 */
export async function limitQuizCreation(c: Context<{ Bindings: Env }>): Promise<void> {
  const { success } = await c.env.CREATE_LIMITER.limit({ key: clientKey(c) });
  if (!success) {
    c.header("Retry-After", "60");
    throw new ApiError(
      429,
      "rate_limited",
      "Too many new quizzes from your network. Wait a minute and try again.",
    );
  }
}
