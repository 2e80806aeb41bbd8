import { render } from "preact";
import { ErrorBoundary, LocationProvider, lazy, Route, Router } from "preact-iso";
import { NotFound } from "./pages/NotFound";
import "./styles.css";

// Each route is its own chunk: the play route loads only the play code, and pages added later
// (teacher, learning mode) cannot grow it.
const Home = lazy(() => import("./pages/Home"));
const Play = lazy(() => import("./pages/Play"));
const LeaderboardPage = lazy(() => import("./pages/LeaderboardPage"));
const NewQuiz = lazy(() => import("./pages/NewQuiz"));
const ReviewQuiz = lazy(() => import("./pages/ReviewQuiz"));
const Results = lazy(() => import("./pages/Results"));
const Present = lazy(() => import("./pages/Present"));
const Learn = lazy(() => import("./pages/Learn"));
const PracticePage = lazy(() => import("./pages/PracticePage"));
const Flashcards = lazy(() => import("./pages/Flashcards"));
const ReviewSession = lazy(() => import("./pages/ReviewSession"));

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
            <Route path="/" component={Home} />
            <Route path="/q/:id" component={Play} />
            <Route path="/q/:id/leaderboard" component={LeaderboardPage} />
            <Route path="/new" component={NewQuiz} />
            <Route path="/t/:id" component={Results} />
            <Route path="/t/:id/edit" component={ReviewQuiz} />
            <Route path="/t/:id/present" component={Present} />
            <Route path="/learn/:id" component={Learn} />
            <Route path="/learn/:id/practice" component={PracticePage} />
            <Route path="/learn/:id/cards" component={Flashcards} />
            <Route path="/learn/:id/review" component={ReviewSession} />
            <Route path="/review" component={ReviewSession} />
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
      </main>
    </LocationProvider>
  );
}

render(<App />, document.getElementById("app")!);

// The service worker keeps the app and the quizzes a student opened for offline use (client/sw/).
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  addEventListener("load", () => navigator.serviceWorker.register("/sw.js").catch(() => undefined));
}
