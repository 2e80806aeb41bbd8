import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { signAttemptToken } from "../../worker/attempts/tokens.ts";
import { builtinQuizId } from "../../worker/quizzes/builtin-quiz.ts";
import { answer, api, finish, seedQuiz, startAttempt } from "./support/api.ts";
import { fixtureQuiz } from "./support/fixtures.ts";
import { settleRooms, storedData } from "./support/snapshot.ts";
import { articles, type Created, createOpenQuiz } from "./support/teacher.ts";

const REQUESTS = 3000;
const SEED = 20260101;

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const junk = (max: number) =>
  Array.from({ length: Math.floor(rand() * max) }, () =>
    String.fromCharCode(Math.floor(rand() * 0x2fff)),
  ).join("");
/** Printable ASCII, as header values arrive over HTTP. */
const junkAscii = (max: number) =>
  Array.from({ length: Math.floor(rand() * max) }, () =>
    String.fromCharCode(0x21 + Math.floor(rand() * 94)),
  ).join("");

type Attempt = { attemptId: string; token: string };
let live: Attempt;
let done: Attempt;
/** A teacher's quiz, and another quiz whose key is never the right one for it. */
let teacher: Created;
let otherTeacher: Created;

beforeAll(async () => {
  await seedQuiz(fixtureQuiz, true);
  live = await startAttempt(fixtureQuiz.id, "Live");
  await answer(live.attemptId, live.token, "q-choice", "Azerbaijan");
  done = await startAttempt(fixtureQuiz.id, "Done");
  await answer(done.attemptId, done.token, "q-tf", "False");
  await finish(done.attemptId, done.token);
  await api("/api/quizzes");
  teacher = await createOpenQuiz({ article: articles.science, count: 4 });
  otherTeacher = await createOpenQuiz({ article: articles.sport, count: 3 });
  quizBodyTexts = quizBodies().map((b) => JSON.stringify(b));
});

let quizBodyTexts: string[];

const article = () => articles.business;

/**
 * Bodies that are never a quiz the API would store: every new-quiz body is invalid, and no edit
 * ever has the right key.
 */
const quizBodies = (): unknown[] => [
  { article: "Too short." },
  { article: 42 },
  { article: null },
  { title: "no article" },
  { article: ["a"] },
  { article: `\u0000${"x".repeat(300)}` },
  { article: "\u0001\u0002".repeat(300) },
  { article: " ".repeat(400) },
  { article: article(), count: 0 },
  { article: article(), count: "5" },
  { article: article(), types: ["essay"] },
  { article: article(), types: "choice" },
  { article: article(), questions: [] },
  { article: article(), questions: [{}] },
  { article: article(), questions: "all" },
  { article: article(), questions: teacher.quiz.questions },
  { article: article(), questions: teacher.quiz.questions, count: 3 },
  { article: article(), title: 7 },
  { article: article(), title: "x".repeat(200) },
  { article: "y".repeat(100_001) },
  { title: "Edited", questions: teacher.quiz.questions },
  { title: "", questions: [] },
  { title: "T", questions: [{ id: "x" }] },
  { article: "z".repeat(600 * 1024) },
  { article: article(), practice: "closed" },
  { article: article(), practice: ["open"] },
  { article: article(), count: 0, practice: "open" },
  { title: "Edited", questions: teacher.quiz.questions, practice: "open" },
  { title: "Edited", questions: teacher.quiz.questions, practice: 1 },
];

/**
 * Bodies that are never a valid new attempt (valid answer bodies are fine: no token is ever right).
 */
const bodies = (): (string | undefined)[] => [
  undefined,
  "",
  junk(200),
  '{"name":',
  '{"name": 42}',
  '{"name": ""}',
  '{"name": "   "}',
  `{"name": "${"x".repeat(41)}"}`,
  '{"name": null}',
  "[]",
  "null",
  '"Ana"',
  '{"name": ["Ana"]}',
  '{"__proto__": {"name": "Ana"}}',
  '{"name": "Ana\\u0000"}',
  '{"answer": "Azerbaijan"}',
  '{"answer": ["a", "b"]}',
  '{"answer": 1}',
  '{"answer": [[]]}',
  "[".repeat(5000) + "]".repeat(5000),
  JSON.stringify({ answer: "x", pad: "y".repeat(17 * 1024) }),
  JSON.stringify({ name: "Ana", pad: "y".repeat(17 * 1024) }),
];

function idFor(kind: "quiz" | "attempt" | "question") {
  const common = [
    "",
    "x".repeat(600),
    "a.b",
    "..",
    "%2e%2e",
    "%00",
    "%F0%9F",
    "null",
    junk(20),
    encodeURIComponent(junk(10)),
  ];
  if (kind === "quiz")
    return pick([
      fixtureQuiz.id,
      fixtureQuiz.id,
      teacher.id,
      teacher.id,
      builtinQuizId(),
      "no-such-quiz",
      ...common,
    ]);
  if (kind === "question") return pick(["q-choice", "q-order", "q-nope", ...common]);
  return pick([live.attemptId, done.attemptId, crypto.randomUUID(), ...common]);
}

