import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, onTestFinished } from "vitest";
import { roomFor } from "../../worker/storage/rooms.ts";
import { listScores } from "../../worker/storage/scores.ts";
import { answer, api, finish, seedQuiz, startAttempt } from "./support/api.ts";
import { fixtureWithId, rightAnswers } from "./support/fixtures.ts";
import { settleRooms } from "./support/snapshot.ts";

type Entry = {
  name: string;
  score: number;
  total: number;
  finishedAt: number;
  rank: number;
  mine?: true;
};
const leaderboard = async (quizId: string, token?: string) =>
  (
    (await (await api(`/api/quizzes/${quizId}/leaderboard`, { token })).json()) as {
      entries: Entry[];
    }
  ).entries;

/**
 * Plays one attempt: answers the first `rightCount` questions right and the rest wrong, then
 * finishes.
 */
async function play(quizId: string, name: string, rightCount: number) {
  const quiz = fixtureWithId(quizId);
  const { attemptId, token } = await startAttempt(quizId, name);
  const right = rightAnswers(quiz);
  for (const [i, q] of quiz.questions.entries()) {
    const given =
      i < rightCount
        ? right[q.id]
        : Array.isArray(q.answer)
          ? [...q.answer].reverse()
          : (q.options?.find((o) => o !== q.answer) ?? "wrong");
    await answer(attemptId, token, q.id, given);
  }
  const res = await finish(attemptId, token);
  return {
    attemptId,
    token,
    res,
    result: (await res.json()) as { score: number; total: number; rank: number; practice: boolean },
  };
}

/** Counts the room's KV writes of `key` from now on. */
async function countWrites(quizId: string, key: string, fail = 0) {
  const writes: number[] = [];
  const kv = await runInDurableObject(
    roomFor(env.QUIZ_ROOM, quizId),
    // biome-ignore lint/plugin: `env` is protected on a Durable Object; the test reads its KV
    (instance) => (instance as unknown as { env: Env }).env.QUIZZES,
  );
  const put = kv.put;
  let failures = fail;
  kv.put = ((k: string, ...rest: unknown[]) => {
    if (k === key) {
      if (failures-- > 0) return Promise.reject(new Error("KV is down"));
      writes.push(Date.now());
    }
    return (put as (...args: unknown[]) => Promise<void>).call(kv, k, ...rest);
  }) as KVNamespace["put"];
  onTestFinished(() => {
    kv.put = put;
  });
  return writes;
}

const roomState = (quizId: string) =>
  runInDurableObject(roomFor(env.QUIZ_ROOM, quizId), async (_, state) => ({
    alarm: await state.storage.getAlarm(),
    sync: state.storage.sql
      .exec<{ revision: number; synced_revision: number }>(
        "SELECT revision, synced_revision FROM score_sync",
      )
      .toArray()[0],
  }));

describe("POST /api/attempts/:attemptId/finish", () => {
  it("scores on the server and ranks among finished attempts", async () => {
    await seedQuiz(fixtureWithId("finish-1"));
    const first = await play("finish-1", "Ana", 4);
    expect(first.res.status).toBe(200);
    expect(first.result).toEqual({ score: 4, total: 6, rank: 1, practice: false });
    const second = await play("finish-1", "Ben", 6);
    expect(second.result).toEqual({ score: 6, total: 6, rank: 1, practice: false });
    expect((await play("finish-1", "Cy", 4)).result.rank).toBe(3);
  });

  it("counts unanswered questions as wrong", async () => {
    await seedQuiz(fixtureWithId("finish-2"));
    const { attemptId, token } = await startAttempt("finish-2");
    await answer(attemptId, token, "q-tf", "True");
    expect(await (await finish(attemptId, token)).json()).toEqual({
      score: 1,
      total: 6,
      rank: 1,
      practice: false,
    });
  });

  it("returns the same score when finished twice and writes nothing new", async () => {
    await seedQuiz(fixtureWithId("finish-3"));
    const { attemptId, token, result } = await play("finish-3", "Twice", 3);
    await settleRooms(["finish-3"]);
    const stored = await listScores(env.QUIZZES, "finish-3");
    const state = await roomState("finish-3");
    const again = await Promise.all([finish(attemptId, token), finish(attemptId, token)]);
    for (const res of again) expect(await res.json()).toEqual(result);
    expect(await roomState("finish-3")).toEqual(state);
    expect(stored).toEqual([
      { attemptId, name: "Twice", score: 3, total: 6, finishedAt: expect.any(Number) },
    ]);
  });
});

