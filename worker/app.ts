import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { handleError, handleNotFound } from "./errors";

/** The API. Routes are chained on one app so their types flow to the client through `hc<AppType>()`. */
const app = new Hono<{ Bindings: Env }>().basePath("/api");

app.use(secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } }));

const routes = app.get("/health", (c) => c.json({ ok: true as const }));

app.onError(handleError);
app.notFound(handleNotFound);

export type AppType = typeof routes;
export default app;
