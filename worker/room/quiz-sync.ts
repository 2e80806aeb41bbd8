import type { Quiz } from "../../questions/types.ts";
import { putQuiz } from "../storage/quizzes.ts";
import type { RoomAlarm } from "./alarm.ts";
import { readKeyHash } from "./key-hash-store.ts";
import { hasTables } from "./schema.ts";

/** KV takes about one write a second to one key; edits closer together are coalesced. */
export const KV_WRITE_GAP_MS = 1_000;
/** A failed write (KV's 429 included) is tried again this much later, by the alarm. */
const RETRY_MS = 5_000;

type SyncRow = { revision: number; synced_revision: number; synced_at: number };

/** Counts a change to the room's quiz that KV does not have yet. */
export function markQuizChanged(sql: SqlStorage): void {
  sql.exec(`INSERT INTO quiz_sync (one, revision, synced_revision, synced_at) VALUES (1, 1, 0, 0)
    ON CONFLICT (one) DO UPDATE SET revision = revision + 1`);
}

function unsynced(sql: SqlStorage): SyncRow | null {
  if (!hasTables(sql)) return null;
  const row = sql
    .exec<SyncRow>("SELECT revision, synced_revision, synced_at FROM quiz_sync")
    .toArray()[0];
  return row && row.revision !== row.synced_revision ? row : null;
}

/**
 * Keeps KV's `quiz:<id>` following the room's copy (the source of truth) without ever writing
 * the key twice within a second: a change is written at once when the last write is a second old,
 * otherwise the room's alarm writes the newest version when the second is up. Call the returned
 * function after every change and from the alarm. It never throws: a failed write re-arms the
 * alarm.
 */
export function kvQuizSync(
  ctx: DurableObjectState,
  kv: KVNamespace,
  alarm: RoomAlarm,
  current: () => Quiz | null,
) {
  const sql = ctx.storage.sql;
  let writing: Promise<void> | null = null;

  async function write(): Promise<void> {
    const row = unsynced(sql);
    const quiz = current();
    if (!row || !quiz) return;
    try {
      await putQuiz(kv, quiz, false, readKeyHash(sql) ?? undefined);
      sql.exec("UPDATE quiz_sync SET synced_revision = ?, synced_at = ?", row.revision, Date.now());
    } catch (err) {
      console.error("writing a quiz to KV failed; the room's alarm will retry", err);
      alarm.by(Date.now() + RETRY_MS);
      return;
    }
    // An edit that arrived while this write was under way waits its second.
    if (unsynced(sql)) alarm.by(Date.now() + KV_WRITE_GAP_MS);
  }

  return async function syncQuiz(): Promise<void> {
    if (writing) return;
    const row = unsynced(sql);
    if (!row) return;
    const wait = row.synced_at + KV_WRITE_GAP_MS - Date.now();
    if (wait > 0) return alarm.by(Date.now() + wait);
    writing = write().finally(() => (writing = null));
    return writing;
  };
}