describe("scores reaching KV", () => {
  it("are all in one key, written in batches: 40 finishes cost a write or two", {
    timeout: 20_000,
  }, async () => {
    await seedQuiz(fixtureWithId("finish-4"));
    const writes = await countWrites("finish-4", "scores:finish-4");
    const played = await Promise.all(
      Array.from({ length: 40 }, (_, i) => play("finish-4", `Student ${i}`, i % 7)),
    );
    await settleRooms(["finish-4"]);
    const stored = await listScores(env.QUIZZES, "finish-4");
    expect(stored).toHaveLength(40);
    for (const p of played)
      expect(stored.find((s) => s.attemptId === p.attemptId)?.score).toBe(p.result.score);
    expect(writes.length).toBeGreaterThanOrEqual(1);
    expect(writes.length).toBeLessThanOrEqual(2);
    for (let i = 1; i < writes.length; i++)
      expect(writes[i]! - writes[i - 1]!).toBeGreaterThanOrEqual(1_000);
  });

  it("cannot be lost: committed with the alarm that writes it; failed writes retried", async () => {
    await seedQuiz(fixtureWithId("finish-5"));
    const writes = await countWrites("finish-5", "scores:finish-5", 1);
    const done = await play("finish-5", "Kept", 2);
    // The moment the finish returns, the room holds the score, a pending KV write and its alarm.
    const state = await roomState("finish-5");
    expect(state.alarm).not.toBeNull();
    expect(state.sync!.revision).toBeGreaterThan(state.sync!.synced_revision);
    // The first write fails (KV down): the alarm is armed again, and the next ring writes it.
    expect(await runDurableObjectAlarm(roomFor(env.QUIZ_ROOM, "finish-5"))).toBe(true);
    expect(await listScores(env.QUIZZES, "finish-5")).toEqual([]);
    expect((await roomState("finish-5")).alarm).not.toBeNull();
    await runInDurableObject(roomFor(env.QUIZ_ROOM, "finish-5"), (_, s) =>
      s.storage.setAlarm(Date.now()),
    );
    expect(await runDurableObjectAlarm(roomFor(env.QUIZ_ROOM, "finish-5"))).toBe(true);
    expect((await listScores(env.QUIZZES, "finish-5")).map((s) => s.attemptId)).toEqual([
      done.attemptId,
    ]);
    expect(writes).toHaveLength(1);
  });
});

describe("GET /api/quizzes/:id/leaderboard", () => {
  it("lists best first, ties by who finished first, names verbatim as JSON text", async () => {
    await seedQuiz(fixtureWithId("board-1"));
    await play("board-1", "Early five", 5);
    await play("board-1", '<b>Bold</b> & "quoted"', 6);
    await play("board-1", "Late five", 5);
    const me = await play("board-1", "Two", 2);
    const entries = await leaderboard("board-1", me.token);
    expect(entries.map((e) => [e.name, e.score, e.total, e.rank])).toEqual([
      ['<b>Bold</b> & "quoted"', 6, 6, 1],
      ["Early five", 5, 6, 2],
      ["Late five", 5, 6, 3],
      ["Two", 2, 6, 4],
    ]);
    expect(entries[1]!.finishedAt).toBeLessThan(entries[2]!.finishedAt);
    expect(entries[3]!.mine).toBe(true);
  });

  it("is empty for a quiz nobody finished, and a JSON 404 for an unknown quiz", async () => {
    await seedQuiz(fixtureWithId("board-2"));
    const { token } = await startAttempt("board-2");
    expect(await leaderboard("board-2", token)).toEqual([]);
    const res = await api("/api/quizzes/no-such-quiz/leaderboard", { token });
    expect(res.status).toBe(404);
  });

  it("shows the caller's own finished score at once, marked as mine, from the room", async () => {
    await seedQuiz(fixtureWithId("board-3"));
    const other = await play("board-3", "Other", 3);
    const me = await play("board-3", "Me", 4);
    expect((await leaderboard("board-3", other.token)).map((e) => [e.name, e.mine])).toEqual([
      ["Me", undefined],
      ["Other", true],
    ]);
    const mine = await leaderboard("board-3", me.token);
    expect(mine.map((e) => [e.name, e.mine])).toEqual([
      ["Me", true],
      ["Other", undefined],
    ]);
    expect(me.result.rank).toBe(1);
  });

  it("is for players only: 401 with no or a forged token, 403 with another quiz's", async () => {
    await seedQuiz(fixtureWithId("board-4"));
    const elsewhere = await startAttempt("board-3");
    expect((await api("/api/quizzes/board-4/leaderboard")).status).toBe(401);
    expect((await api("/api/quizzes/board-4/leaderboard", { token: "a1.x.y.forged" })).status).toBe(
      401,
    );
    expect((await api("/api/quizzes/board-4/leaderboard", { token: elsewhere.token })).status).toBe(
      403,
    );
    // Anything else is taken as a teacher key, which this quiz (seeded, no teacher) has none of.
    expect((await api("/api/quizzes/board-4/leaderboard", { token: "forged" })).status).toBe(403);
  });
});
