import { type Context, Hono } from "hono";
import { bearerToken } from "../attempts/attempt-auth.ts";
import { verifyAttemptToken } from "../attempts/tokens.ts";
import { ApiError } from "../http/errors.ts";
import type { BoardViewer } from "../room/leaderboard.ts";
import { roomFor } from "../storage/rooms.ts";
import { checkTeacherKey } from "../teacher/teacher-auth.ts";
import { quizOr404 } from "./quizzes.ts";

export { LEADERBOARD_SIZE, type LeaderboardEntry } from "../room/leaderboard.ts";

/**
 * Who may read a quiz's leaderboard: a player of this quiz (a genuine attempt token for it) or
 * its teacher (the teacher key). Students' names are not public.
 */
async function viewerOf(c: Context<{ Bindings: Env }>, quizId: string): Promise<BoardViewer> {
  const presented = bearerToken(c.req.header("authorization"));
  if (!presented) {
    throw new ApiError(
      401,
      "unauthorized",
      "The leaderboard is for the quiz's players and teacher: send your attempt's token " +
        "(or the teacher key) as `Authorization: Bearer …`.",
    );
  }
  if (presented.startsWith("a1.")) {
    const claims = await verifyAttemptToken(c.env.TOKEN_SECRET, presented);
    if (!claims) throw new ApiError(401, "unauthorized", "That attempt token is not valid.");
    if (claims.quizId !== quizId)
      throw new ApiError(403, "forbidden", "That token belongs to an attempt at another quiz.");
    return { attemptId: claims.attemptId };
  }
  await checkTeacherKey(c, quizId, presented);
  return { teacher: true };
}

/**
 * The best scores of a quiz, best first (ties go to whoever finished first), from its room, so a
 * finish or a teacher's removal shows at once; the player's own line is always there (`mine`).
 */
export const leaderboardRoutes = new Hono<{ Bindings: Env }>().get(
  "/:id/leaderboard",
  async (c) => {
    const { quiz } = await quizOr404(c.env, c.req.param("id"));
    const viewer = await viewerOf(c, quiz.id);
    const board = await roomFor(c.env.QUIZ_ROOM, quiz.id).leaderboard(quiz.id, viewer);
    if (!board) throw new ApiError(404, "quiz_not_found", "There is no quiz with that id.");
    c.header("Cache-Control", "no-store");
    return c.json(board);
  },
);
