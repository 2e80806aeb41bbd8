import { builtinQuizId } from "../quizzes/builtin-quiz.ts";
import { loadQuiz } from "../quizzes/quiz-cache.ts";
import { isId } from "./ids-and-bodies.ts";
import { pagePreloadLinks } from "./page-preloads.ts";

/**
 * App routes that show no particular quiz (wrangler.toml sends `/` here too, not to
 * index.html).
 */
const PLAIN_ROUTES = new Set(["/", "/new", "/review"]);

/**
 * App routes about one quiz: the id, and what may follow it (client/src/pages.ts has the same
 * list).
 */
const PLAY_ROUTE = "q/([^/]+)(?:/leaderboard)?";
const TEACHER_ROUTE = "t/([^/]+)(?:/(?:edit|present))?";
const LEARN_ROUTE = "learn/([^/]+)(?:/(?:practice|cards|review))?";
const QUIZ_ROUTE = new RegExp(`^/(?:${PLAY_ROUTE}|${TEACHER_ROUTE}|${LEARN_ROUTE})/?$`);

/** Whether `url` is for the API (`/api` itself included), which the Hono app answers. */
export const isApiRequest = (url: string) => /^\/api(?:\/|$)/.test(new URL(url).pathname);

/**
 * Every request the assets layer did not answer and that is not for the API (wrangler.toml sets no
 * SPA fallback, so those come here). The app's own routes get index.html with 200; any other path,
 * and a quiz page whose quiz does not exist, get the same index.html with 404, so the app still
 * shows its "not found" screen while crawlers, Lighthouse and scripts see the real status.
 * A missing hashed file under /assets/ is a plain 404: it is never a page.
 */
export async function appPage(request: Request, env: Env): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname.startsWith("/assets/") || (request.method !== "GET" && request.method !== "HEAD")) {
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const page = await env.ASSETS.fetch(new URL("/", request.url));
  const match = QUIZ_ROUTE.exec(pathname);
  const status = (await isAppPage(env, pathname, match)) ? 200 : 404;
  const headers = new Headers(page.headers);
  headers.delete("ETag");
  // The shell names no quiz; a 404 must not be kept in place of a quiz page created a minute later.
  headers.set("Cache-Control", "no-cache");
  // The page's own code and its first API read start with the HTML instead of after the entry
  // script has run and routed.
  if (status === 200) {
    const read = firstRead(pathname, match);
    const links = [
      ...(read ? [`<${read}>; rel=preload; as=fetch; crossorigin=anonymous`] : []),
      ...pagePreloadLinks(pathname),
    ];
    if (links.length) headers.set("Link", links.join(", "));
  }
  return new Response(request.method === "HEAD" ? null : page.body, { status, headers });
}

/**
 * The API read a page makes first: the listing on the home page, the public quiz on a student's
 * page of one.
 */
function firstRead(pathname: string, match: RegExpExecArray | null): string | null {
  if (pathname === "/") return "/api/quizzes";
  // Teacher pages read other things, with their key.
  const quizId = match?.[1] ?? match?.[3];
  return quizId ? `/api/quizzes/${quizId}` : null;
}

async function isAppPage(
  env: Env,
  pathname: string,
  match: RegExpExecArray | null,
): Promise<boolean> {
  if (PLAIN_ROUTES.has(pathname.replace(/(.)\/$/, "$1"))) return true;
  if (!match) return false;
  const id = match[1] ?? match[2] ?? match[3] ?? "";
  if (id === builtinQuizId()) return true;
  if (!isId(id)) return false;
  // A storage hiccup shows the app (which retries) rather than calling an existing quiz missing.
  return (await loadQuiz(env, id).catch(() => "unknown")) !== null;
}
