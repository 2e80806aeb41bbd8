import type { Context, TypedResponse } from "hono";
import type { JSONParsed } from "hono/utils/types";

/**
 * Sends JSON that was serialised ahead of time (a cached quiz) while telling `hc<AppType>()` the
 * shape it has, exactly as `c.json<T>()` would.
 */
export function jsonText<T>(c: Context, json: string, headers: Record<string, string>) {
  const res = c.body(json, 200, { "Content-Type": "application/json; charset=UTF-8", ...headers });
  return res as unknown as Response & TypedResponse<JSONParsed<T>, 200, "json">;
}
