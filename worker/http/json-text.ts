import type { TypedResponse } from "hono";
import type { JSONParsed } from "hono/utils/types";
import { SECURITY_HEADERS } from "./security-headers.ts";

/** Every header of a ready-made JSON response: the security headers, the type and `extra`. */
export function jsonHeaders(extra: Record<string, string>): [string, string][] {
  const security = SECURITY_HEADERS.map(([name, value]): [string, string] => [name, value]);
  return [
    ...security,
    ["Content-Type", "application/json; charset=UTF-8"],
    ...Object.entries(extra),
  ];
}

/**
 * Sends JSON that was serialised ahead of time (a cached quiz) as one ready-made Response with
 * headers from `jsonHeaders`, while telling `hc<AppType>()` the shape it has, as `c.json<T>()`
 * would.
 */
export function jsonText<T>(json: string, headers: [string, string][]) {
  const res = new Response(json, { status: 200, headers });
  return res as Response & TypedResponse<JSONParsed<T>, 200, "json">;
}
