import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { Quiz } from "../../questions/types.ts";
import { signAttemptToken } from "../../worker/attempts/tokens.ts";
import { builtinQuizId } from "../../worker/quizzes/builtin-quiz.ts";
import { roomFor } from "../../worker/storage/rooms.ts";
import { answer, api, finish, seedQuiz, startAttempt } from "./support/api.ts";
import { fixtureQuiz, fixtureWithId } from "./support/fixtures.ts";
import { ANSWER_FIELDS, keysDeep } from "./support/scan.ts";
import { storedData } from "./support/snapshot.ts";
import { articles, createOpenQuiz, errorOf, postQuiz, putQuiz } from "./support/teacher.ts";

// Practice on a teacher's quiz opens question by question as the student's scored attempt answers
// it, so its answers cannot be collected through practice or flashcards before playing.

const check = (
  quizId: string,
  questionId: string,
  body: unknown = { answer: "" },
  token?: string,
) => api(`/api/quizzes/${quizId}/questions/${questionId}/check`, { method: "POST", body, token });
const publicQuiz = async (id: string) =>
  (await (await api(`/api/quizzes/${id}`)).json()) as { practice: string };
const question = (id: string) => fixtureQuiz.questions.find((q) => q.id === id)!;
const PLAY_FIRST =
  "Answer this question in the quiz first; " +
  "practice opens for each question once you have answered it.";

/** Stored without a `practice` field, as a teacher's quiz from before the setting: closed. */
const locked: Quiz = fixtureWithId("locked-1");
const otherQuiz: Quiz = fixtureWithId("locked-other");

beforeAll(async () => {
  await seedQuiz(locked);
  await seedQuiz(otherQuiz);
  await seedQuiz({ ...fixtureWithId("open-1"), practice: "open" });
});

