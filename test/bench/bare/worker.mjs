import { Hono } from "hono";

/** The baseline: a Hono worker that answers with a constant JSON body. */
const app = new Hono();
app.get("/api/bare", (c) => c.json({ ok: true }));

export default app;
