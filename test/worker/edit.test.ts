import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import * as v from "valibot";
import { describe, expect, it, onTestFinished } from "vitest";
import type { Question, Quiz } from "../../questions/types.ts";
import { builtinQuizId } from "../../worker/quizzes/builtin-quiz.ts";
import { QuizEditBody } from "../../worker/quizzes/quiz-bodies.ts";
import { putQuiz as storeInKv } from "../../worker/storage/quizzes.ts";
import { roomFor } from "../../worker/storage/rooms.ts";
import { hashTeacherKey, newTeacherKey } from "../../worker/teacher/teacher-key.ts";
import { answer, api, finish, startAttempt } from "./support/api.ts";
import { everyTypeQuiz } from "./support/engine-quiz.ts";
import { ANSWER_FIELDS, keysDeep } from "./support/scan.ts";
import { storedData } from "./support/snapshot.ts";
import { articles, type Created, createOpenQuiz, errorOf, putQuiz } from "./support/teacher.ts";

/** The engine's full quiz of the disaster article: every question type. */
const full: Quiz = everyTypeQuiz(articles.disaster);
const copy = (qs: Question[]): Question[] => JSON.parse(JSON.stringify(qs)) as Question[];
const ofType = (quiz: Quiz, type: Question["type"]) => quiz.questions.find((q) => q.type === type)!;

/** A new teacher quiz of the disaster article with the engine's questions. */
const newQuiz = (): Promise<Created> =>
  createOpenQuiz({ article: articles.disaster, questions: full.questions });

type PublicQuiz = {
  title: string;
  questions: { id: string; prompt: string; options?: string[] }[];
};
const publicQuiz = async (id: string) =>
  (await (await api(`/api/quizzes/${id}`)).json()) as PublicQuiz;

/**
 * KV's copy of a quiz once `done` holds for it (edits reach KV within a second or two), or the last
 * seen.
 */
