import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The one error shape every API failure takes: `{"error":{"code","message"}}`. */
export type ErrorBody = { error: { code: string; message: string } };

/** A failure the client caused or can act on; `code` is stable, `message` is for people. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;

  constructor(status: ContentfulStatusCode, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Builds the JSON error response; handlers and middleware share it so the shape never drifts. */
export function errorResponse<S extends ContentfulStatusCode>(
  c: Context,
  status: S,
  code: string,
  message: string,
) {
  return c.json<ErrorBody, S>({ error: { code, message } }, status);
}

/**
 * `app.onError`: known errors keep their status, anything unexpected is logged and becomes a 500.
 */
export function handleError(err: Error, c: Context) {
  if (err instanceof ApiError) return errorResponse(c, err.status, err.code, err.message);
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return errorResponse(
      c,
      status,
      status === 413 ? "too_large" : "bad_request",
      err.message || "Bad request.",
    );
  }
  console.error(err);
  return errorResponse(c, 500, "internal", "Something went wrong on our side. Please try again.");
}

/** `app.notFound`: an unknown API path is a JSON 404, never the single-page app's HTML. */
export function handleNotFound(c: Context) {
  return errorResponse(
    c,
    404,
    "not_found",
    `No API route for ${c.req.method} ${new URL(c.req.url).pathname}.`,
  );
}
