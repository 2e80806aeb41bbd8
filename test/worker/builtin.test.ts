import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import article from "../../questions/article.txt";
import { generateQuiz } from "../../questions/index.ts";
import { builtinQuizId } from "../../worker/quizzes/builtin-quiz.ts";
import { api, startAttempt } from "./support/api.ts";
import { ANSWER_FIELDS, keysDeep } from "./support/scan.ts";

describe("the built-in quiz", () => {
  it("has the id the engine gives the built-in article", () => {
    expect(builtinQuizId()).toBe(generateQuiz(article).id);
  });

  it("is listed first from the start: exactly the engine's quiz of article.txt", async () => {
    expect(await env.QUIZZES.get(`quiz:${builtinQuizId()}`)).toBeNull();
    const list = (await (await api("/api/quizzes")).json()) as {
      id: string;
      title: string;
      questionCount: number;
    }[];
    // the stored built-in quiz holds no alternates: they are for a teacher's review only
    const { alternates: _alternates, ...expected } = generateQuiz(article);
    expect(list[0]).toEqual({
      id: expected.id,
      title: expected.title,
      questionCount: expected.questions.length,
    });
    expect(await env.QUIZZES.get(`quiz:${expected.id}`, "json")).toEqual(expected);
  });

  it("is served without answers and is playable", async () => {
    const res = await api(`/api/quizzes/${builtinQuizId()}`);
    expect(res.status).toBe(200);
    const quiz = (await res.json()) as {
      questions: { id: string; type: string; options?: string[] }[];
    };
    for (const field of ANSWER_FIELDS) expect(keysDeep(quiz)).not.toContain(field);
    const { attemptId, token } = await startAttempt(builtinQuizId());
    const first = quiz.questions.find((q) => q.type === "choice" || q.type === "truefalse")!;
    const res2 = await api(`/api/attempts/${attemptId}/answers/${first.id}`, {
      method: "PUT",
      token,
      body: { answer: first.options![0] },
    });
    expect(res2.status).toBe(200);
    expect(await res2.json()).toHaveProperty("evidence.text");
  });
});
