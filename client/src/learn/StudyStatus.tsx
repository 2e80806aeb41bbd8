import { useEffect, useRef } from "preact/hooks";

/** A learning page while its quiz loads: a heading first, and a status for screen readers. */
export function StudyLoading() {
  return (
    <section class="loading" aria-busy="true">
      <h1>Loading the quiz…</h1>
      <p role="status" />
    </section>
  );
}

/** A learning page whose quiz could not load (offline and never opened, or no such quiz). */
export function StudyFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section>
      <h1 ref={heading} tabIndex={-1}>
        The quiz did not load
      </h1>
      <p role="alert">{message}</p>
      <button type="button" class="button primary" onClick={onRetry}>
        Try again
      </button>
      <p class="links">
        <a href="/">All quizzes</a>
      </p>
    </section>
  );
}