describe("check on a quiz whose practice opens after answering", () => {
  it("needs this quiz's attempt token: 401 if none or forged, 403 if another quiz's", async () => {
    const other = await startAttempt(otherQuiz.id, "Elsewhere");
    const forged = await signAttemptToken("not-the-secret-but-long-enough", {
      attemptId: other.attemptId,
      quizId: locked.id,
    });
    const cases: [string | undefined, number, string][] = [
      [undefined, 401, "unauthorized"],
      ["a1.x.y.z", 401, "unauthorized"],
      [forged, 401, "unauthorized"],
      [other.token, 403, "forbidden"],
    ];
    for (const [token, status, code] of cases) {
      const res = await check(locked.id, "q-choice", { answer: "" }, token);
      expect(res.status, String(token)).toBe(status);
      expect(await res.json()).toEqual({ error: { code, message: expect.any(String) } });
    }
    const none = await errorOf(await check(locked.id, "q-choice"));
    expect(none.message).toMatch(/opens after you play/);
  });

  it("refuses an unanswered question with 403 play_first, reveals an answered one", async () => {
    const { attemptId, token } = await startAttempt(locked.id, "Player");
    for (const given of ["", "Azerbaijan", "Atlantis"]) {
      const res = await check(locked.id, "q-choice", { answer: given }, token);
      expect(res.status, given).toBe(403);
      expect(await res.json()).toEqual({ error: { code: "play_first", message: PLAY_FIRST } });
    }

    expect((await answer(attemptId, token, "q-choice", "Russia")).status).toBe(200);
    const opened = await check(locked.id, "q-choice", { answer: "Azerbaijan" }, token);
    expect(opened.status).toBe(200);
    expect(opened.headers.get("cache-control")).toBe("no-store");
    expect(await opened.json()).toMatchObject({
      correct: true,
      correctAnswer: "Azerbaijan",
      explanation: question("q-choice").explanation,
    });
    // Its accepted forms come with a typed question once it is answered.
    await answer(attemptId, token, "q-fill", "Kocharyan");
    expect(
      await (await check(locked.id, "q-fill", { answer: "pashinyan" }, token)).json(),
    ).toMatchObject({ correct: true, accept: ["Pashinyan"] });
    // The others stay closed, to this attempt and to anyone without one.
    expect((await errorOf(await check(locked.id, "q-tf", { answer: "" }, token))).code).toBe(
      "play_first",
    );
    expect((await check(locked.id, "q-choice")).status).toBe(401);
  });

  it("reveals every question once the attempt is finished, answered or not", async () => {
    const { attemptId, token } = await startAttempt(locked.id, "Finisher");
    await answer(attemptId, token, "q-tf", "False");
    await finish(attemptId, token);
    for (const q of locked.questions) {
      const res = await check(locked.id, q.id, { answer: "" }, token);
      expect(res.status, q.id).toBe(200);
      expect(((await res.json()) as { correctAnswer: unknown }).correctAnswer).toEqual(q.answer);
    }
  });

  it("is 404 for a genuine attempt the quiz lacks, and an unknown question or quiz", async () => {
    const ghost = await signAttemptToken(env.TOKEN_SECRET, {
      attemptId: crypto.randomUUID(),
      quizId: locked.id,
    });
    expect((await errorOf(await check(locked.id, "q-choice", { answer: "" }, ghost))).code).toBe(
      "attempt_not_found",
    );
    const { token } = await startAttempt(locked.id, "Curious");
    expect((await errorOf(await check(locked.id, "q-nope", { answer: "" }, token))).code).toBe(
      "question_not_found",
    );
    expect((await errorOf(await check(locked.id, "q-nope"))).code).toBe("question_not_found");
    expect((await errorOf(await check("no-such-quiz", "q-choice"))).code).toBe("quiz_not_found");
  });

  it("stores nothing, refused or revealed", async () => {
    const { attemptId, token } = await startAttempt(locked.id, "Quiet");
    await answer(attemptId, token, "q-num", "2000");
    const before = await storedData([locked.id]);
    await Promise.all(
      locked.questions.flatMap((q) => [
        check(locked.id, q.id, { answer: q.answer }, token),
        check(locked.id, q.id, { answer: "" }),
      ]),
    );
    expect(await storedData([locked.id])).toEqual(before);
  });

  it("hides answers until a student answers: quiz, attempt, checks, leaderboard", async () => {
    const { attemptId, token } = await startAttempt(locked.id, "Prober");
    const bodies: unknown[] = [
      await (await api(`/api/quizzes/${locked.id}`)).json(),
      await (await api(`/api/attempts/${attemptId}`, { token })).json(),
      await (await api(`/api/quizzes/${locked.id}/leaderboard`, { token })).json(),
      await (await api(`/api/attempts/${attemptId}/review`, { token })).json(),
    ];
    for (const q of locked.questions) {
      for (const given of ["", q.answer, ["", ""]]) {
        bodies.push(await (await check(locked.id, q.id, { answer: given }, token)).json());
        bodies.push(await (await check(locked.id, q.id, { answer: given })).json());
      }
    }
    for (const body of bodies)
      for (const field of ANSWER_FIELDS)
        expect(keysDeep(body), `${field} in ${JSON.stringify(body)}`).not.toContain(field);
  });
});

describe("check on a quiz open to practice", () => {
  it("reveals to anyone, and ignores a token, forged or another quiz's", async () => {
    const other = await startAttempt(otherQuiz.id, "Elsewhere");
    for (const token of [undefined, "a1.x.y.z", other.token]) {
      const res = await check("open-1", "q-choice", { answer: "" }, token);
      expect(res.status, String(token)).toBe(200);
      expect(((await res.json()) as { correctAnswer: unknown }).correctAnswer).toBe("Azerbaijan");
    }
  });

  it("is the built-in quiz's policy: anyone practising alone", async () => {
    const id = builtinQuizId();
    const quiz = (await (await api(`/api/quizzes/${id}`)).json()) as {
      practice: string;
      questions: { id: string }[];
    };
    expect(quiz.practice).toBe("open");
    const res = await check(id, quiz.questions[0]!.id);
    expect(res.status).toBe(200);
  });
});

