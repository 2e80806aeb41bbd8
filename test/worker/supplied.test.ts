import { describe, expect, it } from "vitest";
import builtinArticle from "../../questions/article.txt";
import { cleanArticle, generateQuiz, quizIdOf } from "../../questions/index.ts";
import type { Question, Quiz } from "../../questions/types.ts";
import { questionsProblem } from "../../worker/quizzes/check-questions.ts";
import election from "../fixtures/heldout/election.txt";
import health from "../fixtures/heldout/health.txt";
import tech from "../fixtures/heldout/tech.txt";
import { api } from "./support/api.ts";
import { everyTypeQuiz } from "./support/engine-quiz.ts";
import {
  articles,
  createQuiz,
  errorOf,
  postQuiz,
  publish,
  unsealedQuestions,
} from "./support/teacher.ts";

/**
 * The engine's quiz for the disaster article: it has every question type, match and order included.
 */
const engine: Quiz = everyTypeQuiz(articles.disaster);
const byType = (type: Question["type"]) => engine.questions.findIndex((q) => q.type === type);
/**
 * A deep copy with nothing shared (the engine lets questions of one fact share an evidence object).
 */
const clone = (): Question[] => JSON.parse(JSON.stringify(engine.questions)) as Question[];

/**
 * POSTs the disaster article with the engine's questions after `change` has had its way with a
 * copy.
 */
async function postChanged(change: (qs: Question[]) => void) {
  const questions = clone();
  change(questions);
  return postQuiz({ article: articles.disaster, questions });
}

