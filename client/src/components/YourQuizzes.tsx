import { useEffect, useState } from "preact/hooks";
import { api, RequestError, send } from "../api";
import { type YourQuiz, yourQuizzes } from "../learn/your-quizzes";

type Summary = { id: string; title: string; questionCount: number };

/**
 * Titles and sizes of the quizzes not in the home page's listing (a teacher's shared quiz), fetched
 * one by one.
 */
function useSummaries(entries: YourQuiz[], listed: Summary[] | null) {
  const [fetched, setFetched] = useState<Record<string, Summary | "gone">>({});
  const missing = listed
    ? entries.filter((q) => !listed.some((l) => l.id === q.id)).map((q) => q.id)
    : [];
  useEffect(() => {
    let live = true;
    for (const id of missing.slice(0, 20)) {
      send(api.quizzes[":id"].$get({ param: { id } }))
        .then(
          (quiz) =>
            live &&
            setFetched((f) => ({
              ...f,
              [id]: { id, title: quiz.title, questionCount: quiz.questions.length },
            })),
        )
        // A quiz deleted since: no link to it. Offline: shown from what this device knows.
        .catch(
          (err: unknown) =>
            live &&
            err instanceof RequestError &&
            err.status === 404 &&
            setFetched((f) => ({ ...f, [id]: "gone" })),
        );
    }
    return () => {
      live = false;
    };
  }, [missing.join(" ")]);
  return (id: string) => listed?.find((l) => l.id === id) ?? fetched[id];
}

/** "15 out of 21", kept on one line. */
const Score = ({ score, total }: { score: number; total: number }) => (
  <span class="nowrap">{`${score} out of ${total}`}</span>
);

/**
 * "Your quizzes": what this device played, is playing, practised or reviews, each with its score
 * or progress and the way to carry on. Read from localStorage only; nothing when there is none.
 */
export function YourQuizzes({ listed }: { listed: Summary[] | null }) {
  const entries = yourQuizzes(localStorage);
  const summary = useSummaries(entries, listed);
  if (!entries.length) return null;
  return (
    <section aria-labelledby="your-quizzes">
      <h2 id="your-quizzes">Your quizzes</h2>
      <p class="hint">Played, in progress and practised on this device.</p>
      <ul class="quiz-list">
        {entries.map((quiz) => {
          const known = summary(quiz.id);
          if (known === "gone") return null;
          const title = known?.title || quiz.title || "A quiz you opened";
          const { attempt, practice } = quiz;
          return (
            <li key={quiz.id} class="card quiz-card your-quiz">
              <h3>{title}</h3>
              {attempt?.result && (
                <p class="meta">
                  Played: <Score score={attempt.result.score} total={attempt.result.total} />
                </p>
              )}
              {attempt && !attempt.result && (
                <p class="meta">
                  In progress:{" "}
                  <span class="nowrap">
                    {known ? `${attempt.answered} of ${known.questionCount}` : attempt.answered}
                  </span>{" "}
                  answered
                </p>
              )}
              {practice && (
                <p class="meta">
                  Practice:{" "}
                  <span class="nowrap">{`${practice.mastered} of ${practice.total}`}</span> mastered
                </p>
              )}
              {quiz.reviews > 0 && (
                <p class="meta">
                  {quiz.reviews === 1
                    ? "1 question in your reviews"
                    : `${quiz.reviews} questions in your reviews`}
                </p>
              )}
              <div class="actions">
                {attempt && !attempt.result && (
                  <a
                    class="button primary"
                    href={`/q/${quiz.id}`}
                    aria-label={`Continue: ${title}`}
                  >
                    Continue
                  </a>
                )}
                {attempt?.result && (
                  <a class="button" href={`/q/${quiz.id}`} aria-label={`Results: ${title}`}>
                    Results
                  </a>
                )}
                {!attempt && (
                  <a class="button" href={`/q/${quiz.id}`} aria-label={`Play the quiz: ${title}`}>
                    Play the quiz
                  </a>
                )}
                {practice && practice.mastered < practice.total ? (
                  <a
                    class="button"
                    href={`/learn/${quiz.id}/practice`}
                    aria-label={`Continue practice: ${title}`}
                  >
                    Continue practice
                  </a>
                ) : (
                  <a class="button" href={`/learn/${quiz.id}`} aria-label={`Learn: ${title}`}>
                    Learn
                  </a>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
