import { useFocusedHeading } from "./use-focused-heading";

/**
 * A page whose quiz could not load: why, a way to try again (unless there is no such quiz), and the
 * way home.
 */
export function LoadFailed({
  message,
  missing = false,
  onRetry,
}: {
  message: string;
  missing?: boolean;
  onRetry: () => void;
}) {
  const heading = useFocusedHeading();
  return (
    <section>
      <h1 ref={heading} tabIndex={-1}>
        {missing ? "Quiz not found" : "The quiz did not load"}
      </h1>
      <p role="alert">{message}</p>
      {!missing && (
        <button type="button" class="button primary" onClick={onRetry}>
          Try again
        </button>
      )}
      <p class="links">
        <a href="/">All quizzes</a>
      </p>
    </section>
  );
}
