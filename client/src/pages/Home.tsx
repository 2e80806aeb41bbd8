import { useEffect, useState } from "preact/hooks";
import { api, send } from "../api";
import { MyQuizzes } from "../components/MyQuizzes";
import { useTitle } from "../components/use-title";
import { YourQuizzes } from "../components/YourQuizzes";
import { dueToday } from "../learn/review-due";

type Summary = { id: string; title: string; questionCount: number };
type State =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; quizzes: Summary[] };

/**
 * The landing page: what factquiz is, what this device played and practised, the quizzes to play
 * (the built-in one first), then the way in for teachers and the quizzes this browser created.
 */
export default function Home() {
  const [state, setState] = useState<State>({ status: "loading" });
  const [loads, setLoads] = useState(0);
  useTitle("Learn the facts of any news article");
  useEffect(() => {
    let live = true;
    setState({ status: "loading" });
    send(api.quizzes.$get())
      .then((quizzes) => live && setState({ status: "ready", quizzes }))
      .catch((err: Error) => live && setState({ status: "error", message: err.message }));
    return () => {
      live = false;
    };
  }, [loads]);

  return (
    <>
      <h1>Learn the facts of any news article</h1>
      <p class="lede">
        factquiz turns a news article into a quiz from its facts: who, what, where, when, how many
        and who said what. Share the link; students play it on their phones and see the article's
        own sentence after every answer.
      </p>
      <ReviewsDue />
      <YourQuizzes listed={state.status === "ready" ? state.quizzes : null} />
      <h2>Quizzes</h2>
      {state.status === "loading" && <LoadingQuizCard />}
      {state.status === "error" && (
        <div role="alert" class="notice">
          <p>We couldn't load the quizzes. {state.message}</p>
          <button type="button" class="button" onClick={() => setLoads((n) => n + 1)}>
            Try again
          </button>
        </div>
      )}
      {state.status === "ready" &&
        (state.quizzes.length ? (
          <ul class="quiz-list">
            {state.quizzes.map((quiz) => (
              <li key={quiz.id} class="card quiz-card">
                <h3>{quiz.title}</h3>
                <p class="meta">
                  {quiz.questionCount === 1 ? "1 question" : `${quiz.questionCount} questions`}
                </p>
                <div class="actions">
                  {/* The names start with the visible word (WCAG 2.5.3) and say which quiz. */}
                  <a
                    class="button primary"
                    href={`/q/${quiz.id}`}
                    aria-label={`Play: ${quiz.title}`}
                  >
                    Play
                  </a>
                  <a class="button" href={`/learn/${quiz.id}`} aria-label={`Learn: ${quiz.title}`}>
                    Learn
                  </a>
                  <a
                    class="button"
                    href={`/q/${quiz.id}/leaderboard`}
                    aria-label={`Leaderboard: ${quiz.title}`}
                  >
                    Leaderboard
                  </a>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p>No quizzes yet.</p>
        ))}
      <div class="card create-cta">
        <p>
          <strong>Teachers:</strong> paste an article, review the questions, share a link or a QR
          code, and watch the results come in.
        </p>
        <a class="button primary" href="/new">
          Create a quiz
        </a>
      </div>
      <MyQuizzes />
    </>
  );
}

/**
 * A quiz card's outline while the list loads (the built-in quiz is always in it), as tall as a card
 * with a two-line title and the same buttons, so the way in for teachers below does not jump down
 * when the list arrives.
 */
function LoadingQuizCard() {
  return (
    <div class="card quiz-card loading-card" role="status">
      <p>Loading quizzes…</p>
      <div class="actions" aria-hidden="true">
        <span class="button" />
        <span class="button" />
        <span class="button" />
      </div>
    </div>
  );
}

/**
 * "3 questions to review today", read from this browser's review schedules (no scheduler code
 * here).
 */
function ReviewsDue() {
  const { total, quizzes } = dueToday(localStorage, Date.now());
  if (!total) return null;
  const words = total === 1 ? "1 question to review today" : `${total} questions to review today`;
  return (
    <div class="card reviews-due">
      <p>
        <strong>{words}</strong>
        {quizzes.length === 1 && quizzes[0]!.title ? ` from “${quizzes[0]!.title}”` : ""}. A few
        minutes now keeps the facts for good.
      </p>
      <a class="button primary" href="/review">
        Review now
      </a>
    </div>
  );
}
