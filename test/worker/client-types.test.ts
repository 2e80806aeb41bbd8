import { exports } from "cloudflare:workers";
import { hc, type InferResponseType } from "hono/client";
import { beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import type { AppType } from "../../worker/app.ts";
import { seedQuiz } from "./support/api.ts";
import { fixtureQuiz } from "./support/fixtures.ts";
import { articles } from "./support/teacher.ts";

/** The typed client the Preact app uses, pointed at the worker in workerd. */
const client = hc<AppType>("https://factquiz.test", {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => exports.default.fetch(input, init),
  headers: { "cf-connecting-ip": "192.0.2.10" },
});

beforeAll(() => seedQuiz(fixtureQuiz));

describe("the typed client hc<AppType>", () => {
  it("knows every route's request and response types", () => {
    type Quiz = InferResponseType<(typeof client.api.quizzes)[":id"]["$get"], 200>;
    expectTypeOf<Quiz["questions"][number]>().toHaveProperty("prompt").toEqualTypeOf<string>();
    expectTypeOf<Quiz["questions"][number]>().not.toHaveProperty("answer");
    type Listing = InferResponseType<typeof client.api.quizzes.$get>;
    expectTypeOf<Listing[number]["questionCount"]>().toEqualTypeOf<number>();
    type Started = InferResponseType<(typeof client.api.quizzes)[":id"]["attempts"]["$post"], 201>;
    expectTypeOf<Started>().toEqualTypeOf<{
      attemptId: string;
      token: string;
      name: string;
      practice: boolean;
      order: { questions: string[]; options: { [questionId: string]: string[] } } | null;
    }>();
    type Feedback = InferResponseType<
      (typeof client.api.attempts)[":attemptId"]["answers"][":questionId"]["$put"],
      200
    >;
    expectTypeOf<Feedback["correct"]>().toEqualTypeOf<boolean>();
    type Finished = InferResponseType<
      (typeof client.api.attempts)[":attemptId"]["finish"]["$post"],
      200
    >;
    expectTypeOf<Finished>().toEqualTypeOf<{
      score: number;
      total: number;
      rank: number | null;
      practice: boolean;
    }>();
    type Attempt = InferResponseType<(typeof client.api.attempts)[":attemptId"]["$get"], 200>;
    expectTypeOf<Attempt["finished"]>().toEqualTypeOf<boolean>();
    type Board = InferResponseType<(typeof client.api.quizzes)[":id"]["leaderboard"]["$get"], 200>;
    expectTypeOf<Board["entries"][number]["name"]>().toEqualTypeOf<string>();
  });

  it("knows the teacher routes' types", () => {
    type Created = InferResponseType<typeof client.api.quizzes.$post, 201>;
    expectTypeOf<Created["teacherKey"]>().toEqualTypeOf<string>();
    expectTypeOf<Created["quiz"]["questions"][number]["answer"]>().toEqualTypeOf<
      string | string[]
    >();
    type Edited = InferResponseType<(typeof client.api.quizzes)[":id"]["$put"], 200>;
    expectTypeOf<Edited["quiz"]["title"]>().toEqualTypeOf<string>();
    type Review = InferResponseType<(typeof client.api.quizzes)[":id"]["review"]["$get"], 200>;
    expectTypeOf<Review["quiz"]["questions"][number]["evidence"]["text"]>().toEqualTypeOf<string>();
    type Results = InferResponseType<(typeof client.api.quizzes)[":id"]["results"]["$get"], 200>;
    expectTypeOf<
      Extract<Results, { students: unknown }>["questions"][number]["percentRight"]
    >().toEqualTypeOf<number | null>();
  });

  it("creates, edits and reads results of a quiz through the typed client", async () => {
    const created = await client.api.quizzes.$post({
      json: { article: articles.science, count: 4, types: ["choice", "truefalse"] },
    });
    if (created.status !== 201) throw new Error(`create failed: ${created.status}`);
    const { id, teacherKey, quiz } = await created.json();
    const headers = { authorization: `Bearer ${teacherKey}` };
    const edited = await client.api.quizzes[":id"].$put(
      { param: { id }, json: { title: "Typed", questions: quiz.questions.slice(1) } },
      { headers },
    );
    expect(edited.status).toBe(200);
    const review = await client.api.quizzes[":id"].review.$get({ param: { id } }, { headers });
    if (review.status !== 200) throw new Error(`review failed: ${review.status}`);
    expect((await review.json()).quiz.questions).toHaveLength(3);
    const results = await client.api.quizzes[":id"].results.$get(
      { param: { id }, query: {} },
      { headers },
    );
    expect(results.status).toBe(200);
  });

  it("plays a whole attempt through the typed client", async () => {
    const quiz = await (
      await client.api.quizzes[":id"].$get({ param: { id: fixtureQuiz.id } })
    ).json();
    expect(quiz.questions).toHaveLength(6);
    const started = await client.api.quizzes[":id"].attempts.$post({
      param: { id: quiz.id },
      json: { name: "Typed" },
    });
    expect(started.status).toBe(201);
    if (started.status !== 201) return;
    const { attemptId, token } = await started.json();
    const headers = { authorization: `Bearer ${token}` };
    const param = { attemptId, questionId: "q-choice" };
    const put = await client.api.attempts[":attemptId"].answers[":questionId"].$put(
      { param, json: { answer: "Azerbaijan" } },
      { headers },
    );
    expect(put.status).toBe(200);
    const done = await client.api.attempts[":attemptId"].finish.$post(
      { param: { attemptId } },
      { headers },
    );
    if (done.status !== 200) throw new Error(`finish failed: ${done.status}`);
    expect(await done.json()).toEqual({ score: 1, total: 6, rank: 1, practice: false });
  });
});
