import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { AnswerBody } from "../../worker/http/ids-and-bodies.ts";
import { answer, api, finish, seedQuiz, startAttempt } from "./support/api.ts";
import { everyTypeQuiz } from "./support/engine-quiz.ts";
import { fixtureQuiz } from "./support/fixtures.ts";
import { articles, createQuiz, publish } from "./support/teacher.ts";

type Feedback = {
  correct: boolean;
  correctAnswer: unknown;
  explanation: string;
  evidence: { paragraph: number; text: string };
};
const json = async (res: Response) => (await res.json()) as Feedback;

beforeAll(() => seedQuiz(fixtureQuiz));

describe("PUT /api/attempts/:attemptId/answers/:questionId", () => {
  it.each([
    ["q-choice", "Azerbaijan", true],
    ["q-choice", "Russia", false],
    ["q-tf", "False", false],
    ["q-fill", "  the PASHINYAN ", true],
    ["q-num", "2000", true],
    ["q-num", "200", false],
    ["q-match", ["prime minister of Armenia", "spoke about the peacekeepers"], true],
    [
      "q-order",
      ["Peacekeepers remain", "Azerbaijan regained control", "Pashinyan would not send troops"],
      false,
    ],
  ])(
    "grades %s = %j as correct: %s, with the article's sentence",
    async (questionId, given, correct) => {
      const { attemptId, token } = await startAttempt(fixtureQuiz.id);
      const res = await answer(attemptId, token, questionId, given);
      expect(res.status).toBe(200);
      const q = fixtureQuiz.questions.find((x) => x.id === questionId)!;
      const match = q.type === "match" ? { points: 1, pairs: expect.any(Array) } : {};
      expect(await json(res)).toEqual({
        correct,
        correctAnswer: q.answer,
        explanation: q.explanation,
        evidence: q.evidence,
        ...match,
      });
    },
  );

  it("counts the first answer: a different second answer gets the first result", async () => {
    const { attemptId, token } = await startAttempt(fixtureQuiz.id);
    const first = await json(await answer(attemptId, token, "q-choice", "Russia"));
    const second = await json(await answer(attemptId, token, "q-choice", "Azerbaijan"));
    expect(first.correct).toBe(false);
    expect(second).toEqual(first);
    const attempt = (await (await api(`/api/attempts/${attemptId}`, { token })).json()) as {
      answers: Record<string, { answer: unknown }>;
    };
    expect(attempt.answers["q-choice"]!.answer).toBe("Russia");
  });

  it("is safe to retry: the same answer sent twice gives the same result", async () => {
    const { attemptId, token } = await startAttempt(fixtureQuiz.id);
    const a = await answer(attemptId, token, "q-fill", "Nikol Pashinyan");
    const b = await answer(attemptId, token, "q-fill", "Nikol Pashinyan");
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await json(b)).toEqual(await json(a));
  });

  it("lets one answer win when the same attempt sends two at once", async () => {
    const { attemptId, token } = await startAttempt(fixtureQuiz.id);
    const results = await Promise.all(
      ["Armenia", "Azerbaijan", "Russia", "Georgia"].map(async (g) =>
        json(await answer(attemptId, token, "q-choice", g)),
      ),
    );
    const attempt = (await (await api(`/api/attempts/${attemptId}`, { token })).json()) as {
      answers: Record<string, { correct: boolean }>;
    };
    for (const r of results) expect(r.correct).toBe(attempt.answers["q-choice"]!.correct);
  });

  it("keeps two students answering at the same moment apart", async () => {
    const [ana, ben] = await Promise.all([
      startAttempt(fixtureQuiz.id, "Ana"),
      startAttempt(fixtureQuiz.id, "Ben"),
    ]);
    const [a, b] = await Promise.all([
      answer(ana.attemptId, ana.token, "q-choice", "Azerbaijan"),
      answer(ben.attemptId, ben.token, "q-choice", "Armenia"),
    ]);
    expect((await json(a)).correct).toBe(true);
    expect((await json(b)).correct).toBe(false);
    const [sa, sb] = await Promise.all([
      finish(ana.attemptId, ana.token),
      finish(ben.attemptId, ben.token),
    ]);
    expect(await sa.json()).toMatchObject({ score: 1 });
    expect(await sb.json()).toMatchObject({ score: 0 });
  });

  it("answers an unknown question id with a JSON 404", async () => {
    const { attemptId, token } = await startAttempt(fixtureQuiz.id);
    for (const id of ["q-nope", "bad.id"]) {
      const res = await answer(attemptId, token, id, "x");
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
        "question_not_found",
      );
    }
  });

  it.each([
    ["a list for a choice question", "q-choice", ["Azerbaijan"]],
    ["text that is not an option", "q-choice", "Azerbaijan!"],
    ["text for an order question", "q-order", "Azerbaijan regained control"],
    ["a list of the wrong length", "q-match", ["prime minister of Armenia"]],
  ])("refuses %s with a 400 and keeps the question open", async (_, questionId, given) => {
    const { attemptId, token } = await startAttempt(fixtureQuiz.id);
    const res = await answer(attemptId, token, questionId, given);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_answer");
    const attempt = (await (await api(`/api/attempts/${attemptId}`, { token })).json()) as {
      answers: object;
    };
    expect(attempt.answers).toEqual({});
  });

  it.each([
    ["no answer", {}],
    ["a number", { answer: 2000 }],
    ["null", { answer: null }],
    ["a list of numbers", { answer: [1, 2] }],
    ["an empty list", { answer: [] }],
    ["an object", { answer: { a: 1 } }],
  ])("refuses a body with %s as a JSON 400", async (_, body) => {
    const { attemptId, token } = await startAttempt(fixtureQuiz.id);
    const res = await api(`/api/attempts/${attemptId}/answers/q-choice`, {
      method: "PUT",
      token,
      body,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_body");
  });

  it("exports the body schema the handler validates with", () => {
    expect(v.safeParse(AnswerBody, { answer: "Azerbaijan" }).success).toBe(true);
    expect(v.safeParse(AnswerBody, { answer: ["a", "b"] }).success).toBe(true);
    expect(v.safeParse(AnswerBody, { answer: 7 }).success).toBe(false);
  });

  it("after finishing: returns stored results, refuses a new answer with 409", async () => {
    const { attemptId, token } = await startAttempt(fixtureQuiz.id);
    const before = await json(await answer(attemptId, token, "q-tf", "True"));
    await finish(attemptId, token);
    const again = await answer(attemptId, token, "q-tf", "False");
    expect(again.status).toBe(200);
    expect(await json(again)).toEqual(before);
    const late = await answer(attemptId, token, "q-choice", "Azerbaijan");
    expect(late.status).toBe(409);
    expect(((await late.json()) as { error: { code: string } }).error.code).toBe(
      "attempt_finished",
    );
  });
});

