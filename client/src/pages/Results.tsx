import { useEffect, useRef, useState } from "preact/hooks";
import { useTitle } from "../components/use-title";
import "../teacher/teacher.css";
import { ClassroomSettings, RemovedNote, useRemovals } from "../teacher/ClassroomSettings";
import { downloadCsv } from "../teacher/csv-download";
import { KeyProblem } from "../teacher/KeyProblem";
import { LiveStatus } from "../teacher/LiveStatus";
import { QuestionStats } from "../teacher/QuestionStats";
import { SharePanel } from "../teacher/SharePanel";
import { StudentsTable } from "../teacher/StudentsTable";
import { type Results as QuizResults, useResults } from "../teacher/use-results";

/** What changed, in a few words, for the polite announcement of new results. */
function summary(results: QuizResults) {
  const total = results.students.length;
  const finished = results.students.filter((s) => s.finished).length;
  return `${total === 1 ? "1 student" : `${total} students`}, ${finished} finished`;
}

function average(results: QuizResults) {
  const done = results.students.filter((s) => s.finished);
  if (!done.length) return null;
  const share = done.reduce((n, s) => n + (s.total ? s.score / s.total : 0), 0) / done.length;
  return Math.round(share * 100);
}

/**
 * `/t/:id`: the teacher's results dashboard, refreshed every few seconds while the tab is visible:
 * students and their scores, each question's share of right answers and most common wrong
 * answer, the CSV, the share link, and a way back to the review screen.
 */
export default function Results({ id }: { id: string }) {
  const { state, key, retry } = useResults(id);
  const [csv, setCsv] = useState<{ busy: boolean; error: string }>({ busy: false, error: "" });
  // Before anyone plays, the share link is what the teacher needs: start with it open.
  const [shareOpen, setShareOpen] = useState<boolean | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const removals = useRemovals(id, key?.key);
  const ready = state.status === "ready" ? state : null;
  useTitle(ready ? `Results: ${ready.results.title}` : "Results");
  // Focus the heading once, when the results first appear; refreshes never move focus.
  useEffect(() => {
    if (!ready) return;
    heading.current?.focus();
    setShareOpen(ready.results.students.length === 0);
  }, [ready !== null]);

  if (state.status === "failed") return <KeyProblem failure={state} onRetry={retry} />;
  if (!ready || !key) {
    return (
      <section class="teacher" aria-busy="true">
        <h1>Loading the results…</h1>
      </section>
    );
  }

  const results = {
    ...ready.results,
    students: ready.results.students.filter((s) => !removals.removed.has(s.attemptId)),
  };
  const finished = results.students.filter((s) => s.finished).length;
  const avg = average(results);
  const download = async () => {
    if (csv.busy) return;
    setCsv({ busy: true, error: "" });
    try {
      await downloadCsv(id, key.key, results.title);
      setCsv({ busy: false, error: "" });
    } catch (err) {
      setCsv({ busy: false, error: (err as Error).message });
    }
  };

  return (
    <section class="teacher results">
      <p class="eyebrow">Results</p>
      <h1 ref={heading} tabIndex={-1}>
        {results.title}
      </h1>
      <LiveStatus live={ready.live} updated={ready.updated} summary={summary(results)} />

      <dl class="stat-tiles">
        <div>
          <dt>Students</dt>
          <dd>{results.students.length}</dd>
        </div>
        <div>
          <dt>Finished</dt>
          <dd>{finished}</dd>
        </div>
        <div>
          <dt>Average score</dt>
          <dd>{avg === null ? "–" : `${avg}%`}</dd>
        </div>
      </dl>

      <div class="actions results-actions">
        <button
          type="button"
          class="button"
          aria-disabled={csv.busy || undefined}
          onClick={download}
        >
          {csv.busy ? "Preparing the CSV…" : "Download CSV"}
        </button>
        <a class="button" href={`/t/${id}/edit`}>
          Edit the questions
        </a>
        <a class="button" href={`/t/${id}/present`}>
          Projector view
        </a>
      </div>
      {csv.error && (
        <p class="form-error" role="alert">
          {csv.error}
        </p>
      )}

      <ClassroomSettings id={id} teacherKey={key.key} />

      <details class="card share-details" open={shareOpen ?? false}>
        <summary>Share link and QR code</summary>
        <SharePanel id={id} teacherKey={key.key} title={results.title} />
      </details>

      <h2>Students</h2>
      <RemovedNote removals={removals} />
      {results.students.length ? (
        <StudentsTable
          students={results.students}
          now={ready.updated.getTime()}
          onRemove={(s) => removals.remove(s.attemptId, s.name)}
        />
      ) : (
        <p class="notice">
          No one has started yet. Share the link: results appear here as students play.
        </p>
      )}

      <h2>Questions</h2>
      <QuestionStats questions={results.questions} />
    </section>
  );
}
