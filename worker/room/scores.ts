import type { StoredScore } from "../storage/scores.ts";
import { type Attempt, listAnswers } from "./attempts.ts";
import { roundScore } from "./points.ts";

/**
 * Adds up the points of the answers to the quiz's current questions (a match earns a share of its
 * point for each pair right): the server's score, whatever a client believes. An answer to a
 * question the teacher has since deleted no longer counts, so a score never exceeds its total.
 */
export function countCorrect(
  sql: SqlStorage,
  attemptId: string,
  questionIds: ReadonlySet<string>,
): number {
  return roundScore(
    listAnswers(sql, attemptId).reduce(
      (n, a) => n + (questionIds.has(a.questionId) ? a.points : 0),
      0,
    ),
  );
}

export function markFinished(
  sql: SqlStorage,
  attemptId: string,
  score: number,
  total: number,
  now: number,
): void {
  sql.exec(
    "UPDATE attempts SET finished_at = ?, score = ?, total = ? " +
      "WHERE id = ? AND finished_at IS NULL",
    now,
    score,
    total,
    attemptId,
  );
}

/**
 * A finish time for a new finisher: now, but always after the room's latest finish, so the order
 * of finishing is strict and "ties go to whoever finished first" never needs a coin toss.
 */
export function nextFinishTime(sql: SqlStorage, now: number): number {
  const latest = sql
    .exec<{ t: number | null }>(
      "SELECT MAX(finished_at) AS t FROM attempts WHERE finished_at IS NOT NULL",
    )
    .one().t;
  return latest === null ? now : Math.max(now, latest + 1);
}

/**
 * The attempts a leaderboard ranks: finished, scored (not practice), not removed by the teacher.
 */
const RANKED = "finished_at IS NOT NULL AND practice = 0 AND removed_at IS NULL";

type ScoreRow = { id: string; name: string; score: number; total: number; finished_at: number };
const toScore = (r: ScoreRow): StoredScore => ({
  attemptId: r.id,
  name: r.name,
  score: r.score,
  total: r.total,
  finishedAt: r.finished_at,
});

/**
 * The best `limit` ranked attempts (all of them without a limit): higher score first, then earlier
 * finish, then id.
 */
export function rankedScores(sql: SqlStorage, limit = -1): StoredScore[] {
  const query = `SELECT id, name, score, total, finished_at FROM attempts WHERE ${RANKED}
    ORDER BY score DESC, finished_at, id LIMIT ?`;
  return sql.exec<ScoreRow>(query, limit).toArray().map(toScore);
}

/**
 * 1 + the ranked attempts ahead of this one, in the leaderboard's order. Strongly consistent,
 * unlike a KV listing. Null for an attempt that is not ranked (unfinished, practice, removed).
 */
export function rankOf(sql: SqlStorage, a: Attempt): number | null {
  if (a.finishedAt === null || a.practice || a.removedAt !== null) return null;
  const ahead = sql.exec<{ n: number }>(
    `SELECT COUNT(*) AS n FROM attempts WHERE ${RANKED} AND
       (score > ?1 OR (score = ?1 AND (finished_at < ?2 OR (finished_at = ?2 AND id < ?3))))`,
    a.score,
    a.finishedAt,
    a.id,
  );
  return ahead.one().n + 1;
}
