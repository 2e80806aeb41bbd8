import { createMiddleware } from "hono/factory";
import { ApiError } from "./errors.ts";
import { verifyAttemptToken, type AttemptClaims } from "./tokens.ts";

/** The bearer token from `Authorization: Bearer <token>`, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? "");
  return match ? match[1]! : null;
}

/**
 * Lets a request through only with a genuine token for the `:attemptId` in its path, and puts the
 * token's claims (attempt and quiz) in `c.var.attempt`. No token or a bad one: 401. A genuine
 * token for another attempt: 403.
 */
export const requireAttempt = createMiddleware<{
  Bindings: Env;
  Variables: { attempt: AttemptClaims };
}>(async (c, next) => {
  const token = bearerToken(c.req.header("authorization"));
  if (!token) throw new ApiError(401, "unauthorized", "Send the attempt's token as `Authorization: Bearer <token>`.");
  const claims = await verifyAttemptToken(c.env.TOKEN_SECRET, token);
  if (!claims) throw new ApiError(401, "unauthorized", "That attempt token is not valid.");
  if (claims.attemptId !== c.req.param("attemptId")) {
    throw new ApiError(403, "forbidden", "That token belongs to another attempt.");
  }
  c.set("attempt", claims);
  await next();
});
