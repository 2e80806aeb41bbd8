import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { signAttemptToken, verifyAttemptToken } from "../../worker/attempts/tokens.ts";
import { answer, api, finish, seedQuiz, startAttempt } from "./support/api.ts";
import { fixtureQuiz, fixtureWithId } from "./support/fixtures.ts";

const SECRET = env.TOKEN_SECRET;
let mine: { attemptId: string; token: string };
let theirs: { attemptId: string; token: string };

beforeAll(async () => {
  await seedQuiz(fixtureQuiz);
  mine = await startAttempt(fixtureQuiz.id, "Me");
  theirs = await startAttempt(fixtureQuiz.id, "Them");
});

/** Every route that takes an attempt token, for a given attempt id and token. */
const guarded = (
  attemptId: string,
  token: string | undefined,
  headers?: Record<string, string>,
) => [
  api(`/api/attempts/${attemptId}`, { token, headers }),
  api(`/api/attempts/${attemptId}/answers/q-choice`, {
    method: "PUT",
    token,
    headers,
    body: { answer: "Azerbaijan" },
  }),
  api(`/api/attempts/${attemptId}/finish`, { method: "POST", token, headers }),
];

async function expectAll(responses: Promise<Response>[], status: number, code: string) {
  for (const res of await Promise.all(responses)) {
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
  }
}

describe("attempt tokens", () => {
  it("signs and verifies the attempt and quiz they bind", async () => {
    const token = await signAttemptToken(SECRET, { attemptId: "a1", quizId: "q1" });
    expect(await verifyAttemptToken(SECRET, token)).toEqual({ attemptId: "a1", quizId: "q1" });
    expect(await verifyAttemptToken("another-secret-of-32-characters", token)).toBeNull();
  });

  it("refuses to sign or verify without a real secret", async () => {
    await expect(signAttemptToken("", { attemptId: "a1", quizId: "q1" })).rejects.toThrow(
      "TOKEN_SECRET",
    );
    // biome-ignore lint/plugin: deliberately passes a missing secret, which the type forbids
    await expect(verifyAttemptToken(undefined as unknown as string, mine.token)).rejects.toThrow(
      "TOKEN_SECRET",
    );
  });

  it("refuses a request without a token with 401", () =>
    expectAll(guarded(mine.attemptId, undefined), 401, "unauthorized"));

  it("refuses a token that is not a Bearer token with 401", () =>
    expectAll(
      guarded(mine.attemptId, undefined, { authorization: `Basic ${mine.token}` }),
      401,
      "unauthorized",
    ));

  it.each([
    ["garbage", "not-a-token"],
    ["an empty signature", () => mine.token.replace(/\.[^.]+$/, ".")],
    [
      "a changed signature",
      () => mine.token.slice(0, -2) + (mine.token.endsWith("AA") ? "BB" : "AA"),
    ],
    [
      "a token signed with another secret",
      () =>
        signAttemptToken("a-guessed-secret-of-some-length", {
          attemptId: mine.attemptId,
          quizId: fixtureQuiz.id,
        }),
    ],
    [
      "another attempt's signature on my ids",
      () => mine.token.replace(/\.[^.]+$/, theirs.token.slice(theirs.token.lastIndexOf("."))),
    ],
    ["a token moved to another quiz", () => mine.token.replace(fixtureQuiz.id, "other-quiz")],
    ["a token of another version", () => mine.token.replace(/^a1\./, "a2.")],
  ])("refuses %s with 401", async (_, make) => {
    const token = typeof make === "string" ? make : await make();
    await expectAll(guarded(mine.attemptId, token), 401, "unauthorized");
  });

  it("refuses another attempt's genuine token with 403", () =>
    expectAll(guarded(mine.attemptId, theirs.token), 403, "forbidden"));

  it("refuses a genuine token for an attempt that does not exist with 404", async () => {
    const token = await signAttemptToken(SECRET, {
      attemptId: "never-started",
      quizId: fixtureQuiz.id,
    });
    await expectAll(guarded("never-started", token), 404, "attempt_not_found");
  });

  it("binds the quiz: another quiz's attempt token reaches only that quiz's room", async () => {
    const other = fixtureWithId("token-other-quiz");
    await seedQuiz(other);
    const elsewhere = await startAttempt(other.id);
    expect(
      (await answer(elsewhere.attemptId, elsewhere.token, "q-choice", "Azerbaijan")).status,
    ).toBe(200);
    expect(
      await (await api(`/api/attempts/${elsewhere.attemptId}`, { token: elsewhere.token })).json(),
    ).toMatchObject({ quizId: other.id });
  });

  it("leaves the attempt untouched after all those refusals", async () => {
    const attempt = await (
      await api(`/api/attempts/${mine.attemptId}`, { token: mine.token })
    ).json();
    expect(attempt).toMatchObject({ answers: {}, finished: false });
    expect((await finish(mine.attemptId, mine.token)).status).toBe(200);
  });
});
