import type { Context } from "hono";
import { ApiError } from "./errors.ts";

/**
 * Who is asking, for rate limiting: Cloudflare's `CF-Connecting-IP` (always set at the edge, and
 * not forgeable there). Without it (local tools, tests) requests share one bucket.
 */
export function clientKey(c: Context): string {
  return c.req.header("cf-connecting-ip")?.trim() || "local";
}

/** Refuses with a 429 when this client started too many attempts lately (`ATTEMPT_LIMITER`). */
export async function limitAttemptCreation(c: Context<{ Bindings: Env }>): Promise<void> {
  const { success } = await c.env.ATTEMPT_LIMITER.limit({ key: clientKey(c) });
  if (!success) {
    c.header("Retry-After", "60");
    throw new ApiError(429, "rate_limited", "Too many new attempts from your network. Wait a minute and try again.");
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
    throw new ApiError(429, "rate_limited", "Too many new quizzes from your network. Wait a minute and try again.");
  }
}
