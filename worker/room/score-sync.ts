import { saveScores } from "../storage/scores.ts";
import type { RoomAlarm } from "./alarm.ts";
import { hasTables } from "./schema.ts";
import { rankedScores } from "./scores.ts";

/**
 * Finished scores reach KV in batches: the first change waits BATCH_MS for others to join it,
 * and the key `scores:<quizId>` is never written twice within GAP_MS. A class of 300 finishing
 * over five minutes costs at most 5 * 60 / 10 + 1 = 31 writes, whatever its size.
 */
export const SCORE_BATCH_MS = 2_000;
export const SCORE_GAP_MS = 10_000;
const RETRY_MS = 15_000;

type SyncRow = { revision: number; synced_revision: number; synced_at: number };

function syncRow(sql: SqlStorage): SyncRow | null {
  if (!hasTables(sql)) return null;
  return (
    sql.exec<SyncRow>("SELECT revision, synced_revision, synced_at FROM score_sync").toArray()[0] ??
    null
  );
}

/**
 * Records that the room's scores changed and arms the alarm that writes them to KV. Call it in
 * the same synchronous stretch as the change itself (no await between): the change, this row and
 * the alarm are then one atomic write, so a crash can never leave a score that KV will not get.
 */
export function markScoresChanged(sql: SqlStorage, alarm: RoomAlarm, now: number): void {
  sql.exec(`INSERT INTO score_sync (one, revision, synced_revision, synced_at) VALUES (1, 1, 0, 0)
    ON CONFLICT (one) DO UPDATE SET revision = revision + 1`);
  const row = syncRow(sql)!;
  alarm.by(Math.max(now + SCORE_BATCH_MS, row.synced_at + SCORE_GAP_MS));
}

/** True when a change to the scores has not reached KV yet. */
export function scoresPending(sql: SqlStorage): boolean {
  const row = syncRow(sql);
  return row !== null && row.revision !== row.synced_revision;
}

/**
 * The alarm's job: writes every ranked score to KV when they changed and the last write is
 * SCORE_GAP_MS old; otherwise, or when the write fails, arms the alarm again.
 */
export async function writeScores(
  sql: SqlStorage,
  kv: KVNamespace,
  alarm: RoomAlarm,
  quizId: string,
): Promise<void> {
  const row = syncRow(sql);
  if (!row || row.revision === row.synced_revision) return;
  const wait = row.synced_at + SCORE_GAP_MS - Date.now();
  if (wait > 0) return alarm.by(Date.now() + wait);
  try {
    await saveScores(kv, quizId, rankedScores(sql));
  } catch (err) {
    console.error("writing scores to KV failed; the room's alarm will retry", err);
    return alarm.by(Date.now() + RETRY_MS);
  }
  const now = Date.now();
  sql.exec("UPDATE score_sync SET synced_revision = ?, synced_at = ?", row.revision, now);
  if (scoresPending(sql)) alarm.by(now + SCORE_GAP_MS);
}
