import { Hono } from "hono";
import { limitBodies } from "./http/body-limits.ts";
import { handleError, handleNotFound } from "./http/errors.ts";
import { notFoundOrNotAllowed } from "./http/method-not-allowed.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { attemptStartRoutes } from "./routes/attempt-start.ts";
import { attemptRoutes } from "./routes/attempts.ts";
import { leaderboardRoutes } from "./routes/leaderboard.ts";
import { practiceRoutes } from "./routes/practice.ts";
import { quizRoutes } from "./routes/quizzes.ts";
import { teacherRoutes } from "./routes/teacher.ts";

/**
 * The API. Routes are chained on one app so their types flow to the client through `hc<AppType>()`.
 */
const app = new Hono<{ Bindings: Env }>().basePath("/api");

app.use(securityHeaders);
app.use(limitBodies);

const routes = app
  .get("/health", (c) => c.json({ ok: true as const }))
  .route("/quizzes", quizRoutes)
  .route("/quizzes", attemptStartRoutes)
  .route("/quizzes", leaderboardRoutes)
  .route("/quizzes", teacherRoutes)
  .route("/quizzes", practiceRoutes)
  .route("/attempts", attemptRoutes);

app.onError(handleError);
app.notFound(notFoundOrNotAllowed(() => app.routes, handleNotFound));

export type AppType = typeof routes;
export default app;
