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
export { LoadFailed as StudyFailed } from "../components/LoadFailed";
