import { vValidator } from "@hono/valibot-validator";
import type { GenericSchema, IssuePathItem } from "valibot";
import { errorResponse } from "./errors.ts";

/**
 * Where a problem is, as a person counts: `questions.3.options.1` reads
 * "question 4 (q-id), option 2".
 */
export function describePath(path: readonly IssuePathItem[]): string {
  const parts: string[] = [];
  for (const item of path) {
    if (typeof item.key !== "number") {
      parts.push(String(item.key));
      continue;
    }
    const list = parts.pop() ?? "item";
    const id = (item.value as { id?: unknown } | null)?.id;
    const named = typeof id === "string" && id ? ` (${id.slice(0, 64)})` : "";
    parts.push(`${list.replace(/s$/, "")} ${item.key + 1}${named}`);
  }
  return parts.join(", ");
}

/**
 * Validates a JSON body against `schema`. A failure is a 400 in the API's error shape naming the
 * first problem (malformed JSON is caught earlier, by Hono, and becomes a 400 too).
 */
export function jsonBody<T extends GenericSchema>(schema: T) {
  return vValidator("json", schema, (result, c) => {
    if (result.success) return;
    const type = c.req.header("content-type") ?? "";
    if (!/^application\/([\w.-]+\+)?json\b/i.test(type.trim())) {
      return errorResponse(
        c,
        400,
        "invalid_body",
        "Send a JSON body with Content-Type: application/json.",
      );
    }
    const issue = result.issues[0];
    const field = issue.path ? describePath(issue.path) : "";
    return errorResponse(
      c,
      400,
      "invalid_body",
      field ? `${field}: ${issue.message}` : issue.message,
    );
  });
}

/** Validates the query string against `schema`; a failure is a 400 naming the parameter. */
export function queryParams<T extends GenericSchema>(schema: T) {
  return vValidator("query", schema, (result, c) => {
    if (result.success) return;
    const issue = result.issues[0];
    const field = issue.path ? describePath(issue.path) : "";
    return errorResponse(
      c,
      400,
      "invalid_query",
      field ? `${field}: ${issue.message}` : issue.message,
    );
  });
}