/**
 * A token that is never genuine for `attemptId`: none, junk, altered, wrongly signed, or another
 * attempt's.
 */
async function tokenFor(attemptId: string): Promise<string | undefined> {
  const others = [live, done].filter((a) => a.attemptId !== attemptId).map((a) => a.token);
  return pick<string | undefined | (() => Promise<string>)>([
    undefined,
    junkAscii(30),
    "a1.x.y.z",
    `${live.token.slice(0, -3)}AAA`,
    done.token.replace(/^a1/, "a0"),
    "x".repeat(9000),
    otherTeacher.teacherKey,
    teacher.teacherKey.slice(1),
    `${teacher.teacherKey}x`,
    teacher.teacherKey.toUpperCase(),
    () =>
      signAttemptToken("not-the-secret-but-long-enough", {
        attemptId: encodeURIComponent(attemptId),
        quizId: fixtureQuiz.id,
      }),
    ...others,
  ]) as string | undefined;
}

async function randomRequest() {
  const q = idFor("quiz"),
    a = idFor("attempt"),
    question = idFor("question");
  // Mostly the method the path takes, so requests get past routing to validation and tokens.
  const [path, usual] = pick([
    ["/api/quizzes", "GET"],
    [`/api/quizzes/${q}`, "GET"],
    [`/api/quizzes/${q}/attempts`, "POST"],
    [`/api/quizzes/${q}/leaderboard`, "GET"],
    [`/api/attempts/${a}`, "GET"],
    [`/api/attempts/${a}/answers/${question}`, "PUT"],
    [`/api/attempts/${a}/finish`, "POST"],
    [`/api/${junk(8)}`, "GET"],
    [`/api/quizzes/${q}/${junk(5)}`, "GET"],
    ["/api/health", "GET"],
    ["/api/quizzes", "POST"],
    ["/api/quizzes", "POST"],
    [`/api/quizzes/${q}`, "PUT"],
    [`/api/quizzes/${q}`, "PUT"],
    [`/api/quizzes/${q}/results`, "GET"],
    [`/api/quizzes/${q}/results?format=${pick(["csv", "json", "xml", "", junkAscii(5)])}`, "GET"],
    [`/api/quizzes/${q}/review`, "GET"],
    [`/api/quizzes/${q}/questions/${question}/check`, "POST"],
    [`/api/quizzes/${q}/questions/${question}/check`, "POST"],
    [`/api/attempts/${a}/review`, "GET"],
  ] as const);
  const method =
    rand() < 0.7 ? usual : pick(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]);
  let token = await tokenFor(a);
  if (typeof token === "function") token = await (token as () => Promise<string>)();
  const headers: Record<string, string> = {};
  const type = pick([
    "application/json",
    "application/json; charset=utf-8",
    "text/plain",
    "application/vnd.x+json",
    "multipart/form-data; boundary=x",
    "",
  ]);
  if (type) headers["content-type"] = type;
  if (rand() < 0.1)
    headers.authorization = pick([
      "Bearer",
      "Bearer ",
      "Basic abc",
      `bearer ${token ?? ""}`,
      "Bearer a b",
    ]);
  if (rand() < 0.1) headers["if-none-match"] = junkAscii(10);
  const teacherRoute = /^\/api\/quizzes(\/[^/]*)?$/.test(path) && method !== "GET";
  const body =
    method === "GET" || method === "HEAD"
      ? undefined
      : teacherRoute && rand() < 0.6
        ? pick(quizBodyTexts)
        : pick(bodies());
  return { method, path, token, headers, body };
}

describe("thousands of malformed requests", () => {
  it(`never get a 5xx or a non-JSON error, and change nothing stored (seed ${SEED})`, {
    timeout: 60_000,
  }, async () => {
    await settleRooms([fixtureQuiz.id, teacher.id, otherTeacher.id]);
    const before = await storedData([fixtureQuiz.id, builtinQuizId(), teacher.id, otherTeacher.id]);
    for (let batch = 0; batch < REQUESTS / 100; batch++) {
      const requests = await Promise.all(Array.from({ length: 100 }, randomRequest));
      const responses = await Promise.all(requests.map((r) => api(r.path, r)));
      for (const [i, res] of responses.entries()) {
        const what = `${requests[i]!.method} ${requests[i]!.path.slice(0, 120)} -> ${res.status}`;
        expect(res.status, what).toBeLessThan(500);
        const text = await res.text();
        if (res.status >= 400 && requests[i]!.method !== "HEAD") {
          expect(res.headers.get("content-type"), what).toContain("application/json");
          expect(JSON.parse(text), what).toEqual({
            error: { code: expect.any(String), message: expect.any(String) },
          });
        }
      }
    }
    expect(
      await storedData([fixtureQuiz.id, builtinQuizId(), teacher.id, otherTeacher.id]),
    ).toEqual(before);
    expect(env.TOKEN_SECRET).not.toBe("not-the-secret-but-long-enough");
  });
});
