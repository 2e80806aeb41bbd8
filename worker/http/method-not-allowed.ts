import type { Context } from "hono";
import { errorResponse } from "./errors.ts";

type Route = { method: string; path: string };

/** `/api/quizzes/:id` -> a regex matching that path with any one segment for each parameter. */
const patternOf = (path: string) =>
  new RegExp(
    `^${path
      .split("/")
      .map((s) => (s.startsWith(":") ? "[^/]+" : s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
      .join("/")}$`,
  );

/**
 * `app.notFound` for a known path with the wrong method: a JSON 405 with an `Allow` header listing
 * the methods that path takes (HEAD wherever GET is). Unknown paths fall through to `fallback`.
 */
export function notFoundOrNotAllowed(
  routes: () => readonly Route[],
  fallback: (c: Context) => Response,
) {
  let table: { pattern: RegExp; method: string }[] | undefined;
  return (c: Context) => {
    table ??= routes()
      .filter((r) => r.method !== "ALL")
      .map((r) => ({ pattern: patternOf(r.path), method: r.method }));
    const path = new URL(c.req.url).pathname;
    const allowed = new Set(table.filter((r) => r.pattern.test(path)).map((r) => r.method));
    if (allowed.size === 0) return fallback(c);
    if (allowed.has("GET")) allowed.add("HEAD");
    const allow = [...allowed].join(", ");
    c.header("Allow", allow);
    return errorResponse(
      c,
      405,
      "method_not_allowed",
      `${c.req.method} is not allowed here; use ${allow}.`,
    );
  };
}
