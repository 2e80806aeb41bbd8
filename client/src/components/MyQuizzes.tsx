import { myQuizzes } from "../teacher/my-quizzes";

const date = (iso: string) =>
  new Date(iso).toLocaleDateString([], { day: "numeric", month: "short", year: "numeric" });

/**
 * The quizzes this browser created, from localStorage, with links to their results and review
 * screens (which find the key in this browser, so it never appears in a link). Nothing when none.
 */
export function MyQuizzes() {
  const quizzes = myQuizzes();
  if (!quizzes.length) return null;
  return (
    <section aria-labelledby="my-quizzes">
      <h2 id="my-quizzes">My quizzes</h2>
      <p class="hint">Quizzes created in this browser. Only you can see this list.</p>
      <ul class="quiz-list">
        {quizzes.map((quiz) => (
          <li key={quiz.id} class="card quiz-card">
            <h3>{quiz.title}</h3>
            <p class="meta">Created {date(quiz.created)}</p>
            <div class="actions">
              <a
                class="button primary"
                href={`/t/${quiz.id}`}
                aria-label={`Results: ${quiz.title}`}
              >
                Results
              </a>
              <a class="button" href={`/t/${quiz.id}/edit`} aria-label={`Edit: ${quiz.title}`}>
                Edit
              </a>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
