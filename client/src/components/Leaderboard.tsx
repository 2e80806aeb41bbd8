import { useEffect, useState } from "preact/hooks";
import { api, bearer, send } from "../api";

type Board = Awaited<ReturnType<typeof loadBoard>>;
type Entries = Board["entries"];

/**
 * The leaderboard, for this quiz's players only: sent with this device's attempt token, and the
 * API marks the student's own entry as `mine` (and adds it below the top 100 when it ranks there).
 */
function loadBoard(quizId: string, token: string) {
  return send(api.quizzes[":id"].leaderboard.$get({ param: { id: quizId } }, bearer(token)));
}

type State =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "players-only" }
  | { status: "ready"; entries: Entries; hidden: boolean };

type Props = {
  quizId: string;
  token?: string | undefined;
  /**
   * Show only the best `limit` rows (plus the student's own, wherever it is) and a link to the
   * rest.
   */
  limit?: number;
};

/**
 * A quiz's leaderboard, best first, with the student's own row marked in words as well as style.
 */
export function Leaderboard({ quizId, token, limit = Infinity }: Props) {
  const [state, setState] = useState<State>({ status: "loading" });
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    let live = true;
    if (!token) return setState({ status: "players-only" });
    setState({ status: "loading" });
    loadBoard(quizId, token)
      .then(({ entries, hidden }) => live && setState({ status: "ready", entries, hidden }))
      .catch((err: Error) => live && setState({ status: "error", message: err.message }));
    return () => {
      live = false;
    };
  }, [quizId, token, loads]);

  if (state.status === "loading") return <p role="status">Loading the leaderboard…</p>;
  if (state.status === "players-only")
    return <p>The leaderboard is for this quiz's players: play the quiz to see it.</p>;
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
  const note = state.hidden ? (
    <p>Your teacher has hidden the leaderboard; here is your own place.</p>
  ) : null;
  if (!state.entries.length) return note ?? <p>No one has finished this quiz yet. Be the first!</p>;
  const rows = state.entries.filter((e) => e.rank <= limit || e.mine);
  return (
    <>
      {note}
      <LeaderboardTable rows={rows} />
      {rows.length < state.entries.length && (
        <p class="links">
          <a href={`/q/${quizId}/leaderboard`}>
            See the whole leaderboard ({state.entries.length} players)
          </a>
        </p>
      )}
    </>
  );
}

type Row = Entries[number];

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
            class={
              [entry.mine && "mine", i > 0 && rows[i - 1]!.rank !== entry.rank - 1 && "gap"]
                .filter(Boolean)
                .join(" ") || undefined
            }
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
