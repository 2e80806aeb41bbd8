import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanArticle, generateQuiz, NEWS_WORDS } from "../../questions/index.ts";

describe("the built-in article", () => {
  const text = readFileSync("questions/article.txt", "utf8");

  it("is news-length text the engine reads as English and makes a full default quiz of", () => {
    const words = cleanArticle(text).paragraphs.join(" ").split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(NEWS_WORDS);
    expect(generateQuiz(text).questions.length).toBeGreaterThanOrEqual(4);
  });

  it("ships the quiz the engine makes now (npm run build:builtin after an engine change)", () => {
    const { alternates: _alternates, ...quiz } = generateQuiz(text);
    const shipped = JSON.parse(readFileSync("worker/generated/builtin-quiz.json", "utf8"));
    expect(shipped).toEqual(quiz);
  });
});
