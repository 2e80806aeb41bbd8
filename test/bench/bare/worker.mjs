import { Hono } from "hono";

const padded = new Map();

/** The baseline: a Hono worker that answers with a constant JSON body, tiny or `:kb` kilobytes. */
const app = new Hono();
app.get("/api/bare", (c) => c.json({ ok: true }));
app.get("/api/bare/:kb{[0-9]+}", (c) => {
  const kb = Math.min(64, Number(c.req.param("kb")));
  if (!padded.has(kb)) padded.set(kb, JSON.stringify({ ok: true, pad: "x".repeat(Math.max(0, kb * 1024 - 22)) }));
  return c.body(padded.get(kb), 200, { "Content-Type": "application/json" });
});

export default app;
