import { useEffect, useRef, useState } from "preact/hooks";
import { api, bearer, send } from "../api";

type Settings = {
  status: "draft" | "open" | "closed";
  leaderboard: "players" | "hidden";
  attempts: "one" | "many";
  shuffle: boolean;
};

const STATUS_TEXT: Record<Settings["status"], string> = {
  draft: "Draft: students who open the link see “not open yet”.",
  open: "Open: students can play.",
  closed: "Closed: no new players; results are kept.",
};

/** The button that moves the quiz on: publish a draft, close an open quiz, reopen a closed one. */
const NEXT_STATUS: Record<Settings["status"], { to: Settings["status"]; label: string }> = {
  draft: { to: "open", label: "Open the quiz to students" },
  open: { to: "closed", label: "Close the quiz" },
  closed: { to: "open", label: "Reopen the quiz" },
};

/**
 * The classroom settings of a teacher's quiz (PATCH /api/quizzes/:id): open, close or reopen it,
 * show or hide the leaderboard, one scored attempt per student or many.
 */
export function ClassroomSettings({ id, teacherKey }: { id: string; teacherKey: string }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const queue = useRef(Promise.resolve());
  /** Changes made and not yet answered: only the last answer may replace what the page shows. */
  const pending = useRef(0);

  useEffect(() => {
    send(api.quizzes[":id"].review.$get({ param: { id } }, bearer(teacherKey)))
      .then((review) => setSettings(review.quiz.settings))
      .catch((err: Error) => setMessage(`The settings did not load: ${err.message}`));
  }, [id, teacherKey]);

  /** Changes are sent one after another, in the order made; each is shown at once. */
  const change = (patch: Partial<Settings>) => {
    if (!settings) return;
    // A controlled checkbox must not flip back while its request is on its way.
    setSettings((old) => old && { ...old, ...patch });
    setBusy(true);
    setMessage("Saving…");
    pending.current++;
    queue.current = queue.current.then(async () => {
      try {
        const saved = await send(
          api.quizzes[":id"].$patch({ param: { id }, json: patch }, bearer(teacherKey)),
        );
        // an earlier change's answer would undo a later change the page already shows
        if (pending.current === 1) setSettings(saved.settings);
        setMessage("Saved.");
      } catch (err) {
        setMessage(`Not saved: ${(err as Error).message}`);
        const review = await send(
          api.quizzes[":id"].review.$get({ param: { id } }, bearer(teacherKey)),
        ).catch(() => null);
        if (review) setSettings(review.quiz.settings);
      } finally {
        pending.current--;
        if (pending.current === 0) setBusy(false);
      }
    });
  };

  if (!settings) return <p role="status">{message || "Loading the quiz's settings…"}</p>;
  const next = NEXT_STATUS[settings.status];
  return (
    <section class="card classroom-settings" aria-labelledby="classroom-heading">
      <h2 id="classroom-heading">Classroom</h2>
      <p>{STATUS_TEXT[settings.status]}</p>
      <button
        type="button"
        class={settings.status === "open" ? "button" : "button primary"}
        onClick={() => change({ status: next.to })}
      >
        {next.label}
      </button>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.leaderboard === "players"}
          onChange={(e) => change({ leaderboard: e.currentTarget.checked ? "players" : "hidden" })}
        />
        <span>
          Show the leaderboard to players (hidden, each student sees only their own place)
        </span>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.attempts === "one"}
          onChange={(e) => change({ attempts: e.currentTarget.checked ? "one" : "many" })}
        />
        <span>One scored attempt per student (later tries on the same device are practice)</span>
      </label>
      <p role="status" class="hint" aria-busy={busy || undefined}>
        {message}
      </p>
    </section>
  );
}

/**
 * Removing a student's attempt from the leaderboard and the results, with undo: the attempts
 * removed on this page (hidden at once, before the next refresh) and the last one to undo.
 */
export function useRemovals(id: string, teacherKey: string | undefined) {
  const [removed, setRemoved] = useState<Set<string>>(new Set());
  const [last, setLast] = useState<{ attemptId: string; name: string } | null>(null);
  const [error, setError] = useState("");
  const request = async (attemptId: string, remove: boolean) => {
    if (!teacherKey) return false;
    setError("");
    try {
      const param = { param: { id, attemptId } };
      if (remove)
        await send(api.quizzes[":id"].attempts[":attemptId"].$delete(param, bearer(teacherKey)));
      else
        await send(
          api.quizzes[":id"].attempts[":attemptId"].restore.$post(param, bearer(teacherKey)),
        );
      return true;
    } catch (err) {
      setError((err as Error).message);
      return false;
    }
  };
  return {
    removed,
    last,
    error,
    remove: async (attemptId: string, name: string) => {
      if (!(await request(attemptId, true))) return;
      setRemoved((old) => new Set(old).add(attemptId));
      setLast({ attemptId, name });
    },
    undo: async () => {
      if (!last || !(await request(last.attemptId, false))) return;
      setRemoved((old) => {
        const next = new Set(old);
        next.delete(last.attemptId);
        return next;
      });
      setLast(null);
    },
  };
}

/** "Removed Aisha. Undo": shown after a removal, until undone or another removal. */
export function RemovedNote({ removals }: { removals: ReturnType<typeof useRemovals> }) {
  if (removals.error)
    return (
      <p role="alert" class="form-error">
        {removals.error}
      </p>
    );
  if (!removals.last) return null;
  return (
    <p role="status" class="notice">
      Removed {removals.last.name} from the leaderboard and the results.{" "}
      <button type="button" class="link-button" onClick={removals.undo}>
        Undo
      </button>
    </p>
  );
}