describe("questions written in the teacher's browser", () => {
  it("are stored as sent if they fit: random id, seeded question ids, option order", async () => {
    const created = await publish(
      await createQuiz({
        article: articles.disaster,
        title: "Palu, a year on",
        questions: engine.questions,
        alternates: engine.alternates,
      }),
    );
    const { id, quiz } = created as Awaited<ReturnType<typeof createQuiz>>;
    expect(id).not.toBe(engine.id);
    expect(quiz.title).toBe("Palu, a year on");
    expect(unsealedQuestions(quiz)).toEqual(unsealedQuestions(engine));
    expect(quiz.alternates?.length).toBeGreaterThan(0);
    const served = (await (await api(`/api/quizzes/${id}`)).json()) as {
      questions: { id: string }[];
    };
    expect(served.questions.map((q) => q.id)).toEqual(quiz.questions.map((q) => q.id));
    const engineIds = new Set(engine.questions.map((q) => q.id));
    expect(served.questions.some((q) => engineIds.has(q.id))).toBe(false);
  });

  it("ignore an id the browser claims: the Worker draws a random one", async () => {
    const { quiz } = await createQuiz({
      article: articles.science,
      questions: generateQuiz(articles.science).questions.slice(0, 3),
      id: "chosen-by-me",
    });
    expect(quiz.id).toMatch(/^[0-9a-z]{16}$/);
    expect(quiz.id).not.toContain(quizIdOf(cleanArticle(articles.science)));
  });

  it("take the article's headline as the title when none is given", async () => {
    const { quiz } = await createQuiz({
      article: articles.sport,
      questions: generateQuiz(articles.sport).questions.slice(0, 2),
    });
    expect(quiz.title).toBe(cleanArticle(articles.sport).headline);
  });

  it("pass the same checks for every engine-quizzed article (fixtures, held-out, built-in)", () => {
    for (const text of [...Object.values(articles), election, health, tech, builtinArticle]) {
      const quiz = generateQuiz(text);
      expect(questionsProblem(quiz.article.paragraphs, quiz.questions), quiz.title).toBeNull();
    }
  });

  it("are refused together with count or types", async () => {
    const res = await postQuiz({
      article: articles.disaster,
      questions: engine.questions,
      count: 3,
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain("not both");
  });

  it("still need a whole article", async () => {
    const short =
      "Azerbaijan said on Wednesday that it had regained control of Nagorno-Karabakh. ".repeat(3);
    const res = await postQuiz({ article: short, questions: engine.questions });
    expect(res.status).toBe(422);
    expect(await errorOf(res)).toMatchObject({ code: "article_too_short" });
  });
});

const choice = byType("choice");
const tf = byType("truefalse");
const numeric = byType("numeric");
const match = byType("match");
const order = byType("order");
const fill = byType("fill");

describe("questions that do not fit the article are refused with a 400 naming the question", () => {
  it.each<[string, number, (qs: Question[]) => void, string]>([
    [
      "evidence that is not in the article",
      choice,
      (qs) => {
        qs[choice]!.evidence.text = "The earthquake was caused by aliens.";
      },
      "not a whole sentence of paragraph",
    ],
    [
      "evidence changed by one word",
      fill,
      (qs) => {
        qs[fill]!.evidence.text = qs[fill]!.evidence.text.replace(/\b(\w+)\b/, "Reportedly");
      },
      "word for word",
    ],
    [
      "evidence cut mid-sentence",
      choice,
      (qs) => {
        qs[choice]!.evidence.text = qs[choice]!.evidence.text.slice(0, 20);
      },
      "not a whole sentence",
    ],
    [
      "evidence from another paragraph",
      choice,
      (qs) => {
        qs[choice]!.evidence.paragraph =
          (qs[choice]!.evidence.paragraph + 1) % engine.article.paragraphs.length;
      },
      "not a whole sentence of paragraph",
    ],
    [
      "a paragraph the article does not have",
      tf,
      (qs) => {
        qs[tf]!.evidence.paragraph = 999;
      },
      "names paragraph 999",
    ],
    [
      "a source that is not in the article",
      order,
      (qs) => {
        qs[order]!.sources![1]!.text = "Something that never happened.";
      },
      "not a whole sentence",
    ],
    [
      "a highlight outside the evidence",
      numeric,
      (qs) => {
        qs[numeric]!.evidence.highlight = "nowhere in it";
      },
      "highlight",
    ],
    [
      "an answer that is not an option",
      choice,
      (qs) => {
        qs[choice]!.answer = "Atlantis";
      },
      'its answer "Atlantis" is not one of its options',
    ],
    [
      "a list as a choice answer",
      choice,
      (qs) => {
        qs[choice]!.answer = ["a", "b"];
      },
      "one option's text, not a list",
    ],
    [
      "the same option twice",
      choice,
      (qs) => {
        qs[choice]!.options![1] = qs[choice]!.options![0]!.toUpperCase();
      },
      "two of its options are the same",
    ],
    [
      "true/false with other options",
      tf,
      (qs) => {
        qs[tf]!.options = ["Yes", "No"];
        qs[tf]!.answer = "Yes";
      },
      '"True" and "False"',
    ],
    [
      "a numeric answer that is no number",
      numeric,
      (qs) => {
        qs[numeric]!.answer = "many";
      },
      "is not a number",
    ],
    [
      "a typed answer with options",
      fill,
      (qs) => {
        qs[fill]!.options = ["a", "b"];
      },
      "has no options",
    ],
    [
      "items on a question that is not match",
      choice,
      (qs) => {
        qs[choice]!.items = ["a", "b"];
      },
      "only match questions have items",
    ],
    [
      "match answers that are not its options",
      match,
      (qs) => {
        (qs[match]!.answer as string[])[0] = "the mayor of Palu";
      },
      "its answers must be its options, each used once",
    ],
    [
      "match items and answers of different lengths",
      match,
      (qs) => {
        qs[match]!.items = qs[match]!.items!.slice(1);
      },
      "one item for each answer",
    ],
    [
      "an order answer missing an event",
      order,
      (qs) => {
        qs[order]!.answer = (qs[order]!.answer as string[]).slice(1);
      },
      "every option once",
    ],
    [
      "an order answer with one event twice",
      order,
      (qs) => {
        const a = qs[order]!.answer as string[];
        a[1] = a[0]!;
      },
      "every option once",
    ],
    [
      "two questions with one id",
      tf,
      (qs) => {
        qs[tf]!.id = qs[choice]!.id;
      },
      "its id is already used by question",
    ],
  ])("%s", async (_, index, change, message) => {
    const res = await postChanged(change);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("invalid_questions");
    expect(error.message).toContain(message);
    const duplicate = message.includes("already used");
    const named = duplicate
      ? `Question ${Math.max(index, choice) + 1} (`
      : `Question ${index + 1} (${engine.questions[index]!.id})`;
    expect(error.message).toContain(named);
  });

  it.each<[string, (qs: Question[]) => void, string]>([
    [
      "a question without a prompt",
      (qs) => {
        delete (qs[2] as Partial<Question>).prompt;
      },
      "question 3 (",
    ],
    [
      "an unknown type",
      (qs) => {
        (qs[4] as { type: string }).type = "essay";
      },
      "question 5 (",
    ],
    [
      "an option that is a number",
      (qs) => {
        (qs[choice]!.options as unknown[])[2] = 7;
      },
      `question ${choice + 1} (${engine.questions[choice]!.id}), option 3: An option must be text.`,
    ],
    [
      "an id with a dot",
      (qs) => {
        qs[0]!.id = "a.b";
      },
      "question 1 (a.b), id:",
    ],
    [
      "a negative paragraph",
      (qs) => {
        qs[1]!.evidence.paragraph = -1;
      },
      "question 2 (",
    ],
  ])("%s (by the schema, also naming the question)", async (_, change, message) => {
    const res = await postChanged(change);
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({
      code: "invalid_body",
      message: expect.stringContaining(message),
    });
  });

  it("refuses no questions and more than 30", async () => {
    expect((await postQuiz({ article: articles.disaster, questions: [] })).status).toBe(400);
    const many = Array.from({ length: 31 }, (_, i) => ({ ...engine.questions[0]!, id: `q${i}` }));
    const res = await postQuiz({ article: articles.disaster, questions: many });
    expect(await errorOf(res)).toEqual({
      code: "invalid_body",
      message: "questions: A quiz holds 30 questions at most.",
    });
  });

  it("stores nothing when refused", async () => {
    const res = await postChanged((qs) => {
      qs[choice]!.answer = "Atlantis";
    });
    expect(res.status).toBe(400);
    expect((await api(`/api/quizzes/${engine.id}-nothing`)).status).toBe(404);
  });
});

describe("alternates written in the teacher's browser", () => {
  it("are checked against the article like the questions", async () => {
    const bad = [
      {
        ...engine.alternates![0]!,
        evidence: { paragraph: 0, text: "Not a sentence of the article." },
      },
    ];
    const res = await api("/api/quizzes", {
      method: "POST",
      body: { article: articles.disaster, questions: engine.questions, alternates: bad },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /^Alternates: Question 1/,
    );
  });
});
