import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { ApiError, handleError, handleNotFound } from "./errors.ts";
import { notFoundOrNotAllowed } from "./method-not-allowed.ts";
import { attemptStartRoutes } from "./routes/attempt-start.ts";
import { attemptRoutes } from "./routes/attempts.ts";
import { leaderboardRoutes } from "./routes/leaderboard.ts";
import { quizRoutes } from "./routes/quizzes.ts";
import { securityHeaders } from "./security-headers.ts";

/** Request bodies larger than this are refused with a 413 before anything reads them. */
export const MAX_BODY_BYTES = 16 * 1024;

/** The API. Routes are chained on one app so their types flow to the client through `hc<AppType>()`. */
const app = new Hono<{ Bindings: Env }>().basePath("/api");

app.use(securityHeaders);
const limitBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new ApiError(413, "too_large", `Request bodies are limited to ${MAX_BODY_BYTES / 1024} KB.`);
  },
});
// GET and HEAD carry no body; skipping them spares the hot read path bodyLimit's stream check,
// which in workerd costs more than the whole quiz handler.
app.use((c, next) => (c.req.method === "GET" || c.req.method === "HEAD" ? next() : limitBody(c, next)));

const routes = app
  .get("/health", (c) => c.json({ ok: true as const }))
  .route("/quizzes", quizRoutes)
  .route("/quizzes", attemptStartRoutes)
  .route("/quizzes", leaderboardRoutes)
  .route("/attempts", attemptRoutes);

app.onError(handleError);
app.notFound(notFoundOrNotAllowed(() => app.routes, handleNotFound));

export type AppType = typeof routes;
export default app;
