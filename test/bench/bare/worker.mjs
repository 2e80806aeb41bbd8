import { Hono } from "hono";
import { SECURITY_HEADERS } from "../../../worker/http/security-headers.ts";

const padded = new Map();

/**
 * The baseline: a Hono worker that answers with a constant JSON body. `/api/bare` is tiny;
 * `/api/bare/:kb` is `kb` kilobytes with the headers a cached quiz carries, so comparing it with
 * `GET /api/quizzes/:id` separates what the API's code costs from what the payload costs.
 */
const app = new Hono();
app.get("/api/bare", (c) => c.json({ ok: true }));
app.get("/api/bare/:kb{[0-9]+}", (c) => {
  const kb = Math.min(64, Number(c.req.param("kb")));
  if (!padded.has(kb))
    padded.set(kb, JSON.stringify({ ok: true, pad: "x".repeat(Math.max(0, kb * 1024 - 22)) }));
  const headers = [
    ...SECURITY_HEADERS,
    ["Content-Type", "application/json; charset=UTF-8"],
    ["Cache-Control", "public, max-age=60, stale-while-revalidate=600"],
    ["ETag", '"0123456789abcdef01234567"'],
  ];
  return new Response(padded.get(kb), { headers });
});

export default app;
