/** One finished attempt on a leaderboard. */
export type ScoreEntry = { name: string; score: number; total: number; finishedAt: number };

/** A stored score with the attempt it belongs to (kept server-side, never sent as is). */
export type StoredScore = ScoreEntry & { attemptId: string };

/**
 * `scores:<quizId>`: every scored, finished attempt of a quiz in one value, rewritten by the
 * quiz's room in batches (at most once every few seconds, see score-sync.ts) rather than one key
 * per attempt, so a class of 300 costs a few dozen KV writes, not 300.
 */
export const scoresKey = (quizId: string) => `scores:${quizId}`;

/** Logged on every KV write, so a bench (or Workers Logs) can count them. */
export function logKvWrite(key: string): void {
  console.log(`kv-write ${key}`);
}

/** Replaces the quiz's stored scores with `entries`. */
export async function saveScores(
  kv: KVNamespace,
  quizId: string,
  entries: StoredScore[],
): Promise<void> {
  logKvWrite(scoresKey(quizId));
  await kv.put(scoresKey(quizId), JSON.stringify(entries), { metadata: { count: entries.length } });
}

/** The quiz's stored scores (may lag the room's by a batch, and KV's reads by a minute). */
export async function listScores(kv: KVNamespace, quizId: string): Promise<StoredScore[]> {
  return (await kv.get<StoredScore[]>(scoresKey(quizId), { type: "json" })) ?? [];
}
