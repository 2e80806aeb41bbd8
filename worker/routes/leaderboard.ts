import { Hono } from "hono";
import { bearerToken } from "../attempts/attempt-auth.ts";
import { roomFor } from "../storage/rooms.ts";
import { byRank, listScores, type ScoreEntry, type StoredScore } from "../storage/scores.ts";
import { verifyAttemptToken } from "../attempts/tokens.ts";
import { quizOr404 } from "./quizzes.ts";

/** How many entries a leaderboard shows. */
export const LEADERBOARD_SIZE = 100;

/** A leaderboard line; `mine` marks the caller's own attempt when it sent its token. */
export type LeaderboardEntry = ScoreEntry & { mine?: true };

/**
 * The caller's own finished score, straight from its QuizRoom, when it sent a genuine token for
 * this quiz: KV's listing may lag a just-finished score by a minute, the room never does.
 */
async function ownScore(env: Env, quizId: string, header: string | undefined): Promise<StoredScore | null> {
  const token = bearerToken(header);
  const claims = token ? await verifyAttemptToken(env.TOKEN_SECRET, token) : null;
  if (!claims || claims.quizId !== quizId) return null;
  const attempt = await roomFor(env.QUIZ_ROOM, quizId).getAttempt(quizId, claims.attemptId);
  if (!attempt?.finished) return null;
  const { name, score, total, finishedAt } = attempt;
  return { attemptId: claims.attemptId, name, score: score!, total, finishedAt: finishedAt! };
}

/** The best scores of a quiz, best first; ties go to whoever finished first. */
export const leaderboardRoutes = new Hono<{ Bindings: Env }>().get("/:id/leaderboard", async (c) => {
  const { quiz } = await quizOr404(c.env, c.req.param("id"));
  const [scores, own] = await Promise.all([
    listScores(c.env.QUIZZES, quiz.id),
    ownScore(c.env, quiz.id, c.req.header("authorization")),
  ]);
  if (own && !scores.some((s) => s.attemptId === own.attemptId)) scores.push(own);
  const entries = scores
    .sort(byRank)
    .slice(0, LEADERBOARD_SIZE)
    .map(({ attemptId, name, score, total, finishedAt }): LeaderboardEntry => {
      const entry: LeaderboardEntry = { name, score, total, finishedAt };
      if (attemptId === own?.attemptId) entry.mine = true;
      return entry;
    });
  c.header("Cache-Control", "no-store");
  return c.json({ entries });
});
