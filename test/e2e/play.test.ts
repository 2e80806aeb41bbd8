import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, PHONE, screenshot } from "./browser";
import {
  answerBlindly,
  answerRightly,
  asScore,
  expectBigTouchTargets,
  expectNoSidewaysScroll,
  progress,
  prompt,
  questionType,
  readFeedback,
  type SeenType,
} from "./player";

// One student plays the first quiz the home page lists (the built-in one) from start to finish.
// The steps share the page and run in order; nothing here knows the quiz's questions or answers.

const baseUrl = inject("baseUrl");
let browser: Browser;
let page: Page;
const problems: string[] = [];
const run = {
  quizId: "",
  title: "",
  name: `Ana <b>${Date.now().toString(36)}</b>`,
  total: 0,
  right: 0,
  /** The points the answers earned (a match partly right earns part of its point). */
  points: 0,
  /** Right answers the feedback revealed, by prompt, for practice. */
  revealed: new Map<string, { type: SeenType; right: string[] }>(),
  seenTypes: new Set<SeenType>(),
  shots: new Set<string>(),
};

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: PHONE });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on(
    "console",
    (msg) => msg.type() === "error" && problems.push(`console error: ${msg.text()}`),
  );
});
afterAll(async () => {
  await browser?.close();
});
afterEach(() => {
  // Script errors and CSP violations (reported as console errors) fail the step that caused them.
  expect(problems.splice(0)).toEqual([]);
});

/** Checks the screen with axe-core and saves a screenshot, once per kind of screen. */
async function inspect(name: string) {
  if (run.shots.has(name)) return;
  run.shots.add(name);
  expect(await axeViolations(page), `axe-core on the ${name} screen`).toEqual([]);
  await screenshot(page, name);
}

/** Answers the current question blindly and checks the feedback screen. */
async function playQuestion(expectedAt: number) {
  const [at, total] = await progress(page);
  expect(at).toBe(expectedAt);
  expect(total).toBe(run.total);
  const heading = prompt(page);
  // A new question's heading takes focus, so a screen reader starts there.
  await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
  expect(await page.getByText(/^\d+ right so far$/).textContent()).toBe(
    `${run.right} right so far`,
  );
  expect(
    await page
      .getByRole("progressbar", { name: `Question ${at} of ${total}` })
      .getAttribute("value"),
  ).toBe(String(at));

  const type = await questionType(page);
  run.seenTypes.add(type);
  await expectBigTouchTargets(page);
  await inspect(`question-${type}`);
  const text = (await heading.textContent())!;
  await answerBlindly(page, type);

  const feedback = await readFeedback(page);
  run.points += feedback.points;
  if (feedback.correct) run.right++;
  else run.revealed.set(text, { type, right: feedback.right });
  // The verdict is in words, the article's sentence is quoted, and "Next" has focus.
  await page.getByRole("figure").getByText("From the article").waitFor();
  // (a match quotes one sentence for each pair)
  expect(await page.getByRole("blockquote").first().textContent()).not.toBe("");
  const next = page.getByRole("button", { name: at < total ? "Next question" : "See my score" });
  await expect.poll(() => next.evaluate((b) => b === document.activeElement)).toBe(true);
  // The live region says the verdict to screen-reader users.
  await expect
    .poll(() => page.locator("[aria-live=polite]").first().textContent())
    .toMatch(feedback.correct ? /^Right!/ : /^(Not quite|\d+ of \d+ pairs right)/);
  await inspect(feedback.correct ? "feedback-right" : "feedback-wrong");
  return { at, text };
}

