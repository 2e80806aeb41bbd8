import type { QuizSettings } from "../quizzes/quiz-settings.ts";
import { findAttempt } from "./attempts.ts";
import { rankedScores, rankOf } from "./scores.ts";

/** How many entries a leaderboard shows. */
export const LEADERBOARD_SIZE = 100;

/** A leaderboard line; `mine` marks the caller's own attempt. */
export type LeaderboardEntry = {
  name: string;
  score: number;
  total: number;
  finishedAt: number;
  rank: number;
  mine?: true;
};

/** Who asks: the quiz's teacher, or a player (their attempt). */
export type BoardViewer = { teacher: true } | { attemptId: string };

export type Leaderboard = { entries: LeaderboardEntry[]; hidden: boolean };

/**
 * The leaderboard from the room's own table (strongly consistent: a removal or a new finish shows
 * at once): the best LEADERBOARD_SIZE, and the player's own line wherever it ranks. When the
 * teacher hides the leaderboard, a player sees only their own line; the teacher sees everything.
 */
export function leaderboardFor(
  sql: SqlStorage,
  settings: QuizSettings,
  viewer: BoardViewer,
): Leaderboard {
  const hidden = settings.leaderboard === "hidden";
  const mineId = "attemptId" in viewer ? viewer.attemptId : null;
  const top = hidden && mineId ? [] : rankedScores(sql, LEADERBOARD_SIZE);
  const entries = top.map(({ attemptId, name, score, total, finishedAt }, i): LeaderboardEntry => {
    const entry: LeaderboardEntry = { name, score, total, finishedAt, rank: i + 1 };
    if (attemptId === mineId) entry.mine = true;
    return entry;
  });
  if (mineId && !entries.some((e) => e.mine)) {
    const own = findAttempt(sql, mineId);
    const rank = own && rankOf(sql, own);
    if (own && rank)
      entries.push({
        name: own.name,
        score: own.score!,
        total: own.total!,
        finishedAt: own.finishedAt!,
        rank,
        mine: true,
      });
  }
  return { entries, hidden };
}
