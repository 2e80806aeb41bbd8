import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, PHONE, screenshot } from "./browser";
import {
  answerBlindly,
  answerRightly,
  expectNoSidewaysScroll,
  progress,
  prompt,
  questionType,
  readFeedback,
  type SeenType,
} from "./player";

// Learning mode on a phone, on a small quiz made for this file (five questions from the sport
// fixture, practice open before playing). One student (a fresh browser profile) studies without
// ever playing: the article before anything is revealed, practice (offline first, then online to
// mastery), flashcards, reviews as the clock moves. Another plays a scored attempt that loses its
// connection halfway, then studies. A third meets a quiz whose teacher opens practice only after
// playing: told so everywhere, then practice opens for the one question played.
// Nothing here knows the answers: they are learned from the app, as a student would.

const baseUrl = inject("baseUrl");
const DAY = 86_400_000;
let browser: Browser;
let quizId = "";
let questionCount = 0;
/** A quiz with the teacher's default: practice opens for each question once it is played. */
let lockedId = "";
/** Its questions still to play once the student has answered one. */
let toPlay = 0;
const problems: string[] = [];

/** A phone-sized browser profile of its own (its own storage and service worker). */
async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("console", (msg) => {
    // Going offline on purpose makes the browser log the failed requests; anything else is a
    // problem.
    if (
      msg.type() === "error" &&
      !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(msg.text())
    )
      problems.push(`console error: ${msg.text()}`);
  });
  return { context, page };
}

/** axe-core finds nothing, and a screenshot is saved to look at. */
async function inspect(page: Page, name: string) {
  expect(await axeViolations(page), `axe-core on the ${name} screen`).toEqual([]);
  await expectNoSidewaysScroll(page);
  await screenshot(page, name);
}

/** Waits until the service worker controls the page and keeps this quiz for offline use. */
async function waitForOfflineCopy(page: Page) {
  const kept = await page.evaluate(async (id) => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 100; i++) {
      if (navigator.serviceWorker.controller && (await caches.match(`/api/quizzes/${id}`)))
        return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  }, quizId);
  expect(kept, "the service worker keeps the quiz").toBe(true);
}

const heading1 = (page: Page, name: string | RegExp) =>
  page.getByRole("heading", { level: 1, name });

/** Creates a quiz from the sport fixture through the API, as a teacher would. */
async function createQuiz(body: object) {
  const article = readFileSync("test/fixtures/articles/sport.txt", "utf8");
  const res = await fetch(`${baseUrl}/api/quizzes`, {
    method: "POST",
    headers: { "content-type": "application/json", "cf-connecting-ip": "203.0.113.70" },
    body: JSON.stringify({ article, ...body }),
  });
  expect(res.status).toBe(201);
  const created = (await res.json()) as {
    id: string;
    teacherKey: string;
    quiz: { questions: unknown[]; practice: string };
  };
  // A new quiz is a draft; the teacher opens it to students.
  const opened = await fetch(`${baseUrl}/api/quizzes/${created.id}`, {
    method: "PATCH",
    headers: { "content-type": "application/json", authorization: `Bearer ${created.teacherKey}` },
    body: JSON.stringify({ status: "open" }),
  });
  expect(opened.status).toBe(200);
  return created;
}

beforeAll(async () => {
  browser = await launchBrowser();
  // This student practises before playing, so the teacher let them.
  const created = await createQuiz({
    title: "Learning mode: football",
    count: 5,
    practice: "open",
  });
  quizId = created.id;
  questionCount = created.quiz.questions.length;
  const locked = await createQuiz({ title: "Play first: football", count: 3 });
  expect(locked.quiz.practice).toBe("after-answering");
  lockedId = locked.id;
  toPlay = locked.quiz.questions.length - 1;
  expect(toPlay).toBeGreaterThan(1);
});
afterAll(async () => {
  await browser?.close();
});
afterEach(() => {
  expect(problems.splice(0)).toEqual([]);
});

