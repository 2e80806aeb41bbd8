import { render } from "preact";
import { ErrorBoundary, LocationProvider, lazy, Route, Router } from "preact-iso";
import { exec } from "preact-iso/router";
import { PAGES } from "./pages";
import { NotFound } from "./pages/NotFound";
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

const routes = Object.entries(PAGES).map(([path, name]) => ({ path, component: page[name] }));

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
// later.
const first = routes.find((route) => exec(location.pathname, route.path));
Promise.resolve(first?.component.preload())
  .catch(() => undefined)
  .then(() => {
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
