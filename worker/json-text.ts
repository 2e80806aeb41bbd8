import type { TypedResponse } from "hono";
import type { JSONParsed } from "hono/utils/types";
import { SECURITY_HEADERS } from "./security-headers.ts";

/**
 * Sends JSON that was serialised ahead of time (a cached quiz) as one ready-made Response, security
 * headers included, while telling `hc<AppType>()` the shape it has, exactly as `c.json<T>()` would.
 */
export function jsonText<T>(json: string, headers: Record<string, string>) {
  const all = [...SECURITY_HEADERS, ["Content-Type", "application/json; charset=UTF-8"], ...Object.entries(headers)];
  const res = new Response(json, { status: 200, headers: all as [string, string][] });
  return res as unknown as Response & TypedResponse<JSONParsed<T>, 200, "json">;
}
