import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { Question } from "../../questions/types.ts";
import { LEADERBOARD_SIZE } from "../../worker/routes/leaderboard.ts";
import { roomFor } from "../../worker/storage/rooms.ts";
import { listScores } from "../../worker/storage/scores.ts";
import { answer, api, finish, seedQuiz, startAttempt } from "./support/api.ts";
import { fixtureQuiz, fixtureWithId, rightAnswers } from "./support/fixtures.ts";
import { settleRooms } from "./support/snapshot.ts";
import {
  articles,
  type Created,
  createQuiz,
  errorOf,
  getResults,
  patchSettings,
  publish,
} from "./support/teacher.ts";

const STUDENTS = 300;
const right = rightAnswers(fixtureQuiz);
/**
 * A wrong answer; a list is rotated by one, so no match pair or order place is right (no partial
 * credit).
 */
const wrongFor = (q: Question) =>
  Array.isArray(q.answer)
    ? [...q.answer.slice(1), q.answer[0]!]
    : (q.options?.find((o) => o !== q.answer) ?? "nothing like it");
const wrong = (i: number) => wrongFor(fixtureQuiz.questions[i]!);

type Board = {
  entries: { name: string; score: number; rank: number; mine?: true }[];
  hidden: boolean;
};
const board = async (quizId: string, token: string) =>
  (await (await api(`/api/quizzes/${quizId}/leaderboard`, { token })).json()) as Board;
const startBody = (quizId: string, body: unknown, ip?: string) =>
  api(`/api/quizzes/${quizId}/attempts`, { method: "POST", body, ip });

/** Student `n` gets the first `n % 7` questions right: every score from 0 to 6 occurs. */
async function playAsStudent(n: number) {
  const { attemptId, token } = await startAttempt(fixtureQuiz.id, `Student ${n}`, "10.1.0.1");
  const expected = n % 7;
  const results = await Promise.all(
    fixtureQuiz.questions.map((q, i) =>
      answer(attemptId, token, q.id, i < expected ? right[q.id] : wrong(i)),
    ),
  );
  for (const res of results) expect(res.status).toBe(200);
  const res = await finish(attemptId, token);
  expect(res.status).toBe(200);
  return {
    n,
    attemptId,
    token,
    expected,
    result: (await res.json()) as { score: number; total: number; rank: number },
  };
}

/** Plays a whole attempt at a teacher's quiz, the first `rightCount` questions right. */
async function playTeacherQuiz(
  created: Created,
  name: string,
  rightCount: number,
  device?: string,
) {
  const res = await startBody(created.id, { name, ...(device ? { device } : {}) });
  if (res.status !== 201) throw new Error(`start failed: ${res.status} ${await res.text()}`);
  const started = (await res.json()) as {
    attemptId: string;
    token: string;
    name: string;
    practice: boolean;
  };
  for (const [i, q] of created.quiz.questions.entries())
    await answer(started.attemptId, started.token, q.id, i < rightCount ? q.answer : wrongFor(q));
  const done = (await (await finish(started.attemptId, started.token)).json()) as {
    score: number;
    rank: number | null;
    practice: boolean;
  };
  return { ...started, done };
}

describe("a class of 300 behind one address playing at once", () => {
  it("all get in, and lose no answer and no score; KV gets a write or two", {
    timeout: 60_000,
  }, async () => {
    await seedQuiz(fixtureQuiz);
    const played = await Promise.all(Array.from({ length: STUDENTS }, (_, n) => playAsStudent(n)));

    for (const p of played) {
      expect(p.result.score).toBe(p.expected);
      expect(p.result.total).toBe(6);
      expect(p.result.rank).toBeGreaterThanOrEqual(1);
    }
    await settleRooms([fixtureQuiz.id]);
    const stored = await listScores(env.QUIZZES, fixtureQuiz.id);
    expect(stored).toHaveLength(STUDENTS);
    const byAttempt = new Map(stored.map((s) => [s.attemptId, s.score]));
    for (const p of played) expect(byAttempt.get(p.attemptId)).toBe(p.expected);

    const last = played.find((p) => p.expected === 0)!;
    const { entries } = await board(fixtureQuiz.id, last.token);
    // The top 100, and the caller's own line below them.
    expect(entries).toHaveLength(LEADERBOARD_SIZE + 1);
    const scores = entries.slice(0, LEADERBOARD_SIZE).map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBe(6);
    expect(entries.at(-1)).toMatchObject({ mine: true, score: 0, rank: expect.any(Number) });
    expect(entries.at(-1)!.rank).toBeGreaterThan(LEADERBOARD_SIZE);
  });
});

