import { listAnswers, type Attempt } from "./attempts.ts";
import { roundScore } from "./points.ts";

/**
 * Adds up the points of the answers to the quiz's current questions (a match earns a share of its
 * point for each pair right): the server's score, whatever a client believes. An answer to a
 * question the teacher has since deleted no longer counts, so a score never exceeds its total.
 */
export function countCorrect(sql: SqlStorage, attemptId: string, questionIds: ReadonlySet<string>): number {
  return roundScore(listAnswers(sql, attemptId).reduce((n, a) => n + (questionIds.has(a.questionId) ? a.points : 0), 0));
}

export function markFinished(sql: SqlStorage, attemptId: string, score: number, total: number, now: number): void {
  sql.exec(
    "UPDATE attempts SET finished_at = ?, score = ?, total = ? WHERE id = ? AND finished_at IS NULL",
    now, score, total, attemptId,
  );
}

/**
 * A finish time for a new finisher: now, but always after the room's latest finish, so the order
 * of finishing is strict and "ties go to whoever finished first" never needs a coin toss.
 */
export function nextFinishTime(sql: SqlStorage, now: number): number {
  const latest = sql.exec<{ t: number | null }>("SELECT MAX(finished_at) AS t FROM attempts WHERE finished_at IS NOT NULL").one().t;
  return latest === null ? now : Math.max(now, latest + 1);
}

export function markScoreSaved(sql: SqlStorage, attemptId: string): void {
  sql.exec("UPDATE attempts SET score_saved = 1 WHERE id = ?", attemptId);
}

/** Finished attempts whose score has not reached KV yet (a failed write to retry). */
export function unsavedScores(sql: SqlStorage): string[] {
  const rows = sql.exec<{ id: string }>("SELECT id FROM attempts WHERE finished_at IS NOT NULL AND score_saved = 0");
  return rows.toArray().map((r) => r.id);
}

/**
 * 1 + the finished attempts ahead of this one, in the leaderboard's order: higher score first,
 * then earlier finish, then attempt id. Strongly consistent, unlike a KV listing.
 */
export function rankOf(sql: SqlStorage, a: Attempt): number {
  const ahead = sql.exec<{ n: number }>(
    `SELECT COUNT(*) AS n FROM attempts WHERE finished_at IS NOT NULL AND
       (score > ?1 OR (score = ?1 AND (finished_at < ?2 OR (finished_at = ?2 AND id < ?3))))`,
    a.score, a.finishedAt, a.id,
  );
  return ahead.one().n + 1;
}
