import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import builtinArticle from "../../questions/article.txt";
import { cleanArticle, generateQuiz, quizIdOf } from "../../questions/index.ts";
import app from "../../worker/app.ts";
import { isId } from "../../worker/http/ids-and-bodies.ts";
import { builtinQuizId } from "../../worker/quizzes/builtin-quiz.ts";
import { NewQuizBody } from "../../worker/quizzes/quiz-bodies.ts";
import { roomFor } from "../../worker/storage/rooms.ts";
import { hashTeacherKey } from "../../worker/teacher/teacher-key.ts";
import { api, startAttempt } from "./support/api.ts";
import { ANSWER_FIELDS, keysDeep } from "./support/scan.ts";
import {
  articles,
  createQuiz,
  errorOf,
  postQuiz,
  publish,
  unsealedQuestions,
} from "./support/teacher.ts";

describe("POST /api/quizzes (the Worker writes the questions)", () => {
  it("writes, stores and returns the quiz with its answers, links and teacher key", async () => {
    const res = await postQuiz({ article: articles.science });
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const created = (await res.json()) as Record<string, unknown> & {
      id: string;
      teacherKey: string;
      quiz: { questions: { id: string; options?: string[] }[]; alternates?: object[] };
    };
    const expected = generateQuiz(articles.science);
    const id = created.id;
    expect(id).toMatch(/^[0-9a-z]{16}$/);
    expect(created).toEqual({
      id,
      url: `https://factquiz.test/q/${id}`,
      teacherUrl: `https://factquiz.test/t/${id}#key=${created.teacherKey}`,
      teacherKey: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/),
      // A teacher's quiz opens practice after answering unless the teacher says otherwise, and is a
      // draft.
      quiz: {
        ...expected,
        id,
        questions: expect.any(Array),
        alternates: expect.any(Array),
        practice: "after-answering",
        settings: { status: "draft", leaderboard: "players", attempts: "many", shuffle: true },
      },
      alternates: expect.any(Array),
    });
    expect(unsealedQuestions(created.quiz)).toEqual(unsealedQuestions(expected));
    expect((created.alternates as object[]).length).toBeGreaterThan(0);
    expect(keysDeep(created.quiz)).toContain("answer");
    expect(keysDeep(created.quiz)).not.toContain("seed");
  });

  it("makes a quiz students can load (without answers) and play at once", async () => {
    const created = await createQuiz({ article: articles.disaster });
    const { id, quiz } = created;
    const draft = await api(`/api/quizzes/${id}`);
    expect(draft.status).toBe(403);
    expect((await errorOf(draft)).code).toBe("quiz_not_open");
    await publish(created);
    const res = await api(`/api/quizzes/${id}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    for (const field of ANSWER_FIELDS) expect(keysDeep(body), field).not.toContain(field);
    const { attemptId, token } = await startAttempt(id);
    const q = quiz.questions[0]!;
    const graded = await api(`/api/attempts/${attemptId}/answers/${q.id}`, {
      method: "PUT",
      token,
      body: { answer: q.answer },
    });
    expect(await graded.json()).toMatchObject({ correct: true });
  });

  it("takes a title, a question count and question types", async () => {
    const { quiz } = await createQuiz({
      article: articles.sport,
      title: "  Women's  AFCON final ",
      count: 5,
      types: ["choice", "truefalse"],
    });
    expect(quiz.title).toBe("Women's AFCON final");
    expect(quiz.questions).toHaveLength(5);
    expect(quiz.questions.every((q) => q.type === "choice" || q.type === "truefalse")).toBe(true);
    const engine = generateQuiz(articles.sport, {
      title: "Women's AFCON final",
      count: 5,
      types: ["choice", "truefalse"],
    });
    expect(unsealedQuestions(quiz)).toEqual(unsealedQuestions(engine));
  });

  it("keeps teacher quizzes unlisted: shared by link, not on the home page", async () => {
    const { id } = await createQuiz({ article: articles.business });
    const list = (await (await api("/api/quizzes")).json()) as { id: string }[];
    expect(list.map((q) => q.id)).not.toContain(id);
    expect(await env.QUIZZES.get(`listed:${id}`)).toBeNull();
  });

  it("stores only the teacher key's SHA-256, in KV's metadata and in the quiz's room", async () => {
    const { id, teacherKey } = await createQuiz({ article: articles.business, count: 4 });
    const hash = await hashTeacherKey(teacherKey);
    const { value, metadata } = await env.QUIZZES.getWithMetadata(`quiz:${id}`);
    expect(metadata).toMatchObject({ keyHash: hash, listed: false });
    expect(value).not.toContain(teacherKey);
    expect(JSON.stringify(metadata)).not.toContain(teacherKey);
    const roomHash = await runInDurableObject(
      roomFor(env.QUIZ_ROOM, id),
      (_, state) =>
        state.storage.sql.exec<{ hash: string }>("SELECT hash FROM teacher_key").one().hash,
    );
    expect(roomHash).toBe(hash);
  });
});

describe("the same article posted twice", () => {
  it("gives the same questions new ids and option order; only its own key edits each", async () => {
    const first = await createQuiz({ article: articles.sport });
    const second = await createQuiz({ article: articles.sport });
    const engine = generateQuiz(articles.sport);
    expect(unsealedQuestions(second.quiz)).toEqual(unsealedQuestions(first.quiz));
    expect(second.id).not.toBe(first.id);
    expect(second.id).not.toContain(engine.id);
    expect(isId(second.id)).toBe(true);
    // The engine's output, or another copy of the quiz, is no answer key: no question id is shared.
    const secondIds = new Set(second.quiz.questions.map((q) => q.id));
    for (const q of [...first.quiz.questions, ...engine.questions])
      expect(secondIds.has(q.id)).toBe(false);
    const orders = (quiz: { questions: { type: string; options?: string[] }[] }) =>
      quiz.questions
        .filter((q) => q.type === "choice" || q.type === "order")
        .map((q) => q.options!.join("|"));
    expect(orders(second.quiz)).not.toEqual(orders(first.quiz));
    expect(second.teacherKey).not.toBe(first.teacherKey);
    const edit = { title: "Mine", questions: second.quiz.questions.slice(0, 2) };
    expect(
      (
        await api(`/api/quizzes/${second.id}`, {
          method: "PUT",
          token: first.teacherKey,
          body: edit,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api(`/api/quizzes/${second.id}`, {
          method: "PUT",
          token: second.teacherKey,
          body: edit,
        })
      ).status,
    ).toBe(200);
  });

  it("never uses the article's content id", async () => {
    const added = "A sentence only this test adds to the article, so its id is new.";
    const article = `${articles.science}\n${added}`;
    const id = quizIdOf(cleanArticle(article));
    const first = await createQuiz({ article });
    expect(first.id).not.toContain(id);
  });

  it("gives teachers posting at one moment a quiz each, none under the content id", async () => {
    const text = `${articles.business}\nFive teachers pasted this article at the same moment.`;
    const questions = generateQuiz(text).questions;
    const created = await Promise.all(
      Array.from({ length: 5 }, () => createQuiz({ article: text, questions })),
    );
    const ids = created.map((c) => c.id);
    expect(new Set(ids).size).toBe(5);
    expect(ids.filter((id) => id === quizIdOf(cleanArticle(text)))).toHaveLength(0);
    expect(new Set(created.map((c) => c.teacherKey)).size).toBe(5);
  });

  it("never hands out the built-in quiz's id, even before that quiz is stored", async () => {
    const { id } = await createQuiz({ article: builtinArticle, count: 3 });
    expect(id).not.toBe(builtinQuizId());
    expect(id).toMatch(/^[0-9a-z]{16}$/);
    const builtin = await api(`/api/quizzes/${builtinQuizId()}`);
    expect(((await builtin.json()) as { questions: object[] }).questions.length).toBeGreaterThan(3);
  });
});

const filler = "The committee met again on Tuesday and said nothing new. ";
/** Text without names, places, numbers or dates: nothing to ask about. */
const factless =
  "it was a quiet day and people went about their business as usual, " +
  "and nobody said much about anything at all.\n";

describe("articles that cannot make a quiz get a 4xx that says what to do", () => {
  it.each([
    [
      "shorter than 200 characters",
      { article: "Azerbaijan said on Wednesday it had regained control of Nagorno-Karabakh." },
      400,
      "invalid_body",
      "Paste the whole article: at least 200 characters",
    ],
    ["only spaces", { article: " ".repeat(500) }, 400, "invalid_body", "Paste the whole article"],
    [
      "over 100,000 characters",
      { article: filler.repeat(1800) },
      400,
      "invalid_body",
      "over 100,000 characters",
    ],
    [
      "binary (NUL bytes)",
      { article: `PK\u0003\u0004\u0000\u0000${"x".repeat(300)}` },
      400,
      "invalid_body",
      "does not look like an article's text",
    ],
    [
      "mostly control characters",
      {
        article: Array.from({ length: 400 }, (_, i) =>
          String.fromCharCode(i % 3 ? 65 + (i % 26) : 1 + (i % 8)),
        ).join(""),
      },
      400,
      "invalid_body",
      "Copy the text",
    ],
    [
      "a binary file decoded as text",
      { article: "\ufffd".repeat(40) + "a".repeat(300) },
      400,
      "invalid_body",
      "does not look like",
    ],
    ["not text at all", { article: 42 }, 400, "invalid_body", "Send the article as text"],
    ["missing", { title: "No article" }, 400, "invalid_body", "article"],
    [
      "too few words",
      { article: `${"Supercalifragilistic ".repeat(15)}and that is all.` },
      422,
      "article_too_short",
      "Paste the whole article",
    ],
    [
      "too few facts",
      { article: factless.repeat(20) },
      422,
      "too_few_facts",
      "Try a news article with more names",
    ],
  ])("%s", async (_, body, status, code, message) => {
    const res = await postQuiz(body);
    expect(res.status).toBe(status);
    const error = await errorOf(res);
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });

  it("suggests more question types when the types chosen find too few questions", async () => {
    const res = await postQuiz({ article: articles.business, types: ["order"] });
    expect(res.status).toBe(422);
    expect(await errorOf(res)).toEqual({
      code: "too_few_facts",
      message: expect.stringContaining("allow more question types"),
    });
  });

  it.each([
    [{ count: 0 }, "count is at least 1"],
    [{ count: 31 }, "count is at most 30"],
    [{ count: 2.5 }, "whole number"],
    [{ types: [] }, "at least one type"],
    [{ types: ["essay"] }, "types are some of"],
    [{ title: "x".repeat(121) }, "The title is too long"],
  ])("refuses bad options %j", async (extra, message) => {
    const res = await postQuiz({ article: articles.science, ...extra });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain(message);
  });

  it("accepts articles over 16 KB, 413s bodies over 512 KB, keeps 16 KB elsewhere", async () => {
    const long =
      `${articles.science}\n${articles.sport}\n${articles.disaster}\n${articles.business}\n`.repeat(
        2,
      );
    expect(long.length).toBeGreaterThan(16 * 1024);
    expect((await postQuiz({ article: long, count: 5 })).status).toBe(201);
    const huge = await postQuiz({ article: articles.science, padding: "y".repeat(513 * 1024) });
    expect(huge.status).toBe(413);
    expect(await errorOf(huge)).toEqual({
      code: "too_large",
      message: expect.stringContaining("512 KB"),
    });
    const attempt = await api("/api/quizzes/whatever/attempts", {
      method: "POST",
      body: { name: "Ana", padding: "y".repeat(17 * 1024) },
    });
    expect(attempt.status).toBe(413);
  });

  it("the same article twice gives the same questions", async () => {
    const a = await createQuiz({ article: articles.sport, count: 8 });
    const b = await createQuiz({ article: articles.sport, count: 8 });
    expect(unsealedQuestions(b.quiz)).toEqual(unsealedQuestions(a.quiz));
  });
});

describe("rate limit", () => {
  it("lets a client create 10 quizzes a minute, then a JSON 429 with Retry-After", async () => {
    const ip = "203.0.113.201";
    const body = { article: articles.business, count: 3 };
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await postQuiz(body, ip)).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201));
    expect(statuses[10]).toBe(429);
    const res = await postQuiz(body, ip);
    expect(res.headers.get("retry-after")).toBe("60");
    expect(await errorOf(res)).toEqual({
      code: "rate_limited",
      message: expect.stringContaining("Wait a minute"),
    });
    expect((await postQuiz(body, "203.0.113.202")).status).toBe(201);
  });
});

describe("a Worker on the free plan (GENERATE_IN_WORKER = false)", () => {
  it("refuses to write questions itself with a 422 that says to send them", async () => {
    const req = new Request("https://factquiz.test/api/quizzes", {
      method: "POST",
      headers: { "content-type": "application/json", "cf-connecting-ip": "203.0.113.9" },
      body: JSON.stringify({ article: articles.science }),
    });
    // biome-ignore lint/plugin: on purpose a value outside the generated Env type ("true")
    const res = await app.fetch(req, { ...env, GENERATE_IN_WORKER: "false" as never });
    expect(res.status).toBe(422);
    expect(await errorOf(res)).toEqual({
      code: "generate_in_browser",
      message: expect.stringContaining("Send the questions"),
    });
  });
});

describe("NewQuizBody", () => {
  it("is the schema the handler validates with", () => {
    expect(v.safeParse(NewQuizBody, { article: articles.science }).success).toBe(true);
    expect(v.safeParse(NewQuizBody, { article: "short" }).success).toBe(false);
  });
});
