import { describe, expect, it } from "vitest";
import { nextAlternate } from "../../client/src/teacher/alternates";
import { sentencesOf } from "../../client/src/teacher/own-question";
import type { Question } from "../../questions/types.ts";

const q = (id: string, sentence: string): Question => ({
  id,
  type: "fill",
  prompt: id,
  answer: "x",
  explanation: "",
  evidence: { paragraph: 0, text: sentence },
  difficulty: "easy",
});

describe("the next alternate", () => {
  const quiz = [q("a", "One."), q("b", "Two.")];

  it("is the best one about a sentence no other question asks about", () => {
    const alternates = [q("x", "Two."), q("y", "One."), q("z", "Three.")];
    expect(nextAlternate(quiz, 0, alternates, new Set())?.id).toBe("y");
    expect(nextAlternate(quiz, 1, alternates, new Set())?.id).toBe("x");
  });

  it("never brings back a question replaced away, and says when none is left", () => {
    expect(nextAlternate(quiz, 0, [q("y", "One."), q("z", "Three.")], new Set(["y"]))?.id).toBe(
      "z",
    );
    expect(nextAlternate(quiz, 0, [q("x", "Two.")], new Set())).toBeNull();
  });
});

describe("the article's sentences", () => {
  it("are cut where the API accepts a sentence's end, verbatim", () => {
    expect(sentencesOf("He said “Go.” Then 3.5 m fell! Why? It rained", 2)).toEqual([
      { paragraph: 2, text: "He said “Go.”" },
      { paragraph: 2, text: "Then 3.5 m fell!" },
      { paragraph: 2, text: "Why?" },
      { paragraph: 2, text: "It rained" },
    ]);
  });
});