describe("match questions", () => {
  it("earn a share of their point for each pair right, with each pair's own sentence", async () => {
    const article = articles.disaster;
    const engine = everyTypeQuiz(article);
    const match = [...engine.questions, ...(engine.alternates ?? [])].find(
      (q) => q.type === "match" && (q.items?.length ?? 0) >= 3,
    );
    expect(match, "the article has a match question").toBeDefined();
    const choice = engine.questions.find((q) => q.type === "choice")!;
    const created = (await publish(
      await createQuiz({ article, questions: [match!, choice] }),
    )) as Awaited<ReturnType<typeof createQuiz>>;
    // the stored quiz has its own (seeded) question ids; the question order is the one sent
    const [storedMatch, storedChoice] = created.quiz.questions as [
      typeof match & {},
      typeof choice,
    ];
    const { attemptId, token } = await startAttempt(created.id, "Pairs");
    const right = match!.answer as string[];
    // the first two rows swapped: the others stay right
    const given = [right[1]!, right[0]!, ...right.slice(2)];
    const feedback = (await (await answer(attemptId, token, storedMatch.id, given)).json()) as {
      correct: boolean;
      points: number;
      pairs: { item: string; correct: boolean; evidence: { text: string } }[];
    };
    expect(feedback.correct).toBe(false);
    expect(feedback.points).toBeCloseTo((right.length - 2) / right.length);
    expect(feedback.pairs.map((p) => p.correct)).toEqual(right.map((_, i) => i >= 2));
    expect(feedback.pairs.map((p) => p.evidence.text)).toEqual(
      (match!.sources ?? []).map((s) => s.text),
    );
    await answer(attemptId, token, storedChoice.id, choice.answer);
    const done = (await (await finish(attemptId, token)).json()) as {
      score: number;
      total: number;
    };
    expect(done).toMatchObject({ total: 2 });
    expect(done.score).toBeCloseTo(1 + (right.length - 2) / right.length, 1);
  });
});