describe("a teacher's quiz is a draft until published, and can be closed and reopened", () => {
  let created: Created;
  beforeAll(async () => {
    created = await createQuiz({ article: articles.disaster, count: 4 });
  });

  it("says 'not open yet' to students, previews for the teacher, takes no attempt", async () => {
    const res = await api(`/api/quizzes/${created.id}`);
    expect(res.status).toBe(403);
    expect(await errorOf(res)).toEqual({
      code: "quiz_not_open",
      message: expect.stringContaining("not open yet"),
    });
    const preview = await api(`/api/quizzes/${created.id}`, { token: created.teacherKey });
    expect(preview.status).toBe(200);
    expect(preview.headers.get("cache-control")).toBe("no-store");
    expect(((await preview.json()) as { status: string }).status).toBe("draft");
    const start = await startBody(created.id, { name: "Too early" });
    expect(start.status).toBe(409);
    expect((await errorOf(start)).code).toBe("quiz_not_open");
  });

  it("opens, closes to new attempts (players finish, results kept), and reopens", async () => {
    await publish(created);
    expect((await api(`/api/quizzes/${created.id}`)).status).toBe(200);
    const playing = (await (await startBody(created.id, { name: "Playing" })).json()) as {
      attemptId: string;
      token: string;
    };
    const closed = await patchSettings(created.id, { status: "closed" }, created.teacherKey);
    expect(await closed.json()).toEqual({
      settings: { status: "closed", leaderboard: "players", attempts: "many", shuffle: true },
    });
    const refused = await startBody(created.id, { name: "Late" });
    expect(refused.status).toBe(409);
    expect((await errorOf(refused)).code).toBe("quiz_closed");
    expect(
      ((await (await api(`/api/quizzes/${created.id}`)).json()) as { status: string }).status,
    ).toBe("closed");
    const q = created.quiz.questions[0]!;
    expect((await answer(playing.attemptId, playing.token, q.id, q.answer)).status).toBe(200);
    expect((await finish(playing.attemptId, playing.token)).status).toBe(200);
    const results = (await (await getResults(created.id, created.teacherKey)).json()) as {
      students: { name: string; score: number }[];
    };
    expect(results.students).toEqual([expect.objectContaining({ name: "Playing", score: 1 })]);
    await patchSettings(created.id, { status: "open" }, created.teacherKey);
    expect((await startBody(created.id, { name: "Reopened" })).status).toBe(201);
  });

  it("changes settings only with the key, and only to known values", async () => {
    expect((await patchSettings(created.id, { status: "open" })).status).toBe(401);
    expect((await patchSettings(created.id, { status: "open" }, "not-the-key")).status).toBe(403);
    for (const body of [
      { status: "published" },
      { leaderboard: "public" },
      { attempts: 2 },
      { shuffle: "yes" },
      { colour: "red" },
      null,
      "open",
    ]) {
      const res = await patchSettings(created.id, body, created.teacherKey);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const res = await patchSettings(created.id, { shuffle: false }, created.teacherKey);
    expect(((await res.json()) as { settings: { shuffle: boolean } }).settings.shuffle).toBe(false);
    const review = (await (
      await api(`/api/quizzes/${created.id}/review`, { token: created.teacherKey })
    ).json()) as { quiz: { settings: object } };
    expect(review.quiz.settings).toMatchObject({ shuffle: false });
  });
});

describe("the leaderboard and students' names", () => {
  it("are for players and the teacher; hidden, each player sees only their own line", async () => {
    const created = (await publish(
      await createQuiz({ article: articles.sport, count: 3 }),
    )) as Created;
    const ana = await playTeacherQuiz(created, "Ana", 3);
    const ben = await playTeacherQuiz(created, "Ben", 1);
    expect((await api(`/api/quizzes/${created.id}/leaderboard`)).status).toBe(401);
    expect((await board(created.id, ben.token)).entries.map((e) => e.name)).toEqual(["Ana", "Ben"]);
    await patchSettings(created.id, { leaderboard: "hidden" }, created.teacherKey);
    expect(await board(created.id, ben.token)).toEqual({
      hidden: true,
      entries: [expect.objectContaining({ name: "Ben", rank: 2, mine: true })],
    });
    expect((await board(created.id, created.teacherKey)).entries.map((e) => e.name)).toEqual([
      "Ana",
      "Ben",
    ]);
    expect(ana.done.rank).toBe(1);
  });

  it("are cleaned of invisible and direction characters, and made distinct in a quiz", async () => {
    await seedQuiz(fixtureWithId("names-1"));
    const names: string[] = [];
    for (const name of ["Aisha", "Ai\u200bsha", "\u202eAisha", "AISHA", "Aisha\u2066", "Aïsha"]) {
      const res = await startBody("names-1", { name, device: `device-${names.length}` });
      names.push(((await res.json()) as { name: string }).name);
    }
    expect(names).toEqual([
      "Aisha",
      "Aisha (2)",
      "Aisha (3)",
      "AISHA (4)",
      "Aisha (5)",
      "Aïsha (6)",
    ]);
    // The same student on the same device keeps their name.
    const again = await startBody("names-1", { name: "Aisha", device: "device-0" });
    expect(((await again.json()) as { name: string }).name).toBe("Aisha");
  });
});

describe("the teacher removes an attempt", () => {
  it("takes it off the leaderboard and the results, and undoes that", async () => {
    const created = (await publish(
      await createQuiz({ article: articles.business, count: 3 }),
    )) as Created;
    const vandal = await playTeacherQuiz(created, "Top student 1", 3);
    const real = await playTeacherQuiz(created, "Real", 2);
    const url = `/api/quizzes/${created.id}/attempts/${vandal.attemptId}`;
    expect((await api(url, { method: "DELETE" })).status).toBe(401);
    const removed = await api(url, { method: "DELETE", token: created.teacherKey });
    expect(await removed.json()).toEqual({ attemptId: vandal.attemptId, removed: true });
    expect((await board(created.id, real.token)).entries.map((e) => [e.name, e.rank])).toEqual([
      ["Real", 1],
    ]);
    const results = (await (await getResults(created.id, created.teacherKey)).json()) as {
      students: { name: string }[];
    };
    expect(results.students.map((s) => s.name)).toEqual(["Real"]);
    const restored = await api(`${url}/restore`, { method: "POST", token: created.teacherKey });
    expect(await restored.json()).toEqual({ attemptId: vandal.attemptId, removed: false });
    expect((await board(created.id, real.token)).entries.map((e) => e.name)).toEqual([
      "Top student 1",
      "Real",
    ]);
    expect(
      (
        await api(`/api/quizzes/${created.id}/attempts/no-such-attempt`, {
          method: "DELETE",
          token: created.teacherKey,
        })
      ).status,
    ).toBe(404);
  });
});

describe("one scored attempt per student", () => {
  it("makes a device's later try practice: marked in results, not on the leaderboard", async () => {
    const created = (await publish(
      await createQuiz({ article: articles.sport, count: 3 }),
    )) as Created;
    await patchSettings(created.id, { attempts: "one" }, created.teacherKey);
    const first = await playTeacherQuiz(created, "Noor", 1, "phone-1");
    const second = await playTeacherQuiz(created, "Noor", 3, "phone-1");
    const other = await playTeacherQuiz(created, "Sam", 2, "phone-2");
    expect([first.practice, second.practice, other.practice]).toEqual([false, true, false]);
    expect(second.done).toEqual({ score: 3, total: 3, rank: null, practice: true });
    expect((await board(created.id, second.token)).entries.map((e) => [e.name, e.score])).toEqual([
      ["Sam", 2],
      ["Noor", 1],
    ]);
    const results = (await (await getResults(created.id, created.teacherKey)).json()) as {
      students: { name: string; practice: boolean }[];
    };
    // (the dashboard order puts the best score first: Noor's practice try, 3 of 3)
    expect(results.students.map((s) => [s.name, s.practice])).toEqual([
      ["Noor", true],
      ["Sam", false],
      ["Noor", false],
    ]);
    const csv = await (await getResults(created.id, created.teacherKey, "csv")).text();
    expect(csv).toMatch(/\r\nNoor,2,practice,/);
    // Without a device id (an API client), the name stands for the student.
    const bare = await playTeacherQuiz(created, "Sam", 3);
    expect(bare.practice).toBe(false);
    expect((await playTeacherQuiz(created, "Sam", 3)).practice).toBe(true);
  });
});

describe("storage and input hygiene", () => {
  it("creates no storage for reads of unknown quiz ids", async () => {
    const ids = Array.from({ length: 5 }, (_, i) => `unknown-quiz-${i}`);
    for (const id of ids) {
      expect((await api(`/api/quizzes/${id}`)).status).toBe(404);
      expect((await api(`/api/quizzes/${id}/leaderboard`, { token: "whatever" })).status).toBe(404);
      expect((await startBody(id, { name: "Ana" })).status).toBe(404);
    }
    for (const id of ids) {
      const tables = await runInDurableObject(roomFor(env.QUIZ_ROOM, id), (_, state) =>
        state.storage.sql
          .exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '_cf_%'")
          .toArray(),
      );
      expect(tables).toEqual([]);
    }
  });

  it("strips control and invisible characters from answers; the CSV guard holds", async () => {
    await seedQuiz(fixtureWithId("hygiene-1"));
    const { attemptId, token } = await startAttempt("hygiene-1", '\u200b=HYPERLINK("x")');
    const res = await answer(attemptId, token, "q-fill", "\u200bPashi\u0000nyan\u001b\u202e");
    expect(await res.json()).toMatchObject({ correct: true });
    const attempt = (await (await api(`/api/attempts/${attemptId}`, { token })).json()) as {
      name: string;
      answers: Record<string, { answer: string }>;
    };
    expect(attempt.name).toBe('=HYPERLINK("x")');
    expect(attempt.answers["q-fill"]!.answer).toBe("Pashinyan");
  });

  it("sends HSTS on every API response, errors included", async () => {
    for (const path of ["/api/health", "/api/quizzes/nothing-here", "/api/nowhere"]) {
      expect((await api(path)).headers.get("strict-transport-security"), path).toContain(
        "max-age=",
      );
    }
  });

  it("slows teacher-key guessing: 10 wrong keys a minute from one address, then 429s", async () => {
    const created = await createQuiz({ article: articles.sport, count: 2 });
    const ip = "203.0.113.99";
    const statuses = [];
    for (let i = 0; i < 12; i++)
      statuses.push(
        (await api(`/api/quizzes/${created.id}/results`, { token: `guess-${i}`, ip })).status,
      );
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(403));
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(
      (
        await api(`/api/quizzes/${created.id}/results`, {
          token: created.teacherKey,
          ip: "203.0.113.100",
        })
      ).status,
    ).toBe(200);
  });
});
