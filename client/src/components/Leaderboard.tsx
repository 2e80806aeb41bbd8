import { useEffect, useState } from "preact/hooks";
import { api, bearer, send } from "../api";

type Entries = Awaited<ReturnType<typeof loadEntries>>;

/**
 * The leaderboard, sent with this device's attempt token when there is one: the API then marks
 * (and, while KV's listing catches up, adds) the student's own entry as `mine`.
 */
function loadEntries(quizId: string, token: string | undefined) {
  return send(api.quizzes[":id"].leaderboard.$get({ param: { id: quizId } }, token ? bearer(token) : undefined)).then(
    (body) => body.entries,
  );
}

type State = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; entries: Entries };

/** A quiz's leaderboard, best first, with the student's own row marked in words as well as style. */
export function Leaderboard({ quizId, token }: { quizId: string; token?: string | undefined }) {
  const [state, setState] = useState<State>({ status: "loading" });
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: "loading" });
    loadEntries(quizId, token)
      .then((entries) => live && setState({ status: "ready", entries }))
      .catch((err: Error) => live && setState({ status: "error", message: err.message }));
    return () => {
      live = false;
    };
  }, [quizId, token, loads]);

  if (state.status === "loading") return <p role="status">Loading the leaderboard…</p>;
  if (state.status === "error") {
    return (
      <div role="alert" class="notice">
        <p>We couldn't load the leaderboard. {state.message}</p>
        <button type="button" class="button" onClick={() => setLoads((n) => n + 1)}>
          Try again
        </button>
      </div>
    );
  }
  if (!state.entries.length) return <p>No one has finished this quiz yet. Be the first!</p>;
  return (
    <table class="leaderboard">
      <caption class="visually-hidden">Leaderboard, best first</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Name</th>
          <th scope="col">Score</th>
        </tr>
      </thead>
      <tbody>
        {state.entries.map((entry, i) => (
          <tr key={i} class={entry.mine ? "mine" : undefined} aria-current={entry.mine ? "true" : undefined}>
            <td>{i + 1}</td>
            <td class="name">
              {entry.name}
              {entry.mine && <span class="you"> (you)</span>}
            </td>
            <td class="score">
              {entry.score}
              <span class="of"> of {entry.total}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
