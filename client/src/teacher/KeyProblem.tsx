import { useFocusedHeading } from "../components/use-focused-heading";
import type { LoadFailure } from "./load-failure";

type Props = { failure: LoadFailure; onRetry?: () => void };

const HEADINGS = {
  no_key: "This page needs the teacher link",
  bad_key: "That teacher link is not right",
  missing: "Quiz not found",
  other: "The quiz did not load",
};

/** Why a teacher page cannot show the quiz, in words, with what to do next. */
export function KeyProblem({ failure, onRetry }: Props) {
  const heading = useFocusedHeading([failure.reason]);
  return (
    <section class="teacher">
      <h1 ref={heading} tabIndex={-1}>
        {HEADINGS[failure.reason]}
      </h1>
      <div role="alert">
        {failure.reason === "no_key" && (
          <p>
            {"Open the teacher link you got when you created the quiz: it ends with "}
            <code>#key=</code> and a long code. Only that link can edit this quiz and show its
            results.
          </p>
        )}
        {failure.reason === "bad_key" && (
          <p>
            The key in this link does not open this quiz. Check that you copied the whole teacher
            link, or open it from the browser you created the quiz in.
          </p>
        )}
        {(failure.reason === "missing" || failure.reason === "other") && <p>{failure.message}</p>}
      </div>
      {failure.reason === "other" && onRetry && (
        <button type="button" class="button primary" onClick={onRetry}>
          Try again
        </button>
      )}
      <p class="links">
        <a href="/new">Create a quiz</a>
        <a href="/">Home</a>
      </p>
    </section>
  );
}
