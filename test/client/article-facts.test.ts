import { describe, expect, it } from "vitest";
import { articleFacts } from "../../client/src/learn/article-facts";
import { explanationAddsToEvidence } from "../../client/src/learn/Flashcard";
import type { QuizKnowledge } from "../../client/src/learn/revealed";

const paragraphs = [
  "The mayor opened a bridge on Monday. It cost 40 million dollars.",
  "Crowds of 3,000 people came to see it.",
];

function knowing(questions: QuizKnowledge["questions"], missed: string[] = []): QuizKnowledge {
  return { questions, missed };
}

describe("the reader's highlights", () => {
  it("marks the answer's words, not the sentence", () => {
    const facts = articleFacts(
      paragraphs,
      ["q1", "q2"],
      knowing({
        q1: {
          answer: "Monday",
          explanation: "",
          evidence: {
            text: "The mayor opened a bridge on Monday.",
            highlight: "on Monday",
            paragraph: 0,
          },
        },
        q2: {
          answer: "3,000",
          explanation: "",
          evidence: { text: "Crowds of 3,000 people came to see it.", paragraph: 1 },
        },
      }),
    );
    const text = (f: (typeof facts)[number]) => paragraphs[f.paragraph]!.slice(f.start, f.end);
    expect(facts.map(text)).toEqual(["on Monday", "3,000"]);
  });

  it("joins two questions on overlapping words into one fact, missed if either was", () => {
    const evidence = { text: "It cost 40 million dollars.", paragraph: 0 };
    const facts = articleFacts(
      paragraphs,
      ["q1", "q2"],
      knowing(
        {
          q1: { answer: "40 million dollars", explanation: "", evidence },
          q2: { answer: "40 million", explanation: "", evidence },
        },
        ["q2"],
      ),
    );
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ questionIds: ["q1", "q2"], missed: true });
    expect(paragraphs[0]!.slice(facts[0]!.start, facts[0]!.end)).toBe("40 million dollars");
  });

  it("falls back to the sentence only when the answer is not in it (a changed true/false)", () => {
    const facts = articleFacts(
      paragraphs,
      ["q1"],
      knowing({
        q1: {
          answer: "False",
          explanation: "",
          evidence: { text: "It cost 40 million dollars.", paragraph: 0 },
        },
      }),
    );
    expect(paragraphs[0]!.slice(facts[0]!.start, facts[0]!.end)).toBe(
      "It cost 40 million dollars.",
    );
  });
});

describe("a flashcard's explanation", () => {
  it("is left out when it only repeats the article's sentence", () => {
    const sentence = "Crowds of 3,000 people came to see it.";
    expect(
      explanationAddsToEvidence(
        "The article says that crowds of 3,000 people came to see it.",
        sentence,
      ),
    ).toBe(false);
    expect(
      explanationAddsToEvidence(
        "False: the article says Monday, not Friday.",
        "The mayor opened a bridge on Monday.",
      ),
    ).toBe(true);
  });
});
