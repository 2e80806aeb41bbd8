import type { RoomAlarm } from "./alarm.ts";
import { findAttempt } from "./attempts.ts";
import { markScoresChanged } from "./score-sync.ts";
import { countCorrect, markFinished, nextFinishTime, rankOf } from "./scores.ts";
import type { FinishResult } from "./types.ts";

/**
 * Scores an attempt from its recorded answers to the quiz's current questions and marks it
 * finished, once; later calls return the same score. Marking it finished, recording that KV's
 * scores are behind and arming the alarm that writes them happen without an await between, so
 * they commit together: the score cannot be lost between the room and KV. The rank comes from
 * the room's own table, so it never waits for KV. A practice try has no rank.
 */
export function finishAttempt(
  sql: SqlStorage,
  alarm: RoomAlarm,
  attemptId: string,
  questionIds: ReadonlySet<string>,
): FinishResult | null {
  let attempt = findAttempt(sql, attemptId);
  if (!attempt) return null;
  if (attempt.finishedAt === null) {
    const now = Date.now();
    markFinished(
      sql,
      attemptId,
      countCorrect(sql, attemptId, questionIds),
      questionIds.size,
      nextFinishTime(sql, now),
    );
    if (!attempt.practice) markScoresChanged(sql, alarm, now);
    attempt = findAttempt(sql, attemptId)!;
  }
  return {
    score: attempt.score!,
    total: attempt.total!,
    rank: rankOf(sql, attempt),
    practice: attempt.practice,
  };
}
