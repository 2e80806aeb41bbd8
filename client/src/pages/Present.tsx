import { useEffect, useState } from "preact/hooks";
import { useTitle } from "../components/use-title";
import "../teacher/teacher.css";
import { KeyProblem } from "../teacher/KeyProblem";
import { QrCode } from "../teacher/QrCode";
import { useResults } from "../teacher/use-results";

/** Whether the page is full screen now, following the browser's own changes (Esc). */
function useFullscreen() {
  const [on, setOn] = useState(Boolean(document.fullscreenElement));
  useEffect(() => {
    const follow = () => setOn(Boolean(document.fullscreenElement));
    document.addEventListener("fullscreenchange", follow);
    return () => document.removeEventListener("fullscreenchange", follow);
  }, []);
  const toggle = () => {
    const done = on ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    done.catch(() => undefined);
  };
  return { on, toggle };
}

/** "1 student has joined", "12 students have joined". */
const joined = (n: number) => (n === 1 ? "1 student has joined" : `${n} students have joined`);

/**
 * `/t/:id/present`: the screen to put on the classroom projector while students join: a QR code
 * that fills most of the height, the short link in large type, and who has joined so far, live
 * (the results' polling). Needs the teacher link's key, since names are not public.
 */
export default function Present({ id }: { id: string }) {
  const { state, key, retry } = useResults(id);
  const fullscreen = useFullscreen();
  const ready = state.status === "ready" ? state : null;
  useTitle(ready ? `Join: ${ready.results.title}` : "Projector view");

  if (state.status === "failed") return <KeyProblem failure={state} onRetry={retry} />;
  if (!ready || !key) {
    return (
      <section class="teacher" aria-busy="true">
        <h1>Loading…</h1>
      </section>
    );
  }
  const link = `${location.origin}/q/${id}`;
  const students = ready.results.students;
  return (
    <section class="present">
      <div class="present-qr">
        <QrCode text={link} label={`QR code for ${link}`} />
      </div>
      <div class="present-side">
        <h1>{ready.results.title}</h1>
        <p class="present-how">Scan the code, or open</p>
        <p class="present-link">
          {location.host}/q/{id}
        </p>
        <p class="present-count" role="status">
          {joined(students.length)}
        </p>
        {students.length > 0 && (
          <ul class="present-names" aria-label="Students who have joined">
            {students.map((s) => (
              <li key={s.attemptId}>{s.name}</li>
            ))}
          </ul>
        )}
        <div class="present-tools">
          <button type="button" class="button" onClick={fullscreen.toggle}>
            {fullscreen.on ? "Leave full screen" : "Full screen"}
          </button>
          <a class="button" href={`/t/${id}`}>
            Results
          </a>
        </div>
      </div>
    </section>
  );
}
