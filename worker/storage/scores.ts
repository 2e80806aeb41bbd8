/** One finished attempt on a leaderboard. */
export type ScoreEntry = { name: string; score: number; total: number; finishedAt: number };

/** A stored score with the attempt it belongs to (kept server-side, never sent as is). */
export type StoredScore = ScoreEntry & { attemptId: string };

const scorePrefix = (quizId: string) => `score:${quizId}:`;

/** `score:<quizId>:<attemptId>`: one key per finished attempt, written once, never updated. */
export const scoreKey = (quizId: string, attemptId: string) => scorePrefix(quizId) + attemptId;

/** Writes a finished attempt's score; the value is empty, everything lives in the metadata. */
export async function saveScore(kv: KVNamespace, quizId: string, attemptId: string, entry: ScoreEntry) {
  const { name, score, total, finishedAt } = entry;
  await kv.put(scoreKey(quizId, attemptId), "", { metadata: { name, score, total, finishedAt } });
}

/** Every stored score of a quiz, following the list cursor to the end. May lag recent writes. */
export async function listScores(kv: KVNamespace, quizId: string): Promise<StoredScore[]> {
  const prefix = scorePrefix(quizId);
  const found: StoredScore[] = [];
  let cursor: string | undefined;
  do {
    const page = await kv.list<ScoreEntry>({ prefix, cursor });
    for (const key of page.keys) {
      if (key.metadata) found.push({ ...key.metadata, attemptId: key.name.slice(prefix.length) });
    }
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return found;
}

/** Best first; equal scores by who finished first, then by attempt id so the order is stable. */
export function byRank(a: StoredScore, b: StoredScore): number {
  return b.score - a.score || a.finishedAt - b.finishedAt || (a.attemptId < b.attemptId ? -1 : 1);
}
