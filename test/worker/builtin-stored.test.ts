import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import article from "../../questions/article.txt";
import { generateQuiz } from "../../questions/index.ts";
import { api } from "./support/api.ts";

describe("a built-in quiz already stored (by an earlier deploy or another isolate)", () => {
  it("is served as stored, never generated and written again", async () => {
    const generated = generateQuiz(article);
    const stored = { ...generated, title: "Stored by an earlier deploy" };
    await env.QUIZZES.put(`quiz:${stored.id}`, JSON.stringify(stored));
    const list = (await (await api("/api/quizzes")).json()) as { id: string; title: string }[];
    expect(list[0]).toMatchObject({ id: stored.id, title: "Stored by an earlier deploy" });
    expect(await env.QUIZZES.get(`quiz:${stored.id}`, "json")).toEqual(stored);
    expect(await env.QUIZZES.get(`listed:${stored.id}`)).toBeNull();
  });
});
