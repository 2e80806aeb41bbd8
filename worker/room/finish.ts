import { saveScore, scoreKey } from "../storage/scores.ts";
import { alarmBy } from "./alarm.ts";
import { findAttempt, type Attempt } from "./attempts.ts";
import { countCorrect, markFinished, markScoreSaved, nextFinishTime, rankOf, unsavedScores } from "./scores.ts";
import type { FinishResult } from "./types.ts";

/** KV writes under way, so a finish retried while the first is still writing waits for it instead. */
const inFlight = new Map<string, Promise<void>>();

const RETRY_AFTER_MS = 30_000;

/**
 * Scores an attempt from its recorded answers to the quiz's current questions and marks it
 * finished, once. The score then goes to KV exactly once; a failed write is retried by the next
 * finish call or the room's alarm. The rank comes from the room's own table, so it never waits for
 * KV's listing to catch up.
 */
export async function finishAttempt(
  ctx: DurableObjectState, kv: KVNamespace, quizId: string, attemptId: string, questionIds: ReadonlySet<string>,
): Promise<FinishResult | null> {
  const sql = ctx.storage.sql;
  let attempt = findAttempt(sql, attemptId);
  if (!attempt) return null;
  if (attempt.finishedAt === null) {
    const score = countCorrect(sql, attemptId, questionIds);
    markFinished(sql, attemptId, score, questionIds.size, nextFinishTime(sql, Date.now()));
    attempt = findAttempt(sql, attemptId)!;
  }
  const result = { score: attempt.score!, total: attempt.total!, rank: rankOf(sql, attempt) };
  if (!attempt.scoreSaved) await saveScoreOnce(ctx, kv, quizId, attempt);
  return result;
}

/** Writes every finished score that has not reached KV yet (the alarm's job). */
export async function saveUnsavedScores(ctx: DurableObjectState, kv: KVNamespace, quizId: string) {
  const attempts = unsavedScores(ctx.storage.sql).map((id) => findAttempt(ctx.storage.sql, id)!);
  await Promise.all(attempts.map((a) => saveScoreOnce(ctx, kv, quizId, a)));
}

function saveScoreOnce(ctx: DurableObjectState, kv: KVNamespace, quizId: string, a: Attempt): Promise<void> {
  const key = scoreKey(quizId, a.id);
  let pending = inFlight.get(key);
  if (!pending) {
    const entry = { name: a.name, score: a.score!, total: a.total!, finishedAt: a.finishedAt! };
    pending = saveScore(kv, quizId, a.id, entry)
      .then(() => markScoreSaved(ctx.storage.sql, a.id))
      .catch(async (err: unknown) => {
        console.error("saving a score to KV failed; the room's alarm will retry", err);
        await alarmBy(ctx.storage, Date.now() + RETRY_AFTER_MS);
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}
