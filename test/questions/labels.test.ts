import { describe, expect, it } from "vitest";
import { candidateQuestions, generateQuiz } from "../../questions/index.ts";

const REPORT = [
  "Rail fares rise again across the north.",
  "Former transport secretary Alan Pritchard said the rise was unfair to commuters " +
    "across the region.",
  '"We have warned about this for years," ' +
    "said Helen Marsh, the chief executive of Northern Rail Users.",
  "Tory MP Gareth Lind said the government had broken its promise on fares.",
  "Lib Dem transport spokesman Sir Owen Price called for an inquiry " +
    "into the rise and its effect on families.",
  "Maria Lopez won the regional cycling race in 2002 and retired from the sport in 2005.",
  'But Green councillor Carol Dunn accused ministers of turning the region into a "toxic dump".',
  "Several other MPs from the region have backed the call for an inquiry.",
].join("\n");

describe("roles news writes around a name", () => {
  const { roles } = candidateQuestions(REPORT);
  const role = (person: string) => roles.find((r) => r.person === person)?.role;

  it("reads a lower-case label before a name as a role, party kept and honorific dropped", () => {
    expect(role("Alan Pritchard")).toBe("a former transport secretary");
    expect(role("Gareth Lind")).toBe("a Tory MP");
    expect(role("Owen Price")).toBe("a Lib Dem transport spokesman");
  });

  it("reads the role after a quotation's speaker, outside the quotation", () => {
    expect(role("Helen Marsh")).toBe("the chief executive of Northern Rail Users");
  });

  it("pairs labels in a match, never in a 'Who is...?' of their own", () => {
    const written = candidateQuestions(REPORT).candidates.map((c) => c.question);
    expect(
      written.some((q) => /^Who is .*(Tory MP|former transport secretary)/.test(q.prompt)),
    ).toBe(false);
    const match = written.find((q) => q.type === "match");
    expect(match?.items).toContain("Alan Pritchard");
  });
});

describe("question wording", () => {
  const prompts = candidateQuestions(REPORT).candidates.map((c) => c.question.prompt);

  it("keeps the closing mark of a quotation that ends the sentence", () => {
    expect(prompts).toContain('Who accused ministers of turning the region into a "toxic dump"?');
  });

  it("never puts a second inflected verb after 'did'", () => {
    expect(prompts).toContain("In which year did Maria Lopez win the regional cycling race?");
    expect(prompts.some((p) => /did Maria Lopez win .* and retired/.test(p))).toBe(false);
  });
});

describe("one fact, one question", () => {
  it("never keeps a true statement beside a question its sentence answers", () => {
    const quiz = generateQuiz(REPORT);
    for (const q of quiz.questions.filter((x) => x.type === "truefalse" && x.answer === "True")) {
      const others = quiz.questions.filter(
        (x) =>
          x !== q &&
          x.evidence.text === q.evidence.text &&
          typeof x.answer === "string" &&
          x.type !== "truefalse",
      );
      for (const o of others)
        expect(q.prompt.toLowerCase()).not.toContain((o.answer as string).toLowerCase());
    }
  });
});
