import { vValidator } from "@hono/valibot-validator";
import type { GenericSchema } from "valibot";
import { errorResponse } from "./errors.ts";

/**
 * Validates a JSON body against `schema`. A failure is a 400 in the API's error shape naming the
 * first problem (malformed JSON is caught earlier, by Hono, and becomes a 400 too).
 */
export function jsonBody<T extends GenericSchema>(schema: T) {
  return vValidator("json", schema, (result, c) => {
    if (result.success) return;
    const type = c.req.header("content-type") ?? "";
    if (!/^application\/([\w.-]+\+)?json\b/i.test(type.trim())) {
      return errorResponse(c, 400, "invalid_body", "Send a JSON body with Content-Type: application/json.");
    }
    const issue = result.issues[0];
    const field = issue.path?.map((p) => String(p.key)).join(".");
    return errorResponse(c, 400, "invalid_body", field ? `${field}: ${issue.message}` : issue.message);
  });
}