describe("a student studies a quiz without playing it", () => {
  let context: BrowserContext;
  let page: Page;
  const start = new Date(2026, 2, 2, 9, 0).getTime();

  beforeAll(async () => {
    ({ context, page } = await phone());
    // The review schedule runs on the page's clock, which the test moves forward.
    await context.clock.install({ time: start });
  });
  afterAll(async () => {
    await context?.close();
  });

  it("shows the article with a note on how to unlock its highlights", async () => {
    await page.goto(`${baseUrl}/learn/${quizId}`);
    await heading1(page, "Learning mode: football").waitFor();
    await page.getByText("Highlights unlock as you go").waitFor();
    expect(await page.getByRole("article").getByRole("button").count()).toBe(0);
    expect(
      await page
        .getByRole("navigation", { name: "Ways to study" })
        .getByRole("link")
        .allTextContents(),
    ).toEqual(["Practise", "Flashcards", "Review"]);
    await inspect(page, "learn-empty");
    await waitForOfflineCopy(page);
  });

  it("offline, says plainly that a never-revealed question first needs a connection", async () => {
    await context.setOffline(true);
    await page.getByRole("link", { name: "Practise", exact: true }).click();
    await page.getByText("This question needs a connection the first time.").waitFor();
    await inspect(page, "practice-needs-connection");
    expect(await page.getByRole("button", { name: "Skip for now" }).count()).toBe(1);
    // Back online, the question itself appears.
    await context.setOffline(false);
    await page.getByText(/^\d+ of \d+ mastered$/).waitFor();
  });

  it("masters every question in practice: a missed one comes back until right twice", async () => {
    const asked = new Map<string, number>();
    const learned = new Map<string, { type: SeenType; right: string[] }>();
    const mastery = page.getByText(/^\d+ of \d+ mastered$/);
    await mastery.waitFor();
    expect(await mastery.textContent()).toBe(`0 of ${questionCount} mastered`);
    expect(await page.getByText("untimed, and not recorded on the leaderboard").count()).toBe(1);
    for (let turn = 0; turn < questionCount * 3; turn++) {
      const text = (await prompt(page).textContent())!;
      const type = await questionType(page);
      asked.set(text, (asked.get(text) ?? 0) + 1);
      const known = learned.get(text);
      if (known) await answerRightly(page, type, known.right);
      else await answerBlindly(page, type);
      const feedback = await readFeedback(page);
      if (known) expect(feedback.correct, `"${text}" with the answer practice revealed`).toBe(true);
      else if (!feedback.correct) learned.set(text, { type, right: feedback.right });
      if (turn === 0) await inspect(page, "practice");
      const next = page.getByRole("button", { name: /^(Next question|Finish practice)$/ });
      const finishing = (await next.textContent()) === "Finish practice";
      await next.click();
      if (finishing) break;
      await page
        .getByRole("region", { name: /^(Right!|Not quite)$/ })
        .waitFor({ state: "detached" });
    }
    await heading1(page, `You mastered ${questionCount} facts`).waitFor();
    // Blind answers to typed questions always miss, so something came back.
    expect(learned.size).toBeGreaterThan(0);
    for (const [text, times] of asked) expect(times, text).toBe(learned.has(text) ? 3 : 1);
    await inspect(page, "practice-done");
  });

  it("highlights known facts, each showing its question and answer on tap or Enter", async () => {
    await page.goto(`${baseUrl}/learn/${quizId}`);
    const facts = page.getByRole("article").getByRole("button");
    await facts.first().waitFor();
    expect(await page.getByText("Highlights unlock as you go").count()).toBe(0);
    // Nothing was missed in a scored game here, so nothing is marked missed.
    expect(await page.getByRole("button", { name: /you missed a question/ }).count()).toBe(0);
    await facts.first().click();
    const panel = page.getByRole("region", { name: "Questions about this fact" });
    await panel
      .getByText(/^Answer:/)
      .first()
      .waitFor();
    expect(await facts.first().getAttribute("aria-expanded")).toBe("true");
    await inspect(page, "learn-open");
    await panel.getByRole("button", { name: "Close" }).click();
    await expect
      .poll(() => facts.first().evaluate((el) => el === document.activeElement))
      .toBe(true);
    await page.keyboard.press("Enter");
    await panel.waitFor();
    await page.keyboard.press(" ");
    await panel.waitFor({ state: "detached" });
  });

  it("flips cards by keyboard and tap, moves by arrows and swipes, and rates them", async () => {
    await page.getByRole("link", { name: "Flashcards" }).click();
    await heading1(page, "Flashcards").waitFor();
    const card = page.getByRole("group", { name: /^Card \d+ of \d+, (question|answer) side$/ });
    const label = () => card.getAttribute("aria-label");
    expect(await label()).toBe(`Card 1 of ${questionCount}, question side`);
    await inspect(page, "flashcard-front");

    await card.focus();
    await page.keyboard.press("Enter");
    await expect.poll(label).toBe(`Card 1 of ${questionCount}, answer side`);
    await card.getByText("From the article").waitFor();
    await inspect(page, "flashcard-back");
    await page.keyboard.press(" ");
    await expect.poll(label).toBe(`Card 1 of ${questionCount}, question side`);

    await page.keyboard.press("ArrowRight");
    await expect.poll(label).toBe(`Card 2 of ${questionCount}, question side`);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(label).toBe(`Card 1 of ${questionCount}, question side`);

    const swipe = async (dx: number) => {
      const box = (await card.boundingBox())!;
      const y = box.y + box.height / 2;
      const x = box.x + box.width / 2 - dx / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + dx / 2, y + 4, { steps: 4 });
      await page.mouse.move(x + dx, y + 6, { steps: 4 });
      await page.mouse.up();
    };
    await swipe(-150);
    await expect.poll(label).toBe(`Card 2 of ${questionCount}, question side`);
    await swipe(150);
    await expect.poll(label).toBe(`Card 1 of ${questionCount}, question side`);
    await card.getByRole("heading", { level: 2 }).click();
    await expect.poll(label).toBe(`Card 1 of ${questionCount}, answer side`);

    // Knew it, Didn't, Knew it, …: each rating moves on to the next card.
    for (let i = 1; i <= questionCount; i++) {
      if (i > 1) await page.getByRole("button", { name: "Show answer" }).click();
      await page.getByRole("button", { name: i % 2 ? "Knew it" : "Didn't" }).click();
      await expect
        .poll(() => page.locator("[aria-live=polite]").first().textContent())
        .toMatch(/^Saved: you will see it again (tomorrow|in \d+ days)\./);
      if (i < questionCount)
        await expect.poll(label).toBe(`Card ${i + 1} of ${questionCount}, question side`);
    }
  });

  it("puts cards on the home page on the days they are due, and reviews them there", async () => {
    const didnt = Math.floor(questionCount / 2);
    await page.goto(baseUrl);
    await page
      .getByRole("link", { name: /^Play: / })
      .first()
      .waitFor();
    expect(await page.getByText(/to review today/).count()).toBe(0);

    await context.clock.setSystemTime(start + DAY + 2 * 3_600_000);
    await page.reload();
    const due = page.getByText(/^\d+ questions? to review today$/);
    await due.waitFor();
    expect(await due.textContent()).toBe(
      didnt === 1 ? "1 question to review today" : `${didnt} questions to review today`,
    );
    await inspect(page, "home-reviews-due");

    await page.getByRole("link", { name: "Review now" }).click();
    await heading1(
      page,
      `Review: ${didnt === 1 ? "1 question" : `${didnt} questions`} due today`,
    ).waitFor();
    await inspect(page, "review");
    for (let i = 0; i < didnt; i++) {
      await page.getByRole("button", { name: "Show answer" }).click();
      await page.getByRole("button", { name: "Knew it" }).click();
    }
    await heading1(page, "All done for today").waitFor();
    await inspect(page, "review-done");
    await page.goto(baseUrl);
    await page
      .getByRole("link", { name: /^Play: / })
      .first()
      .waitFor();
    expect(await page.getByText(/to review today/).count()).toBe(0);

    // A week on, the cards it knew come back too.
    await context.clock.setSystemTime(start + 8 * DAY);
    await page.reload();
    await due.waitFor();
    const week = Number.parseInt((await due.textContent())!, 10);
    expect(week).toBeGreaterThan(didnt);
  });

  it("studies offline: the app, the article and known flashcards come from the phone", async () => {
    await context.setOffline(true);
    await page.goto(`${baseUrl}/learn/${quizId}/cards`);
    await heading1(page, "Flashcards").waitFor();
    await page.getByRole("button", { name: "Show answer" }).click();
    await page
      .getByRole("group", { name: /answer side$/ })
      .getByText("From the article")
      .waitFor();
    await page.goto(`${baseUrl}/learn/${quizId}`);
    await page.getByRole("article").getByRole("button").first().waitFor();
    await context.setOffline(false);
  });
});

