import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { Quiz } from "../../questions/types.ts";
import { SECURITY_HEADERS } from "../../worker/http/security-headers.ts";
import { putQuiz } from "../../worker/storage/quizzes.ts";
import { roomFor } from "../../worker/storage/rooms.ts";
import { answer, api, seedQuiz, startAttempt } from "./support/api.ts";
import { fixtureQuiz, fixtureWithId } from "./support/fixtures.ts";
import { ANSWER_FIELDS, keysDeep } from "./support/scan.ts";

beforeAll(async () => {
  await seedQuiz(fixtureQuiz, true);
  await seedQuiz(fixtureWithId("unlisted-quiz"), false);
});

describe("GET /api/quizzes", () => {
  it("lists the listed quizzes with their title and question count", async () => {
    const res = await api("/api/quizzes");
    expect(res.status).toBe(200);
    const list = (await res.json()) as { id: string }[];
    expect(list).toContainEqual({ id: fixtureQuiz.id, title: fixtureQuiz.title, questionCount: 6 });
    expect(list.map((q) => q.id)).not.toContain("unlisted-quiz");
  });
});

describe("GET /api/quizzes/:id", () => {
  it("returns the article and the questions as a student sees them", async () => {
    const res = await api(`/api/quizzes/${fixtureQuiz.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    const quiz = (await res.json()) as {
      id: string;
      title: string;
      article: { paragraphs: string[] };
      questions: object[];
    };
    expect(quiz.id).toBe(fixtureQuiz.id);
    expect(quiz.title).toBe(fixtureQuiz.title);
    expect(quiz.article.paragraphs).toEqual(fixtureQuiz.article.paragraphs);
    expect(quiz.questions[0]).toEqual({
      id: "q-choice",
      type: "choice",
      prompt: fixtureQuiz.questions[0]!.prompt,
      options: fixtureQuiz.questions[0]!.options,
    });
    expect(quiz.questions[4]).toHaveProperty("items", ["Nikol Pashinyan", "the Kremlin"]);
  });

  it("never contains an answer, explanation, evidence or accepted form anywhere", async () => {
    const body = await (await api(`/api/quizzes/${fixtureQuiz.id}`)).json();
    const keys = keysDeep(body);
    for (const field of ANSWER_FIELDS) expect(keys, field).not.toContain(field);
  });

  it("is cacheable and revalidates with its ETag", async () => {
    const res = await api(`/api/quizzes/${fixtureQuiz.id}`);
    expect(res.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
    const etag = res.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    const again = await api(`/api/quizzes/${fixtureQuiz.id}`, {
      headers: { "if-none-match": etag },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("carries every security header, like any other API response", async () => {
    for (const path of [
      `/api/quizzes/${fixtureQuiz.id}`,
      "/api/health",
      "/api/quizzes/no-such-quiz",
    ]) {
      const res = await api(path);
      for (const [name, value] of SECURITY_HEADERS)
        expect(res.headers.get(name), `${path} ${name}`).toBe(value);
    }
  });

  it.each(["no-such-quiz", "bad.id", "x".repeat(65), "%3Cscript%3E"])(
    "answers an unknown id %s with a JSON 404",
    async (id) => {
      const res = await api(`/api/quizzes/${id}`);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({
        error: { code: "quiz_not_found", message: "There is no quiz with that id." },
      });
    },
  );
});

describe("a quiz that KV does not show yet", () => {
  const fresh: Quiz = fixtureWithId("only-in-its-room");

  it("is served and playable at once from its QuizRoom", async () => {
    await roomFor(env.QUIZ_ROOM, fresh.id).storeQuiz(fresh);
    expect(await env.QUIZZES.get(`quiz:${fresh.id}`)).toBeNull();
    const res = await api(`/api/quizzes/${fresh.id}`);
    expect(res.status).toBe(200);
    const { attemptId, token } = await startAttempt(fresh.id);
    expect((await answer(attemptId, token, "q-choice", "Azerbaijan")).status).toBe(200);
  });
});

describe("a quiz only in KV (its room has never seen it)", () => {
  const kvOnly: Quiz = fixtureWithId("only-in-kv");

  it("is playable: the room takes its copy from KV", async () => {
    await putQuiz(env.QUIZZES, kvOnly, false);
    const { attemptId, token } = await startAttempt(kvOnly.id);
    const res = await answer(attemptId, token, "q-fill", "pashinyan");
    expect(await res.json()).toMatchObject({ correct: true, correctAnswer: "Nikol Pashinyan" });
  });
});