describe("a student plays the built-in quiz on a phone", () => {
  it("finds the quiz on the home page with its question count, Play and Leaderboard", async () => {
    await page.goto(baseUrl);
    const list = page
      .getByRole("list")
      .filter({ has: page.getByRole("link", { name: /^Play: / }) });
    const first = list.getByRole("listitem").first();
    await first.waitFor();
    run.title = (await first.getByRole("heading", { level: 3 }).textContent())!;
    const count = (await first.getByText(/^\d+ questions?$/).textContent())!;
    run.total = Number.parseInt(count, 10);
    expect(run.total).toBeGreaterThan(0);
    const play = first.getByRole("link", { name: `Play: ${run.title}` });
    run.quizId = (await play.getAttribute("href"))!.replace("/q/", "");
    expect(
      await first.getByRole("link", { name: `Leaderboard: ${run.title}` }).getAttribute("href"),
    ).toBe(`/q/${run.quizId}/leaderboard`);
    await expectBigTouchTargets(page);
    await expectNoSidewaysScroll(page);
    await inspect("home");
    await play.click();
  });

  it("asks for a name, saying what is wrong with an empty or over-long one", async () => {
    const heading = page.getByRole("heading", { level: 1, name: run.title });
    await heading.waitFor();
    await inspect("name");
    const name = page.getByRole("textbox", { name: "Your name" });
    await page.getByRole("button", { name: "Start the quiz" }).click();
    await page.getByText("Type your name to start.").waitFor();
    expect(await name.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => name.evaluate((n) => n === document.activeElement)).toBe(true);

    await name.fill("x".repeat(41));
    await page.getByRole("button", { name: "Start the quiz" }).click();
    await page.getByText("Use at most 40 characters: this name has 41.").waitFor();
    await inspect("name-error");

    await name.fill(run.name);
    await page.getByRole("checkbox", { name: /Show a timer/ }).check();
    await page.getByRole("button", { name: "Start the quiz" }).click();
    await progress(page);
    // The optional timer shows the time spent on the question, and counts up.
    const timer = page.getByRole("timer");
    expect(await timer.textContent()).toMatch(/^0:0\d$/);
    await expect.poll(() => timer.textContent(), { timeout: 4000 }).not.toBe("0:00");
  });

  const half = () => Math.max(1, Math.floor(run.total / 2));

  it("plays the first half: a question a screen, verdict, right answer, sentence", async () => {
    for (let at = 1; at <= half(); at++) {
      await playQuestion(at);
      if (at < half())
        await page.getByRole("button", { name: /^(Next question|See my score)$/ }).click();
    }
  });

  it("after a reload, shows the same feedback, then the next question, progress kept", async () => {
    const before = (await page
      .getByRole("region", { name: /^(Right!|Not quite|\d+ of \d+ pairs right)$/ })
      .textContent())!;
    await page.reload();
    const [at] = await progress(page);
    expect(at).toBe(half());
    // The student had not moved on, so the feedback is back, word for word.
    await page
      .getByRole("region", { name: /^(Right!|Not quite|\d+ of \d+ pairs right)$/ })
      .waitFor();
    expect(
      await page
        .getByRole("region", { name: /^(Right!|Not quite|\d+ of \d+ pairs right)$/ })
        .textContent(),
    ).toBe(before);
    expect(await page.getByText(/^\d+ right so far$/).textContent()).toBe(
      `${run.right} right so far`,
    );
    if (half() === run.total) return;

    await page.getByRole("button", { name: "Next question" }).click();
    await progress(page);
    await page.reload();
    const [again] = await progress(page);
    expect(again).toBe(half() + 1);
    expect(
      await page
        .getByRole("region", { name: /^(Right!|Not quite|\d+ of \d+ pairs right)$/ })
        .count(),
    ).toBe(0);
    expect(await page.getByText(/^\d+ right so far$/).textContent()).toBe(
      `${run.right} right so far`,
    );
  });

  it("plays the rest and sees the score the server computed", async () => {
    for (let at = half() + 1; at <= run.total; at++) {
      await playQuestion(at);
      await page.getByRole("button", { name: /^(Next question|See my score)$/ }).click();
    }
    if (half() === run.total) await page.getByRole("button", { name: "See my score" }).click();
    const score = page.getByRole("heading", {
      level: 1,
      name: `You scored ${asScore(run.points)} out of ${run.total}`,
    });
    await score.waitFor();
    // Typed questions were answered with nonsense, so there is something to review.
    expect(run.right, "the blind answers should miss at least one question").toBeLessThan(
      run.total,
    );
    console.log(
      `played ${run.total} questions (${[...run.seenTypes].join(", ")}), ${run.right} right`,
    );
  });

  it("reviews each miss with answer and evidence; the leaderboard shows the player", async () => {
    const review = page.getByRole("list").filter({ has: page.getByRole("heading", { level: 3 }) });
    await review.waitFor();
    expect(
      await review
        .getByRole("listitem")
        .filter({ has: page.getByRole("heading", { level: 3 }) })
        .count(),
    ).toBe(run.total - run.right);
    for (const text of run.revealed.keys()) {
      const item = review
        .getByRole("listitem")
        .filter({ has: page.getByRole("heading", { level: 3, name: text, exact: true }) });
      await item.getByText("The right answer:").waitFor();
      await item.getByRole("figure").waitFor();
    }
    const mine = page.getByRole("row").filter({ hasText: "(you)" });
    await mine.waitFor();
    // The name is shown as typed: text, never HTML.
    expect(await mine.getByRole("cell").nth(1).textContent()).toBe(`${run.name} (you)`);
    expect(await mine.getByRole("cell").nth(2).textContent()).toBe(
      `${asScore(run.points)} of ${run.total}`,
    );
    await expectBigTouchTargets(page);
    await expectNoSidewaysScroll(page);
    await inspect("end");
  });

  it("practises the missed questions in the browser; the recorded score stays put", async () => {
    await page.getByText("it does not change your recorded score").waitFor();
    await page.getByRole("button", { name: "Practice the ones I missed" }).click();
    await page
      .getByText(`your recorded score stays ${asScore(run.points)} out of ${run.total}`)
      .waitFor();
    const missed = run.revealed.size;
    for (let at = 1; at <= missed; at++) {
      const [shown, of] = await progress(page);
      expect([shown, of]).toEqual([at, missed]);
      const text = (await prompt(page).textContent())!;
      const { type, right } = run.revealed.get(text)!;
      await answerRightly(page, type, right);
      const feedback = await readFeedback(page);
      expect(feedback.correct, `practising "${text}" with its revealed answer`).toBe(true);
      await inspect("practice-feedback-right");
      await page
        .getByRole("button", { name: at < missed ? "Next question" : "Finish practice" })
        .click();
    }
    await page
      .getByRole("heading", { level: 1, name: `You got ${missed} of ${missed} right this time` })
      .waitFor();
    await page
      .getByText(`your recorded score is still ${asScore(run.points)} out of ${run.total}`)
      .waitFor();
    await inspect("practice-done");
    await page.getByRole("button", { name: "Back to my results" }).click();
    await page
      .getByRole("heading", {
        level: 1,
        name: `You scored ${asScore(run.points)} out of ${run.total}`,
      })
      .waitFor();
  });

  it("shows the leaderboard on its own page with the player's row marked", async () => {
    await page.goto(`${baseUrl}/q/${run.quizId}/leaderboard`);
    await page.getByRole("heading", { level: 1, name: "Leaderboard" }).waitFor();
    const mine = page.getByRole("row").filter({ hasText: "(you)" });
    await mine.waitFor();
    expect(await mine.getAttribute("aria-current")).toBe("true");
    expect(await mine.getByRole("cell").nth(1).textContent()).toBe(`${run.name} (you)`);
    await inspect("leaderboard");
  });
});
