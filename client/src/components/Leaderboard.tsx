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

type Props = {
  quizId: string;
  token?: string | undefined;
  /** Show only the best `limit` rows (plus the student's own, wherever it is) and a link to the rest. */
  limit?: number;
};

/** A quiz's leaderboard, best first, with the student's own row marked in words as well as style. */
export function Leaderboard({ quizId, token, limit = Infinity }: Props) {
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
  const rows = state.entries.map((entry, i) => ({ ...entry, rank: i + 1 })).filter((e) => e.rank <= limit || e.mine);
  return (
    <>
      <LeaderboardTable rows={rows} />
      {rows.length < state.entries.length && (
        <p class="links">
          <a href={`/q/${quizId}/leaderboard`}>See the whole leaderboard ({state.entries.length} players)</a>
        </p>
      )}
    </>
  );
}

type Row = Entries[number] & { rank: number };

function LeaderboardTable({ rows }: { rows: Row[] }) {
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
        {rows.map((entry, i) => (
          <tr
            key={entry.rank}
            class={[entry.mine && "mine", i > 0 && rows[i - 1]!.rank !== entry.rank - 1 && "gap"].filter(Boolean).join(" ") || undefined}
            aria-current={entry.mine ? "true" : undefined}
          >
            <td>{entry.rank}</td>
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