describe("the practice setting of a teacher's quiz", () => {
  it("is after-answering for a new quiz unless the body asks for open; GET shows it", async () => {
    const closed = await createOpenQuiz({ article: articles.science, count: 3 });
    expect(closed.quiz.practice).toBe("after-answering");
    expect((await publicQuiz(closed.id)).practice).toBe("after-answering");
    expect((await check(closed.id, closed.quiz.questions[0]!.id)).status).toBe(401);

    const open = await createOpenQuiz({ article: articles.science, count: 3, practice: "open" });
    expect(open.quiz.practice).toBe("open");
    expect((await publicQuiz(open.id)).practice).toBe("open");
    expect((await check(open.id, open.quiz.questions[0]!.id)).status).toBe(200);

    // Questions written in the browser take the setting too.
    const supplied = await createOpenQuiz({
      article: articles.science,
      questions: closed.quiz.questions,
      practice: "open",
    });
    expect(supplied.quiz.practice).toBe("open");
  });

  it("refuses anything but open or after-answering, and stores nothing then", async () => {
    for (const practice of ["closed", true, null, ""]) {
      const res = await postQuiz({ article: articles.sport, count: 3, practice });
      expect(res.status, String(practice)).toBe(400);
      expect((await errorOf(res)).code).toBe("invalid_body");
    }
    const { id, teacherKey, quiz } = await createOpenQuiz({ article: articles.sport, count: 3 });
    const res = await putQuiz(
      id,
      { title: quiz.title, questions: quiz.questions, practice: "sometimes" },
      teacherKey,
    );
    expect((await errorOf(res)).code).toBe("invalid_body");
    expect((await publicQuiz(id)).practice).toBe("after-answering");
  });

  it("is set by PUT with the key, applies to checks at once, stays if a PUT omits it", async () => {
    const { id, teacherKey, quiz } = await createOpenQuiz({ article: articles.business, count: 3 });
    const first = quiz.questions[0]!.id;
    const edit = (practice?: string) => ({
      title: quiz.title,
      questions: quiz.questions,
      ...(practice ? { practice } : {}),
    });
    const put = async (practice?: string) => {
      const res = await putQuiz(id, edit(practice), teacherKey);
      expect(res.status).toBe(200);
      return ((await res.json()) as { quiz: Quiz }).quiz.practice;
    };
    const review = async () =>
      (
        (await (await api(`/api/quizzes/${id}/review`, { token: teacherKey })).json()) as {
          quiz: Quiz;
        }
      ).quiz.practice;

    expect(await review()).toBe("after-answering");
    expect(await put("open")).toBe("open");
    expect((await publicQuiz(id)).practice).toBe("open");
    expect(await review()).toBe("open");
    expect((await check(id, first)).status).toBe(200);

    expect(await put()).toBe("open");
    expect((await check(id, first)).status).toBe(200);

    expect(await put("after-answering")).toBe("after-answering");
    expect((await publicQuiz(id)).practice).toBe("after-answering");
    expect((await check(id, first)).status).toBe(401);
  });

  it("changes only with the quiz's key", async () => {
    const { id, teacherKey, quiz } = await createOpenQuiz({ article: articles.disaster, count: 3 });
    const other = await createOpenQuiz({ article: articles.sport, count: 3 });
    const body = { title: quiz.title, questions: quiz.questions, practice: "open" };
    expect((await putQuiz(id, body)).status).toBe(401);
    expect((await putQuiz(id, body, other.teacherKey)).status).toBe(403);
    expect((await putQuiz(id, body, `${teacherKey}x`)).status).toBe(403);
    expect((await putQuiz(builtinQuizId(), body, teacherKey)).status).toBe(403);
    expect((await publicQuiz(id)).practice).toBe("after-answering");
    expect((await check(id, quiz.questions[0]!.id)).status).toBe(401);
  });

  it("is after-answering for the teacher on a quiz stored before the setting existed", async () => {
    const { id, teacherKey, quiz } = await createOpenQuiz({ article: articles.business, count: 2 });
    // Take the field away in the room, as a quiz stored before it would be.
    const legacy: Quiz = { ...quiz };
    delete legacy.practice;
    await roomFor(env.QUIZ_ROOM, id).storeQuiz(legacy);
    const body = (await (await api(`/api/quizzes/${id}/review`, { token: teacherKey })).json()) as {
      quiz: Quiz;
    };
    expect(body.quiz.practice).toBe("after-answering");
    expect((await check(id, quiz.questions[0]!.id)).status).toBe(401);
  });
});
