import { describe, expect, it } from "vitest";
import { gradeAnswer, normalizeAnswer } from "../../questions/grade.ts";
import type { Question } from "../../questions/types.ts";

const base = {
  id: "q",
  prompt: "?",
  explanation: ".",
  evidence: { paragraph: 0, text: "." },
  difficulty: "easy",
} as const;
const fill = (answer: string, accept?: string[]): Question => ({
  ...base,
  type: "fill",
  answer,
  ...(accept ? { accept } : {}),
});

describe("normalizeAnswer", () => {
  it("folds case, punctuation, accents and a leading article", () => {
    expect(normalizeAnswer("  The Kremlin! ")).toBe("kremlin");
    expect(normalizeAnswer("Pashinyán")).toBe("pashinyan");
  });
  it("treats 2,000 and 2000 alike", () => {
    expect(normalizeAnswer("2,000")).toBe(normalizeAnswer("2000"));
  });
});

describe("gradeAnswer", () => {
  it("accepts a fill-in answer typed in another case, with an article and punctuation", () => {
    expect(gradeAnswer(fill("Yevlakh"), "yevlakh.")).toBe(true);
    expect(gradeAnswer(fill("the Kremlin"), "Kremlin")).toBe(true);
  });
  it("forgives a small typo in a long name but not in a short one", () => {
    expect(gradeAnswer(fill("Nagorno-Karabakh"), "Nagorno Karabak")).toBe(true);
    expect(gradeAnswer(fill("Baku"), "Bako")).toBe(false);
  });
  it("accepts a date typed day first or month first, with or without 'th'", () => {
    expect(gradeAnswer(fill("March 25"), "25 March")).toBe(true);
    expect(gradeAnswer(fill("July 16th"), "16 july")).toBe(true);
    expect(gradeAnswer(fill("March 25"), "March 26")).toBe(false);
  });
  it("accepts listed alternative forms", () => {
    expect(gradeAnswer(fill("Vladimir Putin", ["Putin"]), "putin")).toBe(true);
  });
  it("compares numeric answers as numbers", () => {
    const q: Question = { ...base, type: "numeric", answer: "2,000" };
    expect(gradeAnswer(q, "2000")).toBe(true);
    expect(gradeAnswer(q, "200")).toBe(false);
    expect(gradeAnswer(q, "two thousand-ish")).toBe(false);
  });
  it("reads a typed figure with a scale word as the number it names", () => {
    const q: Question = { ...base, type: "numeric", answer: "18 million" };
    for (const typed of ["18 million", "18,000,000", "18000000", "18m", "18 Million"])
      expect(gradeAnswer(q, typed), typed).toBe(true);
    expect(gradeAnswer(q, "18")).toBe(false);
    expect(gradeAnswer({ ...q, answer: "1.2 billion" }, "1,200,000,000")).toBe(true);
  });
  it("needs the exact option for a choice question", () => {
    const q: Question = {
      ...base,
      type: "choice",
      options: ["Baku", "Yerevan", "Moscow", "Tbilisi"],
      answer: "Baku",
    };
    expect(gradeAnswer(q, "Baku")).toBe(true);
    expect(gradeAnswer(q, "Yerevan")).toBe(false);
  });
  it("needs every element in place for match and order answers", () => {
    const q: Question = { ...base, type: "order", options: ["b", "a"], answer: ["a", "b"] };
    expect(gradeAnswer(q, ["a", "b"])).toBe(true);
    expect(gradeAnswer(q, ["b", "a"])).toBe(false);
    expect(gradeAnswer(q, "a")).toBe(false);
  });
});

describe("typed answers a student would fairly write", () => {
  it("accepts a person's surname alone, and with a title", () => {
    expect(gradeAnswer(fill("Tom Brooks"), "Brooks")).toBe(true);
    expect(gradeAnswer(fill("Tom Brooks"), "Mayor Brooks")).toBe(true);
    expect(gradeAnswer(fill("Tom Brooks"), "Tom")).toBe(false);
  });
  it("accepts the distinctive word of a body's name", () => {
    expect(gradeAnswer(fill("the Whitfield Foundation"), "Whitfield")).toBe(true);
    expect(gradeAnswer(fill("the Whitfield Foundation"), "Foundation")).toBe(false);
  });
  it("reads numbers typed with spaces, commas or words", () => {
    const q: Question = { ...base, type: "numeric", answer: "2,000" };
    for (const typed of ["2 000", "2,000", "2000", "two thousand"])
      expect(gradeAnswer(q, typed), typed).toBe(true);
    expect(gradeAnswer({ ...q, answer: "25" }, "twenty-five")).toBe(true);
    expect(gradeAnswer(fill("2,000"), "two thousand")).toBe(true);
  });
  it("forgives spelling slips in proportion to the answer's length, never in a number", () => {
    expect(gradeAnswer(fill("Kenya"), "Kenia")).toBe(true);
    expect(gradeAnswer(fill("Cieslewicz"), "Cieslewitz")).toBe(true);
    expect(gradeAnswer(fill("Amatrice"), "Amatrisse")).toBe(false);
    expect(gradeAnswer(fill("Baku"), "Bako")).toBe(false);
    expect(gradeAnswer({ ...base, type: "numeric", answer: "1995" }, "1996")).toBe(false);
  });
});

describe("typed figures with their unit", () => {
  it("reads '30 g', '60 light-years' and '843 million dollars' as the figure", () => {
    expect(gradeAnswer({ ...base, type: "numeric", answer: "30" }, "30 g")).toBe(true);
    expect(gradeAnswer({ ...base, type: "numeric", answer: "60" }, "60 light-years")).toBe(true);
    expect(gradeAnswer({ ...base, type: "numeric", answer: "$843m" }, "843 million dollars")).toBe(
      true,
    );
    expect(gradeAnswer({ ...base, type: "numeric", answer: "30" }, "31 g")).toBe(false);
  });
});
