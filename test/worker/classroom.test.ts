import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { LEADERBOARD_SIZE } from "../../worker/routes/leaderboard.ts";
import { listScores } from "../../worker/storage/scores.ts";
import { answer, api, finish, seedQuiz, startAttempt } from "./support/api.ts";
import { fixtureQuiz, rightAnswers } from "./support/fixtures.ts";

const STUDENTS = 300;
const right = rightAnswers(fixtureQuiz);
const wrong = (i: number) => {
  const q = fixtureQuiz.questions[i]!;
  return Array.isArray(q.answer) ? [...q.answer].reverse() : q.options?.find((o) => o !== q.answer) ?? "nobody";
};

/** Student `n` gets the first `n % 7` questions right: every score from 0 to 6 occurs. */
async function playAsStudent(n: number) {
  const { attemptId, token } = await startAttempt(fixtureQuiz.id, `Student ${n}`, `10.1.${n >> 8}.${n & 255}`);
  const expected = n % 7;
  const results = await Promise.all(
    fixtureQuiz.questions.map((q, i) => answer(attemptId, token, q.id, i < expected ? right[q.id] : wrong(i))),
  );
  for (const res of results) expect(res.status).toBe(200);
  const res = await finish(attemptId, token);
  expect(res.status).toBe(200);
  return { n, attemptId, token, expected, result: (await res.json()) as { score: number; total: number; rank: number } };
}

describe("a class of 300 playing at once", () => {
  it("loses no answer and no score", { timeout: 30_000 }, async () => {
    await seedQuiz(fixtureQuiz);
    const played = await Promise.all(Array.from({ length: STUDENTS }, (_, n) => playAsStudent(n)));

    for (const p of played) {
      expect(p.result.score).toBe(p.expected);
      expect(p.result.total).toBe(6);
      expect(p.result.rank).toBeGreaterThanOrEqual(1);
    }
    const sample = played.filter((p) => p.n % 25 === 0);
    for (const p of sample) {
      const attempt = (await (await api(`/api/attempts/${p.attemptId}`, { token: p.token })).json()) as {
        answers: Record<string, { correct: boolean }>;
        score: number;
      };
      expect(Object.keys(attempt.answers)).toHaveLength(6);
      expect(Object.values(attempt.answers).filter((a) => a.correct)).toHaveLength(p.expected);
      expect(attempt.score).toBe(p.expected);
    }

    const stored = await listScores(env.QUIZZES, fixtureQuiz.id);
    expect(stored).toHaveLength(STUDENTS);
    const byAttempt = new Map(stored.map((s) => [s.attemptId, s.score]));
    for (const p of played) expect(byAttempt.get(p.attemptId)).toBe(p.expected);

    const board = (await (await api(`/api/quizzes/${fixtureQuiz.id}/leaderboard`)).json()) as { entries: { score: number }[] };
    expect(board.entries).toHaveLength(LEADERBOARD_SIZE);
    const scores = board.entries.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBe(6);
  });
});
