import { describe, expect, it } from "vitest";
import { answerTexts, mentions } from "../../questions/choose/answers.ts";
import { defaultCount } from "../../questions/choose/pick.ts";
import { generateQuiz } from "../../questions/index.ts";
import { splitSentences } from "../../questions/read/nlp.ts";
import type { Question } from "../../questions/types.ts";
import { loadArticles } from "./articles.ts";

/**
 * Invariants of the chooser over every fixture article: each fails when its rule is taken out of
 * questions/choose/ (tried by removing the rule). No test pins one article's questions.
 */
const articles = loadArticles().map((a) => ({ ...a, quiz: generateQuiz(a.text) }));
const sentenceOf = (q: Question) => `${q.evidence.paragraph}|${q.evidence.text}`;
const WEEKDAY = /^(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

describe("the chooser, on every fixture article", () => {
  it.each(articles.map((a) => [a.name, a] as const))(
    "%s: at most one question a sentence; alternates two at most",
    (_n, a) => {
      const seen = new Set<string>();
      for (const q of a.quiz.questions) {
        for (const e of q.sources ?? [q.evidence]) {
          const key = `${e.paragraph}|${e.text}`;
          expect(seen.has(key), `${a.name}: two questions from “${e.text}”`).toBe(false);
          seen.add(key);
        }
      }
      // alternates may share a sentence with the question they would replace, so a teacher
      // has a choice
      const alternates = new Map<string, number>();
      for (const q of a.quiz.alternates ?? []) {
        const key = `${q.evidence.paragraph}|${q.evidence.text}`;
        alternates.set(key, (alternates.get(key) ?? 0) + 1);
      }
      expect(
        Math.max(0, ...alternates.values()),
        `${a.name}: alternates per sentence`,
      ).toBeLessThanOrEqual(2);
    },
  );

  it.each(articles.map((a) => [a.name, a] as const))(
    "%s: no answer given away by the title or another question",
    (_n, a) => {
      const qs = a.quiz.questions;
      for (const q of qs) {
        const answers = answerTexts(q);
        if (answers.length === 0) continue;
        expect(mentions(a.quiz.title, answers), `${a.name}: title gives “${q.answer}”`).toBe(false);
        for (const other of qs) {
          if (other === q) continue;
          expect(
            mentions(other.prompt, answers),
            `${a.name}: “${other.prompt}” gives “${q.answer}”`,
          ).toBe(false);
          expect(
            mentions(other.evidence.text, answers),
            `${a.name}: evidence “${other.evidence.text}” gives “${q.answer}”`,
          ).toBe(false);
        }
      }
    },
  );

  it.each(articles.map((a) => [a.name, a] as const))(
    "%s: no answer asked more than twice, no weekday alone, no world leader's title",
    (_n, a) => {
      const uses = new Map<string, number>();
      for (const q of a.quiz.questions) {
        if (q.type === "truefalse" || typeof q.answer !== "string") continue;
        expect(q.answer, q.prompt).not.toMatch(WEEKDAY);
        expect(q.prompt).not.toMatch(
          /^Who (is|was) the (president|prime minister|king|queen|chancellor) of [^,?]+\?$/,
        );
        for (const t of answerTexts(q)) uses.set(t, (uses.get(t) ?? 0) + 1);
      }
      for (const [answer, n] of uses) expect(n, `${a.name}: ${answer}`).toBeLessThanOrEqual(2);
    },
  );

  it.each(articles.map((a) => [a.name, a] as const))(
    "%s: a length that fits the article, in article order",
    (_n, a) => {
      const words = a.quiz.article.paragraphs.join(" ").split(/\s+/).length;
      expect(a.quiz.questions.length).toBeGreaterThanOrEqual(words >= 300 ? 2 : 1);
      expect(a.quiz.questions.length).toBeLessThanOrEqual(defaultCount(words));
      const order = splitSentences(a.quiz.article.paragraphs).map(
        (s) => `${s.paragraph}|${s.text}`,
      );
      const places = a.quiz.questions
        .filter((q) => !q.sources)
        .map((q) => order.indexOf(sentenceOf(q)));
      expect(places, a.name).toEqual([...places].sort((x, y) => x - y));
    },
  );

  it.each(articles.map((a) => [a.name, a] as const))(
    "%s: numbers offered for a number, of the same unit",
    (_n, a) => {
      for (const q of [...a.quiz.questions, ...(a.quiz.alternates ?? [])]) {
        if (q.type !== "choice") continue;
        const answer = q.answer as string;
        const unit = (o: string) => o.replace(/[\d.,\s]+/g, "#");
        if (/^[£$€]?\d[\d,.]*(%| ?(million|billion|m|bn|k))?$/.test(answer))
          for (const o of q.options!) expect(unit(o), `${q.prompt}: ${o}`).toBe(unit(answer));
      }
    },
  );

  it("asks for more with `count`, up to 30, and is deterministic", () => {
    const long = articles.reduce((a, b) => (a.text.length > b.text.length ? a : b));
    const more = generateQuiz(long.text, { count: 30 });
    expect(more.questions.length).toBeGreaterThan(long.quiz.questions.length);
    expect(more.questions.length).toBeLessThanOrEqual(30);
    expect(generateQuiz(long.text)).toEqual(long.quiz);
  });
});

describe("asked for one type", () => {
  it("writes a match or an order question when only that type is asked for", () => {
    for (const type of ["match", "order"] as const) {
      const found = articles.some((a) => {
        try {
          return generateQuiz(a.text, { types: [type], count: 1 }).questions.every(
            (q) => q.type === type,
          );
        } catch {
          return false;
        }
      });
      expect(found, type).toBe(true);
    }
  });
});

describe("default length", () => {
  it("is one question per 55 words, at least 4 and at most 15", () => {
    expect([100, 220, 454, 650, 2000].map(defaultCount)).toEqual([4, 4, 8, 12, 15]);
  });
});
