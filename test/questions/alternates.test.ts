import { describe, expect, it } from "vitest";
import { fillInQuestion, generateQuiz, questionsAboutSentence } from "../../questions/index.ts";
import { questionsProblem } from "../../worker/quizzes/check-questions.ts";
import { evidenceProblem } from "../../worker/quizzes/evidence.ts";
import { loadArticles } from "./articles.ts";

const articles = loadArticles().map((a) => ({ ...a, quiz: generateQuiz(a.text) }));

describe("alternates", () => {
  it.each(articles.map((a) => [a.name, a.quiz] as const))(
    "%s: fit the article, none already in the quiz, at most two a sentence",
    (_name, quiz) => {
      const alternates = quiz.alternates ?? [];
      expect(questionsProblem(quiz.article.paragraphs, alternates)).toBeNull();
      const ids = new Set(quiz.questions.map((q) => q.id));
      expect(alternates.filter((a) => ids.has(a.id))).toEqual([]);
      const perSentence = new Map<string, number>();
      for (const a of alternates)
        perSentence.set(a.evidence.text, (perSentence.get(a.evidence.text) ?? 0) + 1);
      expect(Math.max(0, ...perSentence.values())).toBeLessThanOrEqual(2);
    },
  );

  it("are there for most articles, to replace questions with", () => {
    expect(articles.filter((a) => (a.quiz.alternates?.length ?? 0) >= 5).length).toBeGreaterThan(
      articles.length / 2,
    );
  });
});

describe("asking about one sentence", () => {
  const { quiz } = articles[0]!;
  const paragraphs = quiz.article.paragraphs;
  const at = {
    paragraph: quiz.questions[0]!.evidence.paragraph,
    text: quiz.questions[0]!.evidence.text,
  };

  it("offers the engine's questions about that sentence, with it as evidence", () => {
    const offered = questionsAboutSentence(paragraphs, at);
    expect(offered.length).toBeGreaterThan(0);
    for (const q of offered)
      expect(at.text.includes(q.evidence.text) || q.evidence.text.includes(at.text)).toBe(true);
    expect(questionsProblem(paragraphs, offered)).toBeNull();
  });

  it("blanks out a whole word the teacher picks, not a part of another word", () => {
    const at = { paragraph: 0, text: "An analyst said an answer was due in 2,000 days." };
    const q = fillInQuestion(at, "an");
    expect(q.prompt).toBe(
      "Complete the sentence from the article: “An analyst said ___ answer was due in 2,000 days.”",
    );
    expect(q).toMatchObject({
      type: "fill",
      answer: "an",
      evidence: { text: at.text, highlight: "an" },
    });
    expect(fillInQuestion(at, "2,000").type).toBe("numeric");
    expect(() => fillInQuestion(at, "nal")).toThrow();
    expect(
      evidenceProblem(["An analyst said an answer was due in 2,000 days."], q.evidence),
    ).toBeNull();
  });
});