async function eventuallyInKv(id: string, done: (quiz: Quiz) => boolean): Promise<Quiz | null> {
  const deadline = Date.now() + 10_000;
  let stored: Quiz | null = null;
  while (Date.now() < deadline) {
    stored = await env.QUIZZES.get<Quiz>(`quiz:${id}`, "json");
    if (stored && done(stored)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return stored;
}

/** An answer that is wrong for `q`. */
const wrong = (q: Question) =>
  Array.isArray(q.answer)
    ? [...q.answer].reverse()
    : (q.options?.find((o) => o !== q.answer) ?? "nothing like it");

describe("PUT /api/quizzes/:id without the right key", () => {
  it("answers 401 with no key, 403 with a wrong or other quiz's key; changes nothing", async () => {
    const mine = await newQuiz();
    const other = await newQuiz();
    const edit = { title: "Hijacked", questions: mine.quiz.questions.slice(0, 1) };
    const before = await storedData([mine.id]);
    const none = await putQuiz(mine.id, edit);
    expect(none.status).toBe(401);
    expect(await errorOf(none)).toEqual({
      code: "unauthorized",
      message: expect.stringContaining("Authorization: Bearer"),
    });
    for (const key of [
      other.teacherKey,
      mine.teacherKey.slice(0, -1) + (mine.teacherKey.endsWith("A") ? "B" : "A"),
      "x",
      "x".repeat(5000),
    ]) {
      const res = await putQuiz(mine.id, edit, key);
      expect(res.status, key.slice(0, 10)).toBe(403);
      expect((await errorOf(res)).code).toBe("forbidden");
    }
    const scheme = await api(`/api/quizzes/${mine.id}`, {
      method: "PUT",
      body: edit,
      headers: { authorization: `Basic ${mine.teacherKey}` },
    });
    expect(scheme.status).toBe(401);
    expect(await storedData([mine.id])).toEqual(before);
    expect((await publicQuiz(mine.id)).title).toBe(mine.quiz.title);
  });

  it("never opens the built-in quiz", async () => {
    const builtin = builtinQuizId();
    await api(`/api/quizzes/${builtin}`);
    const { teacherKey } = await newQuiz();
    const res = await putQuiz(
      builtin,
      { title: "Mine now", questions: full.questions.slice(0, 1) },
      teacherKey,
    );
    expect(res.status).toBe(403);
    expect((await api(`/api/quizzes/${builtin}/results`, { token: teacherKey })).status).toBe(403);
  });

  it("answers 404 for a quiz that does not exist", async () => {
    const { teacherKey } = await newQuiz();
    const res = await putQuiz(
      "no-such-quiz",
      { title: "x", questions: full.questions.slice(0, 1) },
      teacherKey,
    );
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe("quiz_not_found");
  });

  it("checks the key before the body", async () => {
    const { id } = await newQuiz();
    expect((await putQuiz(id, { nonsense: true })).status).toBe(401);
    expect((await putQuiz(id, { nonsense: true }, "wrong-key")).status).toBe(403);
  });
});

describe("PUT /api/quizzes/:id with the teacher key", () => {
  it("edits title, prompts, options, answers; GET and grading see them at once", async () => {
    const { id, teacherKey, quiz } = await newQuiz();
    const questions = copy(quiz.questions);
    const choice = questions.find((q) => q.type === "choice")!;
    choice.prompt = "Which island did the earthquake strike? (edited)";
    choice.options = [...choice.options!.slice(0, 3), "Java"];
    choice.answer = "Java";
    const res = await putQuiz(id, { title: "  Sulawesi  quake ", questions }, teacherKey);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const edited = ((await res.json()) as { quiz: Quiz }).quiz;
    expect(edited).toEqual({
      ...quiz,
      title: "Sulawesi quake",
      questions,
      settings: { ...(quiz as { settings?: object }).settings, status: "open" },
    });

    const served = await publicQuiz(id);
    expect(served.title).toBe("Sulawesi quake");
    expect(served.questions.find((q) => q.id === choice.id)).toEqual({
      id: choice.id,
      type: "choice",
      prompt: choice.prompt,
      options: choice.options,
    });
    const { attemptId, token } = await startAttempt(id);
    expect(await (await answer(attemptId, token, choice.id, "Java")).json()).toMatchObject({
      correct: true,
      correctAnswer: "Java",
    });
    expect(await eventuallyInKv(id, (q) => q.title === "Sulawesi quake")).toEqual({
      ...edited,
      seed: expect.any(String),
    });
    const review = await api(`/api/quizzes/${id}/review`, { token: teacherKey });
    expect(await review.json()).toEqual({ id, url: `https://factquiz.test/q/${id}`, quiz: edited });
  });

  it("deletes and reorders questions; a deleted question takes no more answers", async () => {
    const { id, teacherKey, quiz } = await newQuiz();
    const kept = [quiz.questions[3]!, quiz.questions[0]!, quiz.questions[5]!];
    expect((await putQuiz(id, { title: quiz.title, questions: kept }, teacherKey)).status).toBe(
      200,
    );
    expect((await publicQuiz(id)).questions.map((q) => q.id)).toEqual(kept.map((q) => q.id));
    const { attemptId, token } = await startAttempt(id);
    const gone = quiz.questions[1]!;
    const res = await answer(attemptId, token, gone.id, gone.answer);
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe("question_not_found");
  });

  it("may bring back a question the engine wrote, but not one from nowhere", async () => {
    const first = await createOpenQuiz({ article: articles.disaster, count: 4 });
    const extra = full.questions.find((q) => !first.quiz.questions.some((f) => f.id === q.id))!;
    const added = await putQuiz(
      first.id,
      { title: first.quiz.title, questions: [...first.quiz.questions, extra] },
      first.teacherKey,
    );
    expect(added.status).toBe(200);
    const invented: Question = {
      ...copy([extra])[0]!,
      id: "invented",
      evidence: { paragraph: 0, text: "Aliens landed in Palu." },
    };
    const res = await putQuiz(
      first.id,
      { title: first.quiz.title, questions: [...first.quiz.questions, invented] },
      first.teacherKey,
    );
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({
      code: "invalid_questions",
      message: expect.stringMatching(
        /^Question 5 \(invented\): its evidence is not a whole sentence/,
      ),
    });
  });

  it.each<[string, (qs: Question[]) => void, string]>([
    [
      "a kept id with another type",
      (qs) => {
        const q = qs.find((x) => x.type === "fill")!;
        q.type = "numeric";
        q.answer = "12";
        q.accept = [];
      },
      "a question keeps its type",
    ],
    [
      "evidence reworded",
      (qs) => {
        qs[0]!.evidence.text = qs[0]!.evidence.text.replace(/ /, "  ");
      },
      "word for word",
    ],
    [
      "an answer outside the options",
      (qs) => {
        ofType({ questions: qs } as Quiz, "choice").answer = "Nowhere";
      },
      "not one of its options",
    ],
    [
      "two questions with one id",
      (qs) => {
        qs[1]!.id = qs[0]!.id;
      },
      "already used by question 1",
    ],
  ])("refuses %s with a 400 and changes nothing", async (_, change, message) => {
    const { id, teacherKey, quiz } = await newQuiz();
    const before = await storedData([id]);
    const questions = copy(quiz.questions);
    change(questions);
    const res = await putQuiz(id, { title: "Changed", questions }, teacherKey);
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({
      code: "invalid_questions",
      message: expect.stringContaining(message),
    });
    expect(await storedData([id])).toEqual(before);
  });

  it.each([
    [{ title: "", questions: full.questions }, "The title is empty"],
    [{ title: "No questions", questions: [] }, "at least one question"],
    [{ questions: full.questions }, "title"],
  ])("refuses a malformed edit %#", async (body, message) => {
    const { id, teacherKey } = await newQuiz();
    const res = await putQuiz(id, body, teacherKey);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain(message);
  });

  it("takes an edit of 30 long questions (over 16 KB) and refuses a body over 128 KB", async () => {
    const { id, teacherKey, quiz } = await newQuiz();
    const long = Array.from({ length: 30 }, (_, i) => ({
      ...quiz.questions[i % quiz.questions.length]!,
      id: `q${i}`,
      explanation: "Because the article says so. ".repeat(20),
    }));
    expect(JSON.stringify(long).length).toBeGreaterThan(16 * 1024);
    expect((await putQuiz(id, { title: "Long", questions: long }, teacherKey)).status).toBe(200);
    const res = await putQuiz(
      id,
      { title: "Huge", questions: long, padding: "x".repeat(129 * 1024) },
      teacherKey,
    );
    expect(res.status).toBe(413);
    expect((await errorOf(res)).message).toContain("128 KB");
  });

  it("exports the body schema the handler validates with", () => {
    expect(v.safeParse(QuizEditBody, { title: "T", questions: full.questions }).success).toBe(true);
    expect(v.safeParse(QuizEditBody, { title: "T", questions: "none" }).success).toBe(false);
  });
});

describe("students and their results across an edit", () => {
  it("keep recorded verdicts; a finished score stands; later finishes count the edit", async () => {
    const { id, teacherKey, quiz } = await newQuiz();
    const [q1, q2, q3] = quiz.questions as [Question, Question, Question];
    const done = await startAttempt(id, "Finished before");
    await answer(done.attemptId, done.token, q1.id, q1.answer);
    await answer(done.attemptId, done.token, q2.id, q2.answer);
    expect(await (await finish(done.attemptId, done.token)).json()).toMatchObject({
      score: 2,
      total: quiz.questions.length,
    });
    const playing = await startAttempt(id, "Still playing");
    await answer(playing.attemptId, playing.token, q1.id, q1.answer);
    await answer(playing.attemptId, playing.token, q2.id, q2.answer);
    await answer(playing.attemptId, playing.token, q3.id, wrong(q3));

    // The teacher changes q1's right answer, deletes q2 and keeps the rest.
    const questions = copy(quiz.questions).filter((q) => q.id !== q2.id);
    const edited = questions[0]!;
    edited.answer = wrong(q1);
    expect((await putQuiz(id, { title: quiz.title, questions }, teacherKey)).status).toBe(200);

    const resumed = (await (
      await api(`/api/attempts/${playing.attemptId}`, { token: playing.token })
    ).json()) as { answers: Record<string, { correct: boolean }> };
    expect(Object.keys(resumed.answers).sort()).toEqual([q1.id, q3.id].sort());
    expect(resumed.answers[q1.id]!.correct).toBe(true);
    expect(
      await (await answer(playing.attemptId, playing.token, q1.id, wrong(q1))).json(),
    ).toMatchObject({ correct: true });
    const later = await startAttempt(id, "After the edit");
    expect(
      await (await answer(later.attemptId, later.token, q1.id, wrong(q1))).json(),
    ).toMatchObject({ correct: true });

    expect(await (await finish(playing.attemptId, playing.token)).json()).toMatchObject({
      score: 1,
      total: questions.length,
    });
    const finished = (await (
      await api(`/api/attempts/${done.attemptId}`, { token: done.token })
    ).json()) as { score: number; total: number };
    expect(finished).toMatchObject({ score: 2, total: quiz.questions.length });
    const board = (await (
      await api(`/api/quizzes/${id}/leaderboard`, { token: teacherKey })
    ).json()) as { entries: { name: string; score: number; total: number }[] };
    expect(board.entries).toEqual([
      expect.objectContaining({ name: "Finished before", score: 2, total: quiz.questions.length }),
      expect.objectContaining({ name: "Still playing", score: 1, total: questions.length }),
    ]);
  });

  it("never see an answer on the student routes after an edit", async () => {
    const { id, teacherKey, quiz } = await newQuiz();
    const questions = copy(quiz.questions).reverse();
    questions[0]!.prompt = `${questions[0]!.prompt} (edited)`;
    expect((await putQuiz(id, { title: "Edited", questions }, teacherKey)).status).toBe(200);
    const started = await api(`/api/quizzes/${id}/attempts`, {
      method: "POST",
      body: { name: "Scan" },
    });
    for (const res of [
      await api(`/api/quizzes/${id}`),
      await api(`/api/quizzes/${id}/leaderboard`),
      started,
    ]) {
      const keys = keysDeep(await res.json());
      for (const field of ANSWER_FIELDS) expect(keys, `${res.url} ${field}`).not.toContain(field);
    }
  });
});

describe("a teacher's quiz that only KV holds (its room has never seen it)", () => {
  it("is restored into its room with its key hash, so the same key still opens it", async () => {
    const key = newTeacherKey();
    const quiz: Quiz = { ...full, id: "kv-only-teacher-quiz" };
    await storeInKv(env.QUIZZES, quiz, false, await hashTeacherKey(key));
    expect(
      (await putQuiz(quiz.id, { title: "Restored", questions: quiz.questions }, newTeacherKey()))
        .status,
    ).toBe(403);
    expect(
      (await putQuiz(quiz.id, { title: "Restored", questions: quiz.questions }, key)).status,
    ).toBe(200);
    expect((await publicQuiz(quiz.id)).title).toBe("Restored");
  });
});

describe("a burst of edits", () => {
  it("never fails, reaches KV at most once a second, and leaves KV with the last edit", {
    timeout: 20_000,
  }, async () => {
    const { id, teacherKey, quiz } = await newQuiz();
    const room = roomFor(env.QUIZ_ROOM, id);
    // Note the time of every write of this quiz's KV key from now on. (The binding may be shared
    // with other rooms in this isolate, whose deferred writes must not count.)
    const writes: number[] = [];
    const kv = await runInDurableObject(
      room,
      // biome-ignore lint/plugin: `env` is protected on a Durable Object; the test reads its KV
      (instance) => (instance as unknown as { env: Env }).env.QUIZZES,
    );
    const put = kv.put;
    kv.put = ((key: string, ...rest: unknown[]) => {
      if (key === `quiz:${id}`) writes.push(Date.now());
      return (put as (...args: unknown[]) => Promise<void>).call(kv, key, ...rest);
    }) as KVNamespace["put"];
    onTestFinished(() => {
      kv.put = put;
    });
    const titles = Array.from({ length: 8 }, (_, i) => `Edit ${i + 1}`);
    const statuses = await Promise.all(
      titles.map((title) =>
        putQuiz(id, { title, questions: quiz.questions }, teacherKey).then((r) => r.status),
      ),
    );
    expect(statuses).toEqual(Array(8).fill(200));
    const last = (await room.getQuiz(id))!.title;
    expect((await eventuallyInKv(id, (q) => q.title === last))?.title).toBe(last);
    expect(writes.length).toBeGreaterThanOrEqual(1);
    expect(writes.length).toBeLessThan(8);
    for (let i = 1; i < writes.length; i++)
      expect(writes[i]! - writes[i - 1]!).toBeGreaterThanOrEqual(990);
    const sync = await runInDurableObject(room, (_, state) =>
      state.storage.sql.exec("SELECT * FROM quiz_sync").one(),
    );
    expect(sync.synced_revision).toBe(sync.revision);
    // One write for creating it, one for publishing it, eight edits.
    expect(sync.revision).toBe(10);
  });
});
