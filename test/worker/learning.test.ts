import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { signAttemptToken } from "../../worker/attempts/tokens.ts";
import { answer, api, finish, seedQuiz, startAttempt } from "./support/api.ts";
import { fixtureQuiz, fixtureWithId, rightAnswers } from "./support/fixtures.ts";
import { storedData } from "./support/snapshot.ts";

type Checked = {
  correct: boolean;
  correctAnswer: unknown;
  accept?: string[];
  explanation: string;
  evidence: unknown;
};
const check = (quizId: string, questionId: string, body: unknown) =>
  api(`/api/quizzes/${quizId}/questions/${questionId}/check`, { method: "POST", body });
const question = (id: string) => fixtureQuiz.questions.find((q) => q.id === id)!;

// Practice open to anyone, as on the built-in quiz; practice-policy.test.ts covers
// "after-answering".
beforeAll(() => seedQuiz({ ...fixtureQuiz, practice: "open" }));

describe("POST /api/quizzes/:id/questions/:questionId/check on a quiz open to practice", () => {
  it.each([
    ["q-choice", "Azerbaijan", true],
    ["q-choice", "Russia", false],
    ["q-fill", "pashinyan", true],
    ["q-fill", "Kocharyan", false],
    ["q-num", "2000", true],
    ["q-match", ["prime minister of Armenia", "spoke about the peacekeepers"], true],
    [
      "q-order",
      ["Peacekeepers remain", "Azerbaijan regained control", "Pashinyan would not send troops"],
      false,
    ],
  ])(
    "grades %s = %j as correct: %s and reveals the answer, accepted forms, why and the sentence",
    async (id, given, correct) => {
      const res = await check(fixtureQuiz.id, id, { answer: given });
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-store");
      const q = question(id);
      const expected: Checked = {
        correct,
        correctAnswer: q.answer,
        explanation: q.explanation,
        evidence: q.evidence,
      };
      if (q.accept) expected.accept = q.accept;
      expect(await res.json()).toEqual(expected);
    },
  );

  it("takes an empty answer as 'I don't know, show me': wrong, the answer revealed", async () => {
    for (const q of fixtureQuiz.questions) {
      const res = await check(fixtureQuiz.id, q.id, { answer: "" });
      expect(res.status, q.id).toBe(200);
      const body = (await res.json()) as Checked;
      expect(body.correct).toBe(false);
      expect(body.correctAnswer).toEqual(q.answer);
    }
    const list = await check(fixtureQuiz.id, "q-order", { answer: ["", "", ""] });
    expect(((await list.json()) as Checked).correct).toBe(false);
  });

  it("refuses misfit answers and unknown quizzes and questions, in the error shape", async () => {
    const cases: [string, string, unknown, number, string][] = [
      [fixtureQuiz.id, "q-choice", { answer: "Atlantis" }, 400, "invalid_answer"],
      [fixtureQuiz.id, "q-match", { answer: ["only one"] }, 400, "invalid_answer"],
      [fixtureQuiz.id, "q-choice", { answer: 7 }, 400, "invalid_body"],
      [fixtureQuiz.id, "q-choice", { nothing: true }, 400, "invalid_body"],
      [fixtureQuiz.id, "q-choice", "{not json", 400, "bad_request"],
      [fixtureQuiz.id, "q-nope", { answer: "x" }, 404, "question_not_found"],
      [fixtureQuiz.id, "a.b", { answer: "x" }, 404, "question_not_found"],
      ["no-such-quiz", "q-choice", { answer: "x" }, 404, "quiz_not_found"],
      [fixtureQuiz.id, "q-choice", { answer: "x".repeat(17 * 1024) }, 413, "too_large"],
    ];
    for (const [quizId, id, body, status, code] of cases) {
      const res = await check(quizId, id, body);
      expect(res.status, `${quizId}/${id}`).toBe(status);
      expect(await res.json()).toEqual({ error: { code, message: expect.any(String) } });
    }
    const wrongMethod = await api(`/api/quizzes/${fixtureQuiz.id}/questions/q-choice/check`);
    expect(wrongMethod.status).toBe(405);
  });

  it("stores nothing: no attempt, no answer, no score", async () => {
    const before = await storedData([fixtureQuiz.id]);
    await Promise.all(
      fixtureQuiz.questions.map((q) => check(fixtureQuiz.id, q.id, { answer: q.answer })),
    );
    expect(await storedData([fixtureQuiz.id])).toEqual(before);
    const { token } = await startAttempt(fixtureQuiz.id, "Reader");
    const board = (await (
      await api(`/api/quizzes/${fixtureQuiz.id}/leaderboard`, { token })
    ).json()) as { entries: unknown[] };
    expect(board.entries).toEqual([]);
  });
});

describe("GET /api/attempts/:attemptId/review", () => {
  it("needs the attempt's own token: 401 with none or a bad one, 403 with another's", async () => {
    const mine = await startAttempt(fixtureQuiz.id, "Mine");
    const theirs = await startAttempt(fixtureQuiz.id, "Theirs");
    expect((await api(`/api/attempts/${mine.attemptId}/review`)).status).toBe(401);
    expect(
      (await api(`/api/attempts/${mine.attemptId}/review`, { token: "a1.x.y.z" })).status,
    ).toBe(401);
    const other = await api(`/api/attempts/${mine.attemptId}/review`, { token: theirs.token });
    expect(other.status).toBe(403);
    expect(await other.json()).toEqual({
      error: { code: "forbidden", message: expect.any(String) },
    });
  });

  it("refuses with 409 until the attempt is finished, then gives every answer", async () => {
    await seedQuiz(fixtureWithId("review-1"));
    const { attemptId, token } = await startAttempt("review-1", "Reviewer");
    await answer(attemptId, token, "q-choice", "Russia");
    const early = await api(`/api/attempts/${attemptId}/review`, { token });
    expect(early.status).toBe(409);
    expect(await early.json()).toEqual({
      error: { code: "attempt_not_finished", message: expect.any(String) },
    });

    await finish(attemptId, token);
    const res = await api(`/api/attempts/${attemptId}/review`, { token });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as {
      quizId: string;
      title: string;
      questions: (Checked & { id: string; prompt: string })[];
    };
    expect(body.quizId).toBe("review-1");
    expect(body.title).toBe(fixtureQuiz.title);
    expect(body.questions.map((q) => q.id)).toEqual(fixtureQuiz.questions.map((q) => q.id));
    const right = rightAnswers(fixtureQuiz);
    for (const q of body.questions) {
      const original = question(q.id);
      expect(q.correctAnswer).toEqual(right[q.id]);
      expect(q.prompt).toBe(original.prompt);
      expect(q.evidence).toEqual(original.evidence);
      expect(q.explanation).toBe(original.explanation);
      expect(q.accept).toEqual(original.accept);
    }
  });

  it("is 404 for a genuinely signed attempt that does not exist", async () => {
    const attemptId = crypto.randomUUID();
    const token = await signAttemptToken(env.TOKEN_SECRET, { attemptId, quizId: fixtureQuiz.id });
    const res = await api(`/api/attempts/${attemptId}/review`, { token });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: "attempt_not_found", message: expect.any(String) },
    });
  });
});
