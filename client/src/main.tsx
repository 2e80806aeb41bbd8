import { render } from "preact";
import { ErrorBoundary, LocationProvider, lazy, Route, Router } from "preact-iso";
import { exec } from "preact-iso/router";
import { PAGES } from "./pages";
import { NotFound } from "./pages/NotFound";
import { readQuizEarly } from "./play/quiz-read";
import "./styles.css";

// Each page is its own chunk: the play route loads only the play code, and pages added later
// (teacher, learning mode) cannot grow it. PAGES (pages.ts) says which path shows which.
const page = {
  Home: lazy(() => import("./pages/Home")),
  Play: lazy(() => import("./pages/Play")),
  LeaderboardPage: lazy(() => import("./pages/LeaderboardPage")),
  NewQuiz: lazy(() => import("./pages/NewQuiz")),
  ReviewQuiz: lazy(() => import("./pages/ReviewQuiz")),
  Results: lazy(() => import("./pages/Results")),
  Present: lazy(() => import("./pages/Present")),
  Learn: lazy(() => import("./pages/Learn")),
  PracticePage: lazy(() => import("./pages/PracticePage")),
  Flashcards: lazy(() => import("./pages/Flashcards")),
  ReviewSession: lazy(() => import("./pages/ReviewSession")),
} satisfies Record<(typeof PAGES)[keyof typeof PAGES], unknown>;

const routes = Object.entries(PAGES).map(([path, name]) => ({
  path,
  name,
  component: page[name],
}));

/**
 * The API read a page's first screen shows, started with its code rather than once that code has
 * run (the Worker preloads the same URL with the HTML, so the request is already under way).
 */
const firstReads: Partial<
  Record<(typeof PAGES)[keyof typeof PAGES], (id: string) => Promise<unknown>>
> = {
  Play: readQuizEarly,
};

/** How long the first render waits for the page's first read beyond its code, at most. */
const FIRST_READ_WAIT_MS = 1000;

/**
 * After a route change, a focused link that navigated is gone and focus falls back to the page.
 * Put it on <main> instead, so keyboard and screen-reader users start at the new content (pages
 * that focus their own heading have done so by now and are left alone).
 */
function focusNewPage() {
  if (document.activeElement === document.body || !document.activeElement) {
    document.getElementById("main")?.focus({ preventScroll: true });
  }
}

function App() {
  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <a class="brand" href="/">
          factquiz
        </a>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <Router onRouteChange={focusNewPage}>
            {routes.map((route) => (
              <Route key={route.path} path={route.path} component={route.component} />
            ))}
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
      </main>
    </LocationProvider>
  );
}

// The first render waits for this address's page (the server preloads its chunk with the HTML),
// so the page paints whole with the site's header, not the header alone and the page a moment
// later; on a quiz's play page it waits for the quiz too (for a second at most), so the name form
// is the first paint rather than "Loading the quiz…" and a second render and layout after it.
const first = routes
  .map((route) => ({ route, match: exec(location.pathname, route.path) }))
  .find(({ match }) => match);
const read = first && firstReads[first.route.name]?.(first.match?.params.id ?? "");
Promise.all([
  first?.route.component.preload().catch(() => undefined),
  read && Promise.race([read, new Promise((wait) => setTimeout(wait, FIRST_READ_WAIT_MS))]),
]).then(() => {
  render(<App />, document.getElementById("app")!);
  registerServiceWorker();
});

/**
 * The service worker keeps the app and the quizzes a student opened for offline use (client/sw/).
 * It is registered once the page has loaded and rendered: installing it downloads the whole shell,
 * which must not compete with what the first screen needs.
 */
function registerServiceWorker() {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const register = () => navigator.serviceWorker.register("/sw.js").catch(() => undefined);
  if (document.readyState === "complete") register();
  else addEventListener("load", register, { once: true });
}
