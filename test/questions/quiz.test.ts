import { describe, expect, it } from "vitest";
import { defaultCount } from "../../questions/choose/pick.ts";
import { gradeAnswer, normalizeAnswer } from "../../questions/grade.ts";
import { cleanArticle, generateQuiz, QuizError } from "../../questions/index.ts";
import { splitSentences } from "../../questions/read/nlp.ts";
import type { Question, Quiz } from "../../questions/types.ts";
import { builtIn, loadArticles } from "./articles.ts";

const articles = loadArticles().map((a) => ({ ...a, quiz: generateQuiz(a.text) }));
// every question a teacher may see: the quiz and the alternates they may swap in
const all = articles.flatMap((a) =>
  [...a.quiz.questions, ...(a.quiz.alternates ?? [])].map((q) => ({ article: a, q })),
);
const body = (q: Question) => q.prompt.replace(/^True or false: /, "");
const single = (q: Question) => typeof q.answer === "string";

describe("every quiz", () => {
  it.each(articles.map((a) => [a.name, a.quiz] as const))(
    "%s has an id, a short title and about one question per 55 words",
    (_name, quiz: Quiz) => {
      expect(quiz.id).toMatch(/^[0-9a-z]{12}$/);
      expect(quiz.title.length).toBeGreaterThan(10);
      expect(quiz.title.split(" ").length).toBeLessThanOrEqual(16);
      expect(quiz.title).not.toMatch(/[.,;:]$/);
      const words = quiz.article.paragraphs.join(" ").split(/\s+/).length;
      // an article with few figures worth asking gets a short quiz, never padding no teacher keeps
      expect(quiz.questions.length).toBeGreaterThanOrEqual(words >= 300 ? 2 : 1);
      expect(quiz.questions.length).toBeLessThanOrEqual(defaultCount(words));
    },
  );

  it("every evidence text is a verbatim sentence of the cleaned article", () => {
    for (const a of articles) {
      const sentences = new Set(
        splitSentences(a.quiz.article.paragraphs).map((s) => `${s.paragraph}|${s.text}`),
      );
      for (const q of a.quiz.questions) {
        for (const ev of q.sources ?? [q.evidence]) {
          expect(sentences.has(`${ev.paragraph}|${ev.text}`), `${a.name}: ${ev.text}`).toBe(true);
          if (ev.highlight) expect(ev.text).toContain(ev.highlight);
        }
      }
    }
  });

  it("never puts the answer in the prompt", () => {
    for (const { q } of all) {
      if (!single(q) || q.type === "truefalse") continue;
      const prompt = ` ${normalizeAnswer(q.prompt)} `;
      for (const a of [q.answer as string, ...(q.accept ?? [])])
        expect(prompt, q.prompt).not.toContain(` ${normalizeAnswer(a)} `);
    }
  });

  it("gives choice questions four unique options with the answer exactly once", () => {
    for (const { q } of all.filter((x) => x.q.type === "choice")) {
      expect(q.options).toHaveLength(4);
      expect(new Set(q.options!.map(normalizeAnswer)).size).toBe(4);
      expect(q.options!.filter((o) => o === q.answer)).toHaveLength(1);
    }
  });

  it("never offers a second correct answer", () => {
    for (const { q } of all.filter((x) => x.q.type === "choice")) {
      const right = [q.answer as string, ...(q.accept ?? [])].map(normalizeAnswer);
      for (const o of q.options!.filter((o) => o !== q.answer)) {
        const n = normalizeAnswer(o);
        expect(
          right.some((r) => r === n || r.includes(n) || n.includes(r)),
          `${q.prompt} -> ${o}`,
        ).toBe(false);
        expect(gradeAnswer(q, o)).toBe(false);
      }
    }
  });

  it("offers distractors of the answer's kind: numbers for numbers, days for days", () => {
    const days = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
    for (const { q } of all.filter((x) => x.q.type === "choice")) {
      const answer = q.answer as string;
      for (const o of q.options!) {
        if (/^\d[\d,.]*$/.test(answer)) expect(o, q.prompt).toMatch(/^\d[\d,.]*$/);
        if (days.test(answer)) expect(o).toMatch(days);
        expect(o, q.prompt).not.toMatch(/\b(of|the|a|an|and|to|in)$/i);
      }
    }
  });

  it("grades its own answer right", () => {
    for (const { q } of all) expect(gradeAnswer(q, q.answer), q.prompt).toBe(true);
  });

  it("writes true/false with options True and False, true ones verbatim from the article", () => {
    for (const { article, q } of all.filter((x) => x.q.type === "truefalse")) {
      expect(q.options).toEqual(["True", "False"]);
      const statement = body(q).replace(/\.$/, "");
      const text = article.quiz.article.paragraphs.join(" ");
      if (q.answer === "True" && !/^[^,]+ is /.test(statement))
        expect(text.toLowerCase(), statement).toContain(statement.slice(1).toLowerCase());
      if (q.answer === "False") expect(text, statement).not.toContain(statement.slice(1));
    }
  });

  it("makes the false statement differ from the true sentence in exactly one element", () => {
    for (const { q } of all.filter((x) => x.q.type === "truefalse" && x.q.answer === "False")) {
      const s = body(q)
        .replace(/[.”"]+$/, "")
        .split(" ");
      const e = q.evidence.text.replace(/[.”"]+$/, "").split(" ");
      const subject = body(q).split(" is ")[0]!;
      // a role statement ("X is the ROLE")
      if (/^[^,]+? is /.test(body(q)) && !q.evidence.text.includes(`${subject} is `)) continue;
      let p = 0;
      while (p < s.length && p < e.length && s[p]!.toLowerCase() === e[p]!.toLowerCase()) p++;
      expect(p, body(q)).toBeLessThan(s.length);
      // After one changed element (a name of up to eight words, "Indonesia's Meteorology,
      // Climatology and Geophysical Agency"), the statement runs on as the sentence does.
      let resumes = false;
      for (let i = 1; i <= 8 && !resumes; i++) {
        for (let j = 1; j <= 8 && !resumes; j++) {
          const rest = s.slice(p + i).join(" ");
          if (
            e
              .slice(p + j)
              .join(" ")
              .startsWith(rest)
          )
            resumes = true;
        }
      }
      expect(resumes, `${body(q)} / ${q.evidence.text}`).toBe(true);
    }
  });

  it("asks grammatical-looking questions: capital first, '?' last, no dangling pronoun", () => {
    for (const { q } of all) {
      expect(q.prompt, q.prompt).toMatch(/^[A-Z“"]/);
      // a sentence question quotes its sentence, with one blank, after an instruction
      if (q.prompt.startsWith("Complete the sentence from the article: "))
        expect(q.prompt.split("___")).toHaveLength(2);
      else if (q.type !== "truefalse" && q.type !== "match" && q.type !== "order")
        expect(q.prompt).toMatch(/\?$/);
      expect(body(q), q.prompt).not.toMatch(/^(He|She|They|It|This|These|His|Her|Their|Its) /);
      expect(q.prompt).not.toMatch(/\s[,.?]|\s{2}/);
    }
  });

  it("explains in one sentence and names nobody the article does not", () => {
    for (const { article, q } of all) {
      expect(q.explanation, q.explanation).toMatch(/[.”]$/);
      const text = article.quiz.article.paragraphs.join(" ");
      for (const name of q.explanation.match(/\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+/gu) ?? []) {
        if (/^(The|False|According|Each) /.test(name)) continue;
        expect(text, q.explanation).toContain(name);
      }
    }
  });

  it("tests no person's role more than twice (a match tests each of its people)", () => {
    for (const a of articles) {
      const tests = new Map<string, number>();
      const count = (person: string) => tests.set(person, (tests.get(person) ?? 0) + 1);
      for (const q of a.quiz.questions) {
        if (q.type === "match") q.items!.forEach(count);
        else if (/^Who is /.test(q.prompt)) count(q.answer as string);
        else if (/ is .+ of which country\?$/.test(q.prompt)) count(q.prompt.split(" is ")[0]!);
        else if (
          q.type === "truefalse" &&
          /^True or false: [^,]+ is (the|a|an|[A-Z]\S*['’]s) /.test(q.prompt) &&
          !q.evidence.text.includes(`${body(q).split(" is ")[0]} is `)
        )
          count(body(q).split(" is ")[0]!);
      }
      for (const [person, n] of tests) expect(n, `${a.name}: ${person}`).toBeLessThanOrEqual(2);
    }
  });

  it("never asks about a role needing context ('the hosts' captain', 'the head of the X')", () => {
    const title =
      "(captain|director|coach|chairman|chairwoman|president|head|minister|chief|officer|general" +
      "|spokesman|spokeswoman)";
    const contextRole = new RegExp(
      String.raw`\bthe [a-z]+['’]s? ([a-z-]+ ){0,2}${title}\b` +
        String.raw`|\bthe (head|director|chairman|president|chief) of the [a-z]`,
    );
    for (const { q } of all) {
      if (q.type === "match")
        for (const role of q.answer as string[]) expect(role).not.toMatch(contextRole);
      else if (/^(Who is|True or false: [^,]+ is )/.test(q.prompt))
        expect(q.prompt).not.toMatch(contextRole);
    }
  });

  it("asks at most one true/false about a sentence", () => {
    for (const a of articles) {
      const sentences = a.quiz.questions
        .filter((q) => q.type === "truefalse")
        .map((q) => `${q.evidence.paragraph}|${q.evidence.text}`);
      expect(new Set(sentences).size, a.name).toBe(sentences.length);
    }
  });

  it("never asks 'Who said it...?', where 'it' would point outside the question", () => {
    for (const { q } of all)
      expect(q.prompt).not.toMatch(/^Who said (in a statement )?(that )?(it|they)\b/);
  });

  it("never offers an option inside another ('Karabakh' beside 'Nagorno-Karabakh')", () => {
    for (const { q } of all.filter((x) => x.q.type === "choice")) {
      const keys = q.options!.map((o) => ` ${normalizeAnswer(o)} `);
      for (const k of keys)
        expect(
          keys.filter((other) => other !== k && other.includes(k)),
          q.prompt,
        ).toEqual([]);
    }
  });

  it("accepts a family name, never a Korean given name, as the short form of a name", () => {
    for (const { q } of all)
      for (const a of q.accept ?? []) expect(a, q.prompt).not.toMatch(/^\p{Lu}\p{Ll}*-\p{Ll}+$/u);
  });

  it("gives every question a unique id", () => {
    for (const a of articles)
      expect(new Set(a.quiz.questions.map((q) => q.id)).size).toBe(a.quiz.questions.length);
  });

  it("orders and matches with shuffled options that are never already right", () => {
    for (const { q } of all.filter((x) => x.q.type === "order" || x.q.type === "match")) {
      const answer = q.answer as string[];
      expect([...q.options!].sort()).toEqual([...answer].sort());
      expect(q.options).not.toEqual(answer);
      if (q.type === "match") expect(q.items).toHaveLength(answer.length);
      expect(q.sources).toHaveLength(answer.length);
    }
  });
});

describe("the built-in article's quiz", () => {
  const quiz = generateQuiz(builtIn());

  // (the types follow what each fact asks best; blind teachers kept no true/false, so few or none)
  it("keeps true/false under a third", () => {
    expect(quiz.questions.filter((q) => q.type === "truefalse").length).toBeLessThanOrEqual(
      Math.ceil(quiz.questions.length / 3),
    );
  });

  it("keeps ranked alternates a teacher can swap in, none repeating a quiz question", () => {
    expect(quiz.alternates!.length).toBeGreaterThan(0);
    const prompts = new Set(quiz.questions.map((q) => q.prompt));
    for (const q of quiz.alternates!) expect(prompts.has(q.prompt)).toBe(false);
  });
});

describe("generateQuiz", () => {
  it("is deterministic: same article, same quiz and ids", () => {
    expect(generateQuiz(builtIn())).toEqual(generateQuiz(builtIn()));
  });

  it("takes the quiz id from the cleaned article, unchanged by junk lines and line endings", () => {
    const text = builtIn();
    const messy = `${text.replace(/\n/g, "\r\n\r\n")}\r\nShare this article\r\n`;
    expect(generateQuiz(messy).id).toBe(generateQuiz(text).id);
    expect(cleanArticle(messy).paragraphs).toEqual(cleanArticle(text).paragraphs);
  });

  it("narrows to the requested types and count", () => {
    const quiz = generateQuiz(builtIn(), { types: ["choice", "numeric"], count: 5 });
    expect(quiz.questions.length).toBeLessThanOrEqual(5);
    expect(quiz.questions.every((q) => q.type === "choice" || q.type === "numeric")).toBe(true);
  });

  it("uses a given title", () => {
    expect(generateQuiz(builtIn(), { title: "Karabakh" }).title).toBe("Karabakh");
  });

  it("refuses a text that is too short", () => {
    expect(() => generateQuiz("Aliyev spoke on Wednesday.")).toThrow(QuizError);
    try {
      generateQuiz("Aliyev spoke on Wednesday.");
    } catch (e) {
      expect((e as QuizError).code).toBe("too_short");
    }
  });

  it("refuses a text that is not English, with its own code", () => {
    const text = Array.from(
      { length: 12 },
      () =>
        "Der Stadtrat hat am Montag beschlossen, die neue Brücke über den Fluss " +
        "bis zum Sommer zu bauen, sagte die Bürgermeisterin.",
    ).join("\n");
    expect(() => generateQuiz(text)).toThrowError(expect.objectContaining({ code: "not_english" }));
  });

  it("refuses a text with too few facts", () => {
    const text = Array.from(
      { length: 12 },
      () => "it was nice and we liked it a lot, really, very much so indeed.",
    ).join("\n");
    expect(() => generateQuiz(text)).toThrowError(
      expect.objectContaining({ code: "too_few_facts" }),
    );
  });
});
