import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { roomFor } from "../../worker/storage/rooms.ts";
import { listScores } from "../../worker/storage/scores.ts";
import { answer, api, finish, seedQuiz, startAttempt } from "./support/api.ts";
import { fixtureWithId, rightAnswers } from "./support/fixtures.ts";

type Entry = { name: string; score: number; total: number; finishedAt: number; mine?: true };
const leaderboard = async (quizId: string, token?: string) =>
  ((await (await api(`/api/quizzes/${quizId}/leaderboard`, { token })).json()) as { entries: Entry[] }).entries;

/** Plays one attempt: answers the first `rightCount` questions right and the rest wrong, then finishes. */
async function play(quizId: string, name: string, rightCount: number) {
  const quiz = fixtureWithId(quizId);
  const { attemptId, token } = await startAttempt(quizId, name);
  const right = rightAnswers(quiz);
  for (const [i, q] of quiz.questions.entries()) {
    const given = i < rightCount ? right[q.id] : Array.isArray(q.answer) ? [...q.answer].reverse() : q.options?.find((o) => o !== q.answer) ?? "wrong";
    await answer(attemptId, token, q.id, given);
  }
  const res = await finish(attemptId, token);
  return { attemptId, token, res, result: (await res.json()) as { score: number; total: number; rank: number } };
}

describe("POST /api/attempts/:attemptId/finish", () => {
  it("scores on the server and ranks among finished attempts", async () => {
    await seedQuiz(fixtureWithId("finish-1"));
    const first = await play("finish-1", "Ana", 4);
    expect(first.res.status).toBe(200);
    expect(first.result).toEqual({ score: 4, total: 6, rank: 1 });
    const second = await play("finish-1", "Ben", 6);
    expect(second.result).toEqual({ score: 6, total: 6, rank: 1 });
    expect((await play("finish-1", "Cy", 4)).result.rank).toBe(3);
  });

  it("counts unanswered questions as wrong", async () => {
    await seedQuiz(fixtureWithId("finish-2"));
    const { attemptId, token } = await startAttempt("finish-2");
    await answer(attemptId, token, "q-tf", "True");
    expect(await (await finish(attemptId, token)).json()).toEqual({ score: 1, total: 6, rank: 1 });
  });

  it("returns the same score when finished twice and writes nothing new", async () => {
    await seedQuiz(fixtureWithId("finish-3"));
    const { attemptId, token, result } = await play("finish-3", "Twice", 3);
    const stored = await listScores(env.QUIZZES, "finish-3");
    const again = await Promise.all([finish(attemptId, token), finish(attemptId, token)]);
    for (const res of again) expect(await res.json()).toEqual(result);
    expect(await listScores(env.QUIZZES, "finish-3")).toEqual(stored);
    expect(stored).toHaveLength(1);
  });

  it("writes one KV key per finished attempt with the score in its metadata", async () => {
    await seedQuiz(fixtureWithId("finish-4"));
    const { attemptId } = await play("finish-4", "Keyed", 2);
    const { keys } = await env.QUIZZES.list({ prefix: "score:finish-4:" });
    expect(keys).toEqual([
      { name: `score:finish-4:${attemptId}`, metadata: { name: "Keyed", score: 2, total: 6, finishedAt: expect.any(Number) } },
    ]);
  });
});

describe("a score whose KV write failed", () => {
  it("is written by the next finish call, or else by the room's alarm", async () => {
    await seedQuiz(fixtureWithId("finish-5"));
    const retried = await play("finish-5", "Retried", 2);
    const alarmed = await play("finish-5", "Alarmed", 1);
    // As if both writes had failed: no keys in KV, and the room still has them to save.
    for (const p of [retried, alarmed]) await env.QUIZZES.delete(`score:finish-5:${p.attemptId}`);
    const room = roomFor(env.QUIZ_ROOM, "finish-5");
    await runInDurableObject(room, (_, state) => void state.storage.sql.exec("UPDATE attempts SET score_saved = 0"));

    expect(await (await finish(retried.attemptId, retried.token)).json()).toEqual(retried.result);
    expect((await listScores(env.QUIZZES, "finish-5")).map((s) => s.name)).toEqual(["Retried"]);

    await runInDurableObject(room, (_, state) => state.storage.setAlarm(Date.now()));
    expect(await runDurableObjectAlarm(room)).toBe(true);
    const names = (await listScores(env.QUIZZES, "finish-5")).map((s) => s.name).sort();
    expect(names).toEqual(["Alarmed", "Retried"]);
  });
});

describe("GET /api/quizzes/:id/leaderboard", () => {
  it("lists best first, ties by who finished first, names verbatim as JSON text", async () => {
    await seedQuiz(fixtureWithId("board-1"));
    await play("board-1", "Early five", 5);
    await play("board-1", "<b>Bold</b> & \"quoted\"", 6);
    await play("board-1", "Late five", 5);
    await play("board-1", "Two", 2);
    const entries = await leaderboard("board-1");
    expect(entries.map((e) => [e.name, e.score, e.total])).toEqual([
      ['<b>Bold</b> & "quoted"', 6, 6],
      ["Early five", 5, 6],
      ["Late five", 5, 6],
      ["Two", 2, 6],
    ]);
    expect(entries[1]!.finishedAt).toBeLessThan(entries[2]!.finishedAt);
  });

  it("is empty for a quiz nobody finished, and a JSON 404 for an unknown quiz", async () => {
    await seedQuiz(fixtureWithId("board-2"));
    expect(await leaderboard("board-2")).toEqual([]);
    const res = await api("/api/quizzes/no-such-quiz/leaderboard");
    expect(res.status).toBe(404);
  });

  it("shows the caller's own finished score even before KV lists it, marked as mine", async () => {
    await seedQuiz(fixtureWithId("board-3"));
    await play("board-3", "Other", 3);
    const me = await play("board-3", "Me", 4);
    // Simulate KV's listing lagging behind the finish: the key is not there yet.
    await env.QUIZZES.delete(`score:board-3:${me.attemptId}`);
    expect((await leaderboard("board-3")).map((e) => e.name)).toEqual(["Other"]);
    const mine = await leaderboard("board-3", me.token);
    expect(mine.map((e) => [e.name, e.mine])).toEqual([["Me", true], ["Other", undefined]]);
    expect(me.result.rank).toBe(1);
  });

  it("ignores a token from another quiz or a forged one", async () => {
    await seedQuiz(fixtureWithId("board-4"));
    const elsewhere = await startAttempt("board-3");
    expect((await api("/api/quizzes/board-4/leaderboard", { token: elsewhere.token })).status).toBe(200);
    expect((await api("/api/quizzes/board-4/leaderboard", { token: "forged" })).status).toBe(200);
  });
});
