/// <reference lib="webworker" />
// factquiz's service worker, hand-written (about 2 KB): it keeps the app shell and the quizzes a
// student opened, so learning mode and a scored attempt in progress work without a connection.
// The build (client/precache-plugin.ts) writes `self.__PRECACHE__` (the shell's files and a
// version) at the top of sw.js. It never caches a request with credentials or anything but a GET.

type Precache = { version: string; files: string[] };
// lib "webworker" types `self` as a plain WorkerGlobalScope; this script runs as a service worker.
// biome-ignore lint/plugin: `self` is a ServiceWorkerGlobalScope here
const sw = self as unknown as ServiceWorkerGlobalScope & { __PRECACHE__: Precache };

const { version, files } = sw.__PRECACHE__;
const SHELL = `factquiz-shell-${version}`;
const QUIZZES = "factquiz-quizzes";
/** Quizzes kept at most; the oldest go first. */
const MAX_QUIZZES = 50;
/** The public, answer-free API reads a student may need offline: one quiz, and the listing. */
const PUBLIC_READ = /^\/api\/quizzes(\/[A-Za-z0-9_-]{1,64})?$/;
/**
 * Pages that show one quiz, so the quiz can be kept for the windows already open when this worker
 * starts.
 */
const QUIZ_PAGE = /^\/(?:q|learn)\/([A-Za-z0-9_-]{1,64})(?:\/|$)/;

sw.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(files))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("factquiz-shell-") && name !== SHELL) await caches.delete(name);
      }
      await sw.clients.claim();
      // The page that registered this worker loaded its quiz before the worker could see it.
      const windows = await sw.clients.matchAll({ type: "window" });
      const ids = new Set(
        windows.map((w) => QUIZ_PAGE.exec(new URL(w.url).pathname)?.[1]).filter(Boolean),
      );
      await Promise.all(
        [...ids].map((id) => refresh(new Request(`/api/quizzes/${id}`)).catch(() => undefined)),
      );
    })(),
  );
});

sw.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (
    request.method !== "GET" ||
    url.origin !== sw.location.origin ||
    request.headers.has("authorization")
  )
    return;
  if (request.mode === "navigate") {
    // Network first, so a deploy shows at once; offline, the shell (the app routes it itself).
    event.respondWith(fetch(request).catch(() => offlineShell()));
  } else if (PUBLIC_READ.test(url.pathname)) {
    event.respondWith(staleWhileRevalidate(event, request));
  } else if (files.includes(url.pathname)) {
    event.respondWith(shellFile(url.pathname).catch(() => fetch(request)));
  }
});

async function shellFile(path: string): Promise<Response> {
  const hit = await caches.match(path, { cacheName: SHELL });
  if (!hit) throw new Error(`${path} is not in the shell cache`);
  return hit;
}

/**
 * The shell for a navigation made offline. The copy kept is the home page's answer, whose `Link`
 * header preloads the home page's code and quiz list; the app routes itself, so that goes.
 */
async function offlineShell(): Promise<Response> {
  const shell = await shellFile("/");
  const headers = new Headers(shell.headers);
  headers.delete("Link");
  return new Response(shell.body, { status: shell.status, statusText: shell.statusText, headers });
}

/** Fetches a public quiz read and keeps a successful answer. */
async function refresh(request: Request): Promise<Response> {
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(QUIZZES);
    await cache.put(request, response.clone());
    const keys = await cache.keys();
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_QUIZZES)))
      await cache.delete(old);
  }
  return response;
}

/** The kept copy at once (updated behind it for next time), or the network when none is kept. */
async function staleWhileRevalidate(event: FetchEvent, request: Request): Promise<Response> {
  const cached = await caches.match(request, { cacheName: QUIZZES, ignoreSearch: true });
  const fresh = refresh(request);
  if (!cached) return fresh;
  event.waitUntil(fresh.catch(() => undefined));
  return cached;
}
