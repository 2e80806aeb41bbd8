import { readFileSync } from "node:fs";
import type { Page, Route } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { axeViolations, phonePagePerTest, screenshot } from "./browser";
import { progress } from "./player";

const baseUrl = inject("baseUrl");
const phone = phonePagePerTest();
const ATTEMPT_POST = /\/api\/quizzes\/[^/]+\/attempts$/;

async function inspect(page: Page, name: string) {
  expect(await axeViolations(page), `axe-core on the ${name} screen`).toEqual([]);
  await screenshot(page, name);
}

async function builtinQuizId() {
  const quizzes = (await (await fetch(`${baseUrl}/api/quizzes`)).json()) as { id: string }[];
  return quizzes[0]!.id;
}

/** A teacher's quiz made through the API: a draft until `setStatus` opens it. */
async function teacherQuiz() {
  const article = readFileSync("test/fixtures/articles/business.txt", "utf8");
  const res = await fetch(`${baseUrl}/api/quizzes`, {
    method: "POST",
    headers: { "content-type": "application/json", "cf-connecting-ip": "203.0.113.80" },
    body: JSON.stringify({ article, count: 3, title: "Classroom: business" }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; teacherKey: string };
}

async function setStatus(quiz: { id: string; teacherKey: string }, status: "open" | "closed") {
  const res = await fetch(`${baseUrl}/api/quizzes/${quiz.id}`, {
    method: "PATCH",
    headers: { "content-type": "application/json", authorization: `Bearer ${quiz.teacherKey}` },
    body: JSON.stringify({ status }),
  });
  expect(res.status).toBe(200);
}

async function fillName(page: Page, name: string) {
  await page.getByRole("textbox", { name: "Your name" }).fill(name);
  await page.getByRole("button", { name: "Start the quiz" }).click();
}

describe("joining a quiz with the whole class", () => {
  it("shows 'Joining…' while the server says to wait (429), then starts by itself", async () => {
    const page = phone.page;
    let refused = 0;
    await page.route(ATTEMPT_POST, async (route: Route) => {
      if (refused++ < 2) {
        return route.fulfill({
          status: 429,
          headers: { "retry-after": "1", "content-type": "application/json" },
          body: JSON.stringify({
            error: {
              code: "rate_limited",
              message: "Many students are joining from your network.",
            },
          }),
        });
      }
      return route.continue();
    });
    await page.goto(`${baseUrl}/q/${await builtinQuizId()}`);
    await fillName(page, "Busy server");
    await page.getByRole("heading", { level: 1, name: "Joining…" }).waitFor();
    await page
      .getByRole("status")
      .filter({ hasText: "Lots of players are joining at once" })
      .waitFor();
    await inspect(page, "joining-busy");
    const [at] = await progress(page);
    expect(at).toBe(1);
    expect(refused).toBe(3);
  });

  it("waits while offline and joins by itself when the connection comes back", async () => {
    const page = phone.page;
    await page.goto(`${baseUrl}/q/${await builtinQuizId()}`);
    await page.getByRole("textbox", { name: "Your name" }).waitFor();
    await page.context().setOffline(true);
    await fillName(page, "Offline start");
    await page.getByRole("status").filter({ hasText: "You are offline" }).waitFor();
    await inspect(page, "joining-offline");
    await page.waitForTimeout(1_500);
    expect(await page.getByRole("heading", { level: 1, name: "Joining…" }).count()).toBe(1);
    await page.context().setOffline(false);
    const [at] = await progress(page);
    expect(at).toBe(1);
  });

  it("lets a student cancel a join and go back to the name form", async () => {
    const page = phone.page;
    await page.route(ATTEMPT_POST, (route: Route) =>
      route.fulfill({
        status: 429,
        headers: { "retry-after": "30", "content-type": "application/json" },
        body: '{"error":{"code":"rate_limited","message":"Wait."}}',
      }),
    );
    await page.goto(`${baseUrl}/q/${await builtinQuizId()}`);
    await fillName(page, "Cancels");
    await page
      .getByRole("status")
      .filter({ hasText: "Lots of players are joining at once" })
      .waitFor();
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("textbox", { name: "Your name" }).waitFor();
  });
});

describe("a teacher's quiz before and after class", () => {
  it("says 'not open yet' to a student, then starts by itself once the teacher opens", async () => {
    const page = phone.page;
    const quiz = await teacherQuiz();
    await page.goto(`${baseUrl}/q/${quiz.id}`);
    await page.getByRole("heading", { level: 1, name: "Not open yet" }).waitFor();
    await inspect(page, "not-open-yet");
    await setStatus(quiz, "open");
    await page.getByRole("textbox", { name: "Your name" }).waitFor({ timeout: 20_000 });
  });

  it("says a closed quiz is closed", async () => {
    const page = phone.page;
    const quiz = await teacherQuiz();
    await setStatus(quiz, "closed");
    await page.goto(`${baseUrl}/q/${quiz.id}`);
    await page.getByRole("heading", { level: 1, name: "This quiz is closed" }).waitFor();
    await inspect(page, "quiz-closed");
  });

  it("lets the teacher open, close, reopen, and remove a student's attempt with undo", async () => {
    const page = phone.page;
    const quiz = await teacherQuiz();
    await setStatus(quiz, "open");
    const started = await fetch(`${baseUrl}/api/quizzes/${quiz.id}/attempts`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Top student 1" }),
    });
    expect(started.status).toBe(201);
    await page.goto(`${baseUrl}/t/${quiz.id}#key=${quiz.teacherKey}`);
    const classroom = page.getByRole("region", { name: "Classroom" });
    await classroom.getByText("Open: students can play.").waitFor();
    await classroom.getByRole("button", { name: "Close the quiz" }).click();
    await classroom.getByText("Closed: no new players; results are kept.").waitFor();
    await classroom.getByRole("checkbox", { name: /^Show the leaderboard to players/ }).uncheck();
    await classroom.getByRole("checkbox", { name: /^One scored attempt per student/ }).check();
    const settings = async () =>
      (
        (await (
          await fetch(`${baseUrl}/api/quizzes/${quiz.id}/review`, {
            headers: { authorization: `Bearer ${quiz.teacherKey}` },
          })
        ).json()) as {
          quiz: { settings: object };
        }
      ).quiz.settings;
    await expect
      .poll(settings)
      .toEqual({ status: "closed", leaderboard: "hidden", attempts: "one", shuffle: true });
    await classroom.getByRole("button", { name: "Reopen the quiz" }).click();
    await classroom.getByText("Open: students can play.").waitFor();

    await page.getByRole("button", { name: "Remove Top student 1" }).click();
    await page.getByRole("status").filter({ hasText: "Removed Top student 1" }).waitFor();
    await inspect(page, "teacher-removed");
    expect(await page.getByRole("button", { name: "Remove Top student 1" }).count()).toBe(0);
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByRole("button", { name: "Remove Top student 1" }).waitFor();
  });
});

describe("HSTS", () => {
  it("is sent with every response: pages, assets (client/public/_headers), the API", async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    for (const path of [
      "/",
      "/q/some-quiz",
      script,
      "/sw.js",
      "/icons/favicon-32.png",
      "/api/health",
      "/api/quizzes/nothing-here",
    ]) {
      const res = await fetch(`${baseUrl}${path}`);
      expect(res.headers.get("strict-transport-security"), path).toBe(
        "max-age=15552000; includeSubDomains",
      );
    }
  });
});
