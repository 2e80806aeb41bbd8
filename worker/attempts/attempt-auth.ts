import { createMiddleware } from "hono/factory";
import { ApiError } from "../http/errors.ts";
import { type AttemptClaims, verifyAttemptToken } from "./tokens.ts";

/** The bearer token from `Authorization: Bearer <token>`, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? "");
  return match ? match[1]! : null;
}

/**
 * The attempt token a request presents: its claims when genuine, "missing" without one, "invalid"
 * for anything forged, altered or malformed.
 */
export async function presentedAttempt(
  secret: string,
  header: string | undefined,
): Promise<AttemptClaims | "missing" | "invalid"> {
  const token = bearerToken(header);
  if (!token) return "missing";
  return (await verifyAttemptToken(secret, token)) ?? "invalid";
}

/** The 401s every attempt-token check shares, so the words never drift between routes. */
export const tokenRefusal = {
  missing: () =>
    new ApiError(
      401,
      "unauthorized",
      "Send the attempt's token as `Authorization: Bearer <token>`.",
    ),
  invalid: () => new ApiError(401, "unauthorized", "That attempt token is not valid."),
};

/**
 * Lets a request through only with a genuine token for the `:attemptId` in its path, and puts the
 * token's claims (attempt and quiz) in `c.var.attempt`. No token or a bad one: 401. A genuine
 * token for another attempt: 403.
 */
export const requireAttempt = createMiddleware<{
  Bindings: Env;
  Variables: { attempt: AttemptClaims };
}>(async (c, next) => {
  const claims = await presentedAttempt(c.env.TOKEN_SECRET, c.req.header("authorization"));
  if (typeof claims === "string") throw tokenRefusal[claims]();
  if (claims.attemptId !== c.req.param("attemptId")) {
    throw new ApiError(403, "forbidden", "That token belongs to another attempt.");
  }
  c.set("attempt", claims);
  await next();
});
