import { clock } from "./clock";
import type { Results } from "./use-results";

type Student = Results["students"][number];

/** "4 min 12 s", "35 s": how long an attempt took or has taken so far. */
export function duration(ms: number) {
  const s = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(s / 60);
  return m ? `${m} min ${s % 60} s` : `${s} s`;
}

/**
 * One row per student: name, score, and whether they finished (and how long it took) or are
 * playing.
 */
export function StudentsTable({
  students,
  now,
  onRemove,
}: {
  students: Student[];
  now: number;
  onRemove?: (s: Student) => void;
}) {
  return (
    <table class="results-table">
      <caption class="visually-hidden">Students, finished first, best score first</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Score</th>
          <th scope="col">Progress</th>
        </tr>
      </thead>
      <tbody>
        {/* in the API's order (finished first, best score first), which the CSV follows too */}
        {students.map((s) => (
          <tr key={s.attemptId} class={s.finished ? "finished" : "playing"}>
            <td class="name">
              {s.name}
              {s.practice && <span class="when"> (practice)</span>}
              {onRemove && (
                <>
                  {" "}
                  <button
                    type="button"
                    class="link-button remove"
                    aria-label={`Remove ${s.name}`}
                    onClick={() => onRemove(s)}
                  >
                    Remove
                  </button>
                </>
              )}
            </td>
            <td class="score">
              {s.score}
              <span class="of"> of {s.total}</span>
            </td>
            <td class="progress-cell">
              {s.finished ? (
                <>
                  <strong>Finished</strong>
                  <span class="when">
                    {" "}
                    at {clock(s.finishedAt ?? s.startedAt, false)}, in{" "}
                    {duration((s.finishedAt ?? now) - s.startedAt)}
                  </span>
                </>
              ) : (
                <>
                  <strong>Playing</strong>
                  <span class="when">
                    {" "}
                    {Object.keys(s.answers).length} of {s.total} answered,{" "}
                    {duration(now - s.startedAt)} so far
                  </span>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