describe("a scored attempt that loses its connection halfway", () => {
  let context: BrowserContext;
  let page: Page;
  /** Successful answer saves, per question id: each must be sent exactly once. */
  const saves = new Map<string, number>();
  let right = 0;

  beforeAll(async () => {
    ({ context, page } = await phone());
    context.on("response", (res) => {
      const m = /\/api\/attempts\/[^/]+\/answers\/([^/?]+)$/.exec(res.url());
      if (m && res.request().method() === "PUT" && res.status() === 200)
        saves.set(m[1]!, (saves.get(m[1]!) ?? 0) + 1);
    });
  });
  afterAll(async () => {
    await context?.close();
  });

  async function answerAndRead() {
    await answerBlindly(page, await questionType(page));
    const feedback = await readFeedback(page);
    if (feedback.correct) right++;
  }

  it("queues answers on the phone while offline, and lets the student go on", async () => {
    await page.goto(`${baseUrl}/q/${quizId}`);
    await page.getByRole("textbox", { name: "Your name" }).fill("Offline Olu");
    await page.getByRole("button", { name: "Start the quiz" }).click();
    await progress(page);
    await waitForOfflineCopy(page);
    await answerAndRead();
    await page.getByRole("button", { name: "Next question" }).click();

    await context.setOffline(true);
    await answerBlindly(page, await questionType(page));
    await page.getByRole("heading", { level: 2, name: "Saved on this phone" }).waitFor();
    await page.getByText("You are offline. 1 answer waiting to send.").waitFor();
    await inspect(page, "offline-saved");
    await page.getByRole("button", { name: "Next question" }).click();
    expect((await progress(page))[0]).toBe(3);
    await answerBlindly(page, await questionType(page));
    await page.getByText("You are offline. 2 answers waiting to send.").waitFor();
    await page.getByRole("button", { name: "Next question" }).click();
    expect((await progress(page))[0]).toBe(4);
    await inspect(page, "offline-banner");
  });

  it("reloaded offline, the service worker serves the app and the attempt resumes", async () => {
    await page.reload();
    expect((await progress(page))[0]).toBe(4);
    await page.getByText("You are offline. 2 answers waiting to send.").waitFor();
    expect([...saves.values()].reduce((a, b) => a + b, 0)).toBe(1);
  });

  it("back online, sends the waiting answers once, in order, and shows how they went", async () => {
    await context.setOffline(false);
    const late = page.getByRole("region", { name: "Checked now that you are back online" });
    await late.waitFor();
    // (a match's answer is a list of its own inside its item)
    await expect.poll(() => late.locator(":scope > ul > li").count()).toBe(2);
    right += await late.locator(":scope > ul > li").filter({ hasText: "Right!" }).count();
    await expect.poll(() => page.getByText(/answers? waiting to send/).count()).toBe(0);
    await inspect(page, "offline-sent");
    await late.getByRole("button", { name: "Got it" }).click();

    for (let at = 4; at <= questionCount; at++) {
      await answerAndRead();
      await page
        .getByRole("button", { name: at < questionCount ? "Next question" : "See my score" })
        .click();
    }
    await heading1(page, new RegExp(`^You scored [\\d.]+ out of ${questionCount}$`)).waitFor();
    await page.getByRole("row").filter({ hasText: "Offline Olu (you)" }).waitFor();

    // Every answer reached the server exactly once, and the server's score matches.
    expect([...saves.values()]).toEqual(Array(questionCount).fill(1));
    const attempt = await page.evaluate(async (id) => {
      const { attemptId, token } = JSON.parse(localStorage.getItem(`factquiz:attempt:${id}`)!);
      const res = await fetch(`/api/attempts/${attemptId}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      return (await res.json()) as {
        answers: Record<string, { correct: boolean; points?: number }>;
        score: number;
        finished: boolean;
      };
    }, quizId);
    expect(Object.keys(attempt.answers).sort()).toEqual([...saves.keys()].sort());
    expect(attempt.finished).toBe(true);
    // a match partly right earns part of its point
    const points = Object.values(attempt.answers).reduce(
      (n, a) => n + (a.points ?? (a.correct ? 1 : 0)),
      0,
    );
    expect(attempt.score).toBe(Math.round(points * 10) / 10);
    await heading1(page, `You scored ${attempt.score} out of ${questionCount}`).waitFor();
    expect(Object.values(attempt.answers).filter((a) => a.correct).length).toBe(right);
  });

  it("then studies the article with missed sentences marked, not by colour alone", async () => {
    await page.getByRole("link", { name: "Study this article" }).click();
    const missed = page.getByRole("button", { name: /you missed a question on this/ });
    await missed.first().waitFor();
    expect(await missed.first().textContent()).toMatch(/^✗ /);
    await missed.first().click();
    await page
      .getByRole("region", { name: "Questions about this fact" })
      .getByText("You missed this one in the quiz.")
      .first()
      .waitFor();
    await inspect(page, "learn");
  });
});

describe("a quiz whose teacher opens practice after playing", () => {
  let context: BrowserContext;
  let page: Page;
  const PLAY_FIRST =
    "Play the quiz first — practice opens for each question once you've answered it.";
  /**
   * Every practice check this student's browser sent: its status and whether it carried the
   * attempt's token.
   */
  const checks: { status: number; token: boolean }[] = [];

  beforeAll(async () => {
    ({ context, page } = await phone());
    context.on("response", (res) => {
      if (/\/api\/quizzes\/[^/]+\/questions\/[^/]+\/check$/.test(res.url())) {
        checks.push({
          status: res.status(),
          token: Boolean(res.request().headers().authorization),
        });
      }
    });
  });
  afterAll(async () => {
    await context?.close();
  });

  it("says so on the article, in practice and on cards, each with a way to the quiz", async () => {
    await page.goto(`${baseUrl}/learn/${lockedId}`);
    await heading1(page, "Play first: football").waitFor();
    await page
      .getByText("Your teacher has set this quiz so that practice opens after you play.")
      .waitFor();
    await page.getByText(PLAY_FIRST).first().waitFor();
    expect(await page.getByText("Highlights unlock as you go").count()).toBe(0);
    await inspect(page, "learn-play-first");

    await page.getByRole("link", { name: "Practise", exact: true }).click();
    await heading1(page, "Play the quiz first").waitFor();
    await page.getByText(PLAY_FIRST).waitFor();
    expect(await page.getByRole("link", { name: "Play the quiz" }).getAttribute("href")).toBe(
      `/q/${lockedId}`,
    );
    await inspect(page, "practice-play-first");

    // A flashcard asks the server, which refuses: no attempt has answered the question.
    await page.goto(`${baseUrl}/learn/${lockedId}/cards`);
    await page.getByRole("button", { name: "Show answer" }).click();
    const card = page.getByRole("group", { name: /answer side$/ });
    await card.getByText(PLAY_FIRST).waitFor();
    expect(await card.getByText("From the article").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Knew it" }).count()).toBe(0);
    await inspect(page, "flashcard-play-first");
    expect(checks).toEqual([{ status: 401, token: false }]);
  });

  it("opens practice for a question once answered in the quiz, and only for that one", async () => {
    await page.goto(`${baseUrl}/learn/${lockedId}/practice`);
    await page.getByRole("link", { name: "Play the quiz" }).click();
    await page.getByRole("textbox", { name: "Your name" }).fill("Patient Pat");
    await page.getByRole("button", { name: "Start the quiz" }).click();
    await progress(page);
    const played = (await prompt(page).textContent())!;
    const type = await questionType(page);
    // (options come in each student's own order: a right blind pick is repeated by its text)
    const picked =
      type === "choice" || type === "truefalse"
        ? await page.getByRole("listitem").getByRole("button").first().textContent()
        : null;
    await answerBlindly(page, type);
    const scored = await readFeedback(page);

    await page.goto(`${baseUrl}/learn/${lockedId}/practice`);
    // (under load the page may still say "Loading the quiz…" when it is first read)
    await expect.poll(() => prompt(page).textContent()).toBe(played);
    await page.getByText(`${toPlay} more questions wait for the quiz.`, { exact: false }).waitFor();
    await inspect(page, "practice-partly-open");
    // The same answer again when it was right, else the one the quiz's feedback showed.
    if (scored.correct && picked) await answerRightly(page, type, [picked.trim()]);
    else if (scored.correct) await answerBlindly(page, type);
    else await answerRightly(page, type, scored.right);
    expect((await readFeedback(page)).correct).toBe(true);
    await page.getByRole("button", { name: "Finish practice" }).click();
    await heading1(page, "You mastered 1 fact").waitFor();
    await page
      .getByText(`${toPlay} questions wait until you answer them in the quiz.`, { exact: false })
      .waitFor();
    await inspect(page, "practice-done-play-first");
    // A question known only from scored feedback without its accepted forms is checked with the
    // token, and opens.
    for (const c of checks.slice(1)) expect(c).toEqual({ status: 200, token: true });

    // The article now says how many are still to play.
    await page.goto(`${baseUrl}/learn/${lockedId}`);
    await page.getByText(`${toPlay} questions are still to play.`, { exact: false }).waitFor();
  });
});
