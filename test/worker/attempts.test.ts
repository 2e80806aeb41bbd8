import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { NewAttemptBody } from "../../worker/http/ids-and-bodies.ts";
import { answer, api, finish, seedQuiz, startAttempt } from "./support/api.ts";
import { fixtureQuiz, fixtureWithId } from "./support/fixtures.ts";

const start = (body: unknown, init: { ip?: string; headers?: Record<string, string> } = {}) =>
  api(`/api/quizzes/${fixtureQuiz.id}/attempts`, { method: "POST", body, ...init });

beforeAll(() => seedQuiz(fixtureQuiz));

describe("POST /api/quizzes/:id/attempts", () => {
  it("starts an attempt and returns its id and a bearer token", async () => {
    const res = await start({ name: "  Ana   María " });
    expect(res.status).toBe(201);
    const { attemptId, token } = (await res.json()) as { attemptId: string; token: string };
    expect(attemptId).toMatch(/^[0-9a-f-]{36}$/);
    expect(token.split(".")).toHaveLength(4);
    const attempt = await (await api(`/api/attempts/${attemptId}`, { token })).json();
    expect(attempt).toMatchObject({ name: "Ana María" });
  });

  it("keeps an HTML-looking name as plain text, byte for byte", async () => {
    const name = `<img src=x onerror="alert('hi')">&amp;`;
    const { attemptId, token } = await startAttempt(fixtureQuiz.id, name);
    const res = await api(`/api/attempts/${attemptId}`, { token });
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(((await res.json()) as { name: string }).name).toBe(name);
  });

  it("counts a name's length as people do: 40 emoji are fine, 41 letters are not", async () => {
    expect((await start({ name: "👩‍🎓".repeat(40) })).status).toBe(201);
    expect((await start({ name: "a".repeat(40) })).status).toBe(201);
    expect((await start({ name: "a".repeat(41) })).status).toBe(400);
  });

  it.each([
    ["an empty name", { name: "" }],
    ["a name of spaces", { name: "   \t  " }],
    ["a name that is a number", { name: 42 }],
    ["a missing name", {}],
    ["a name of invisible characters only", { name: "\u200b\u200e\u0000\u202e" }],
    ["a list instead of an object", [{ name: "Ana" }]],
    ["null", null],
  ])("refuses %s with a JSON 400", async (_, body) => {
    const res = await start(body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: "invalid_body", message: expect.any(String) },
    });
  });

  it("refuses malformed JSON with a JSON 400", async () => {
    const res = await start('{"name": "Ana"');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: "bad_request", message: "Malformed JSON in request body" },
    });
  });

  it("refuses a body that is not JSON with a 400 that says what to send", async () => {
    const res = await start("name=Ana", {
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
      "application/json",
    );
  });

  it("refuses a body over 16 KB with a JSON 413", async () => {
    const res = await start({ name: "Ana", padding: "x".repeat(17 * 1024) });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      error: { code: "too_large", message: expect.stringContaining("16 KB") },
    });
  });

  it("answers an unknown quiz with a JSON 404", async () => {
    const res = await api("/api/quizzes/no-such-quiz/attempts", {
      method: "POST",
      body: { name: "Ana" },
    });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("quiz_not_found");
  });

  it("limits each quiz and address (JSON 429, Retry-After): a class fits, a flood does not", {
    timeout: 30_000,
  }, async () => {
    const ip = "203.0.113.77";
    const burst = (from: number) =>
      Promise.all(
        Array.from({ length: 370 }, (_, i) =>
          start({ name: `Student ${from + i}` }, { ip }).then((r) => r.status),
        ),
      );
    const statuses = await burst(0);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(300);
    // The limiter counts in fixed 60-second windows: a burst that straddles a window's end gets a
    // fresh budget halfway (364 of 370 got in once), so a second burst, inside one window, shows
    // the flood refused.
    if (!statuses.includes(429)) statuses.push(...(await burst(370)));
    expect(statuses).toContain(429);
    const res = await start({ name: "One more" }, { ip });
    expect(res.headers.get("retry-after")).toBe("10");
    expect(await res.json()).toEqual({
      error: { code: "rate_limited", message: expect.any(String) },
    });
    // Another address, or the same address on another quiz, has a budget of its own.
    expect((await start({ name: "Someone else" }, { ip: "203.0.113.78" })).status).toBe(201);
    await seedQuiz(fixtureWithId("fixture-rate-other"));
    const other = await api("/api/quizzes/fixture-rate-other/attempts", {
      method: "POST",
      body: { name: "Next class" },
      ip,
    });
    expect(other.status).toBe(201);
  });

  it("strips control and invisible characters from names", async () => {
    const res = await start({ name: "\u200bAna\u0000 \u202eBob\u200d\ufeff" });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { name: string }).name).toBe("Ana Bob");
  });

  it("exports the body schema that the handler validates with", () => {
    expect(v.parse(NewAttemptBody, { name: " Ana " })).toEqual({ name: "Ana" });
    expect(v.safeParse(NewAttemptBody, { name: "" }).success).toBe(false);
  });
});

describe("GET /api/attempts/:attemptId", () => {
  it("returns the attempt so far, enough to resume with the same feedback and score", async () => {
    const { attemptId, token } = await startAttempt(fixtureQuiz.id, "Resumer");
    await answer(attemptId, token, "q-choice", "Armenia");
    await answer(attemptId, token, "q-tf", "True");
    const res = await api(`/api/attempts/${attemptId}`, { token });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const q = fixtureQuiz.questions[0]!;
    expect(await res.json()).toEqual({
      attemptId,
      quizId: fixtureQuiz.id,
      name: "Resumer",
      finished: false,
      total: 6,
      practice: false,
      order: expect.any(Object),
      answers: {
        "q-choice": {
          answer: "Armenia",
          correct: false,
          correctAnswer: "Azerbaijan",
          explanation: q.explanation,
          evidence: q.evidence,
        },
        "q-tf": expect.objectContaining({ answer: "True", correct: true }),
      },
    });
  });

  it("shows the final score once finished", async () => {
    const { attemptId, token } = await startAttempt(fixtureQuiz.id, "Finisher");
    await answer(attemptId, token, "q-tf", "True");
    await finish(attemptId, token);
    const attempt = await (await api(`/api/attempts/${attemptId}`, { token })).json();
    expect(attempt).toMatchObject({
      finished: true,
      score: 1,
      total: 6,
      finishedAt: expect.any(Number),
    });
  });
});
