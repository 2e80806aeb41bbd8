import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, PHONE, screenshot } from "./browser";
import {
  answerBlindly,
  asScore,
  expectBigTouchTargets,
  expectNoSidewaysScroll,
  progress,
  prompt,
  questionType,
  readFeedback,
} from "./player";

// A teacher on a laptop creates a quiz from a fixture article, reviews and edits it, publishes it;
// a student on a phone plays it through the share link; the teacher's dashboard shows the result
// without a reload, and the CSV downloads. The steps share the pages and run in order.

const baseUrl = inject("baseUrl");
const LAPTOP = { width: 1280, height: 800 };
const ARTICLE = "test/fixtures/articles/sport.txt";
const PRACTICE =
  "Let students practise before they play (they will see answers before the scored quiz)";

let browser: Browser;
let teacherContext: BrowserContext;
let teacher: Page;
const problems: string[] = [];
/** Every URL the teacher's browser asked for: the key must never be in one. */
const requested: string[] = [];
const run = {
  id: "",
  title: "",
  count: 0,
  /** The edited question: its new prompt and the option the teacher made right. */
  edited: { prompt: "", right: "" },
  key: "",
  student: `Kai ${Date.now().toString(36)}`,
  studentRight: 0,
  /** The student's points: a match partly right earns part of its point. */
  studentPoints: 0,
};

/**
 * Request options that preview the draft with the teacher's key, read from the teacher page's
 * "my quizzes" list (a draft is shown to its teacher only).
 */
async function preview(): Promise<RequestInit> {
  const key = await teacher.evaluate((id) => {
    const list = JSON.parse(localStorage.getItem("factquiz:my-quizzes") ?? "[]") as {
      id: string;
      key: string;
    }[];
    return list.find((q) => q.id === id)?.key ?? "";
  }, run.id);
  return { headers: { authorization: `Bearer ${key}` } };
}

/**
 * Script errors and CSP violations fail the step; the browser's own log line for an API refusal (a
 * 4xx the page shows) does not.
 */
function watch(page: Page) {
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("console", (msg) => {
    if (
      msg.type() === "error" &&
      !/^Failed to load resource: the server responded with a status of 4\d\d/.test(msg.text())
    ) {
      problems.push(`console error: ${msg.text()}`);
    }
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  teacherContext = await browser.newContext({ viewport: LAPTOP });
  await teacherContext.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
  teacher = await teacherContext.newPage();
  watch(teacher);
  teacher.on("request", (req) => requested.push(req.url()));
});
afterAll(async () => {
  await browser?.close();
});
afterEach(() => {
  expect(problems.splice(0)).toEqual([]);
});

/**
 * axe-core on the page as it is, then screenshots at phone and laptop size (for a person to look
 * at).
 */
async function inspect(page: Page, name: string) {
  expect(await axeViolations(page), `axe-core on the ${name} screen`).toEqual([]);
  const size = page.viewportSize() ?? LAPTOP;
  for (const [label, viewport] of [
    ["phone", PHONE],
    ["laptop", LAPTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    if (label === "phone") {
      await expectNoSidewaysScroll(page);
      await expectBigTouchTargets(page);
      expect(await axeViolations(page), `axe-core on the ${name} screen at phone size`).toEqual([]);
    }
    await screenshot(page, `teacher-${name}-${label}`);
  }
  await page.setViewportSize(size);
}

const isFocused = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el === document.activeElement);

describe("a teacher creates, edits and shares a quiz, and sees a student's result live", () => {
  it("offers Create a quiz on the home page", async () => {
    await teacher.goto(baseUrl);
    await teacher.getByRole("link", { name: "Create a quiz" }).click();
    await teacher.getByRole("heading", { level: 1, name: "Create a quiz" }).waitFor();
    expect(new URL(teacher.url()).pathname).toBe("/new");
    // All six types are on by default.
    expect(
      await teacher
        .getByRole("group", { name: "Question types" })
        .getByRole("checkbox", { checked: true })
        .count(),
    ).toBe(6);
    // Practice before playing is off unless the teacher opens it.
    expect(await teacher.getByRole("checkbox", { name: PRACTICE }).isChecked()).toBe(false);
    await inspect(teacher, "new");
  });

  it("says next to the article what is wrong with a too-short one, and focuses it", async () => {
    const article = teacher.getByRole("textbox", { name: "Article" });
    await article.fill("Scientists found water. It was exciting.");
    await teacher.getByRole("button", { name: "Generate the quiz" }).click();
    await teacher.getByText(/^Paste the whole article: at least/).waitFor();
    expect(await article.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => isFocused(teacher, "#article")).toBe(true);
    // The message is the field's description, so a screen reader says it with the field.
    const described = await article.evaluate((el) =>
      el
        .getAttribute("aria-describedby")!
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent)
        .join(" "),
    );
    expect(described).toMatch(/Paste the whole article: at least/);
    await inspect(teacher, "new-error");
  });

  it("refuses a file that is not text before sending anything", async () => {
    const sent: string[] = [];
    teacher.on("request", (req) => req.method() === "POST" && sent.push(req.url()));
    await teacher.getByLabel("Or upload a .txt file").setInputFiles({
      name: "photo.png",
      mimeType: "image/png",
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
    });
    await teacher
      .getByRole("alert")
      .filter({ hasText: "“photo.png” is not a plain-text file" })
      .waitFor();
    expect(sent).toEqual([]);
  });

  it("reads an uploaded .txt article and generates, showing that it is busy", async () => {
    await teacher.getByLabel("Or upload a .txt file").setInputFiles(ARTICLE);
    await teacher.getByText(/^Loaded “sport.txt”: \d+ words\.$/).waitFor();
    expect(await teacher.getByRole("textbox", { name: "Article" }).inputValue()).toBe(
      readFileSync(ARTICLE, "utf8"),
    );
    await teacher.getByRole("radio", { name: "10" }).check();

    // Hold the request a moment so the busy state can be seen.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await teacher.route(
      "**/api/quizzes",
      async (route) => {
        await held;
        await route.continue();
      },
      { times: 1 },
    );
    await teacher.getByRole("button", { name: "Generate the quiz" }).click();
    const busy = teacher.getByRole("button", { name: "Generating…" });
    await busy.waitFor();
    expect(await busy.getAttribute("aria-disabled")).toBe("true");
    expect(await teacher.locator("form").getAttribute("aria-busy")).toBe("true");
    await teacher
      .getByRole("status")
      .filter({ hasText: "Reading the article and writing questions…" })
      .waitFor();
    release();

    await teacher.waitForURL(/\/t\/[^/]+\/edit$/);
    run.id = new URL(teacher.url()).pathname.split("/")[2]!;
    await teacher.getByText("Review your quiz").waitFor();
    run.title = (await teacher.getByRole("heading", { level: 1 }).textContent())!;
    run.count = await teacher.locator(".question-list > li.question-edit").count();
    expect(run.count).toBeGreaterThan(3);
    expect(run.count).toBeLessThanOrEqual(10);
  });

  it("shows every question's type, answer, and the article's sentence, answer marked", async () => {
    const cards = teacher.locator(".question-list > li.question-edit");
    const types = [
      "Multiple choice",
      "True or false",
      "Fill in the blank",
      "Number",
      "Match people to roles",
      "Put events in order",
    ].join("|");
    for (let i = 0; i < run.count; i++) {
      const card = cards.nth(i);
      expect(await card.getByRole("heading", { level: 2 }).textContent()).toMatch(
        new RegExp(`^Question ${i + 1}(${types})$`),
      );
      expect(await card.getByRole("figure").getByRole("blockquote").first().textContent()).not.toBe(
        "",
      );
    }
    // The sentence in its paragraph, behind a disclosure.
    const disclosure = teacher.locator(".question-list details").first();
    await disclosure.getByText(/^Show in the article \(paragraph \d+\)/).click();
    await disclosure.locator(".in-article").waitFor();
    await inspect(teacher, "review");
  });

  it("regenerates after a confirm, discarding an edit, and saves", async () => {
    const prompt1 = teacher.getByRole("textbox", { name: "Question 1 Prompt" });
    const original = await prompt1.inputValue();
    await prompt1.fill("An edit to throw away");
    await teacher.getByRole("button", { name: "Regenerate questions" }).click();
    const dialog = teacher.getByRole("dialog", { name: "Regenerate the questions?" });
    await dialog.waitFor();
    // Cancel has focus, so Enter never discards edits by accident; Escape closes.
    await expect
      .poll(() =>
        dialog
          .getByRole("button", { name: "Cancel" })
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    expect(await axeViolations(teacher), "axe-core with the confirm dialog open").toEqual([]);
    await screenshot(teacher, "teacher-regenerate-confirm-laptop");
    await teacher.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await prompt1.inputValue()).toBe("An edit to throw away");
    await teacher.getByRole("button", { name: "Regenerate questions" }).click();
    await dialog.getByRole("button", { name: "Regenerate" }).click();
    await teacher.getByText(/^All changes saved at /).waitFor();
    expect(await prompt1.inputValue()).toBe(original);
    expect(await teacher.locator(".question-list > li.question-edit").count()).toBe(run.count);
  });

  it("edits a prompt and right option, deletes one (with undo), reorders and saves", async () => {
    // The first multiple-choice question: a new prompt and another option made right.
    const radio = teacher.getByRole("radio", { name: /^Question \d+: option \d is right$/ });
    const firstChoice = (await radio.first().getAttribute("name"))!;
    const card = teacher
      .locator(".question-list > li.question-edit")
      .filter({ has: teacher.locator(`input[name="${firstChoice}"]`) });
    const number = Number(
      /^Question (\d+)/.exec((await card.getByRole("heading", { level: 2 }).textContent())!)![1],
    );
    const choices = card.getByRole("radio");
    const checked = await choices.evaluateAll((els) =>
      els.findIndex((el) => (el as HTMLInputElement).checked),
    );
    const pick = checked === 0 ? 1 : 0;
    run.edited.right = await card
      .getByRole("textbox", { name: `Question ${number} option ${pick + 1}` })
      .inputValue();
    run.edited.prompt = "Which researcher does the article name first? (edited)";
    // An empty prompt cannot be saved: the field says why and takes focus.
    const promptBox = card.getByRole("textbox", { name: `Question ${number} Prompt` });
    await promptBox.fill("");
    await teacher.getByRole("button", { name: "Save changes" }).click();
    await card.getByText("Write the question.").waitFor();
    await teacher.getByRole("alert").filter({ hasText: "Fix the problems marked below" }).waitFor();
    await expect.poll(() => promptBox.evaluate((el) => el === document.activeElement)).toBe(true);
    await promptBox.fill(run.edited.prompt);
    const right = card.getByRole("radio", {
      name: `Question ${number}: option ${pick + 1} is right`,
    });
    await right.check();
    expect(await right.isChecked()).toBe(true);
    expect(await card.locator(".option-edit.right input[type=text]").inputValue()).toBe(
      run.edited.right,
    );
    await teacher.getByText("Unsaved changes").waitFor();

    // Delete the last question, undo, and delete it again.
    const lastPrompt = await teacher
      .getByRole("textbox", { name: `Question ${run.count} Prompt` })
      .inputValue();
    await teacher.getByRole("button", { name: `Delete question ${run.count}` }).click();
    const undo = teacher.getByRole("button", { name: "Undo delete" });
    await expect.poll(() => undo.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await teacher.locator(".question-list > li.question-edit").count()).toBe(run.count - 1);
    // the notice shortens a long prompt to 77 characters and an ellipsis
    const shown = lastPrompt.length > 80 ? `${lastPrompt.slice(0, 77)}…` : lastPrompt;
    await teacher.getByText(`Deleted: “${shown}”`).waitFor();
    await undo.click();
    expect(
      await teacher.getByRole("textbox", { name: `Question ${run.count} Prompt` }).inputValue(),
    ).toBe(lastPrompt);
    await teacher.getByRole("button", { name: `Delete question ${run.count}` }).click();
    run.count--;

    // Move the edited question down by keyboard (or up when it is the last one); focus follows it.
    const by = number < run.count ? 1 : -1;
    const button = teacher.getByRole("button", {
      name: `Move question ${number} ${by > 0 ? "down" : "up"}`,
    });
    await button.focus();
    await teacher.keyboard.press("Enter");
    const moved = number + by;
    expect(
      await teacher.getByRole("textbox", { name: `Question ${moved} Prompt` }).inputValue(),
    ).toBe(run.edited.prompt);
    await expect
      .poll(() => teacher.evaluate(() => document.activeElement?.getAttribute("aria-label")))
      .toMatch(new RegExp(`^Move question ${moved} (up|down)$`));

    await teacher.getByRole("button", { name: "Save changes" }).click();
    await teacher.getByText(/^All changes saved at /).waitFor();

    // What students get is the edited quiz: in the new order, without the deleted question.
    const stored = (await (
      await fetch(`${baseUrl}/api/quizzes/${run.id}`, await preview())
    ).json()) as { questions: { prompt: string }[] };
    expect(stored.questions.length).toBe(run.count);
    expect(stored.questions[moved - 1]!.prompt).toBe(run.edited.prompt);
    expect(stored.questions.map((q) => q.prompt)).not.toContain(lastPrompt);
  });

  it("lets students practise before playing if ticked, saved with the other changes", async () => {
    const practice = teacher.getByRole("checkbox", { name: PRACTICE });
    const served = async () =>
      (
        (await (await fetch(`${baseUrl}/api/quizzes/${run.id}`, await preview())).json()) as {
          practice: string;
        }
      ).practice;
    expect(await practice.isChecked()).toBe(false);
    expect(await served()).toBe("after-answering");
    await teacher
      .getByText(/practice opens for each question once a student has answered it/)
      .waitFor();

    await practice.check();
    await teacher.getByText("Unsaved changes").waitFor();
    await teacher.getByText(/show every answer at once/).waitFor();
    await inspect(teacher, "review-practice-open");
    await teacher.getByRole("button", { name: "Save changes" }).click();
    await teacher.getByText(/^All changes saved at /).waitFor();
    expect(await served()).toBe("open");
    await teacher.reload();
    expect(await teacher.getByRole("checkbox", { name: PRACTICE }).isChecked()).toBe(true);

    // Back to the default, by keyboard: the checkbox is a plain control.
    await teacher.getByRole("checkbox", { name: PRACTICE }).focus();
    await teacher.keyboard.press("Space");
    await teacher.getByRole("button", { name: "Save changes" }).click();
    await teacher.getByText(/^All changes saved at /).waitFor();
    expect(await served()).toBe("after-answering");
  });

  it("publishes: the share link with Copy, a QR code, and the private teacher link", async () => {
    await teacher.getByRole("button", { name: "Publish", exact: true }).click();
    const share = teacher.getByRole("region", { name: "Your quiz is ready to share" });
    await share.waitFor();
    await expect.poll(() => isFocused(teacher, "#share-heading")).toBe(true);
    expect(await share.getByRole("textbox", { name: "Share link" }).inputValue()).toBe(
      `${baseUrl}/q/${run.id}`,
    );
    const qr = share.getByRole("img", { name: /^QR code for the share link/ });
    expect(await qr.evaluate((svg) => svg.tagName.toLowerCase())).toBe("svg");
    expect((await qr.locator("path").getAttribute("d"))!.length).toBeGreaterThan(200);
    await share.getByRole("button", { name: "Copy share link" }).click();
    await share.getByRole("status").filter({ hasText: "Copied" }).waitFor();
    expect(await teacher.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseUrl}/q/${run.id}`,
    );
    const teacherLink = await share.getByRole("textbox", { name: "Teacher link" }).inputValue();
    expect(teacherLink).toMatch(new RegExp(`^${baseUrl}/t/${run.id}#key=.+`));
    run.key = decodeURIComponent(teacherLink.split("#key=")[1]!);
    await share.getByText("Keep this link private.").waitFor();
    // A new quiz is a draft: students see "not open yet" until the teacher opens it.
    await share.getByText(/^Draft: students who open the link see/).waitFor();
    await inspect(teacher, "share");
    await share.getByRole("button", { name: "Open the quiz to students" }).click();
    await share.getByText("Open: students can play.").waitFor();
  });

  it("opens the live dashboard, empty until a student starts", async () => {
    await teacher.getByRole("link", { name: "See the results as students play" }).click();
    await teacher.getByRole("heading", { level: 1, name: run.title }).waitFor();
    await teacher.getByText("No one has started yet.", { exact: false }).waitFor();
    await teacher.getByText(/^Live · Updated \d/).waitFor();
    // The key never travels in a URL: not in this page's address, nor in any request the app made.
    expect(teacher.url()).not.toContain(run.key);
    expect(requested.filter((url) => url.includes(run.key))).toEqual([]);
    await inspect(teacher, "results-empty");
  });

  it("a student plays the quiz on a phone through the share link, to the end", async () => {
    const student = await browser.newPage({ viewport: PHONE });
    watch(student);
    await student.goto(`${baseUrl}/q/${run.id}`);
    await student.getByRole("heading", { level: 1, name: run.title }).waitFor();
    await student.getByRole("textbox", { name: "Your name" }).fill(run.student);
    await student.getByRole("button", { name: "Start the quiz" }).click();
    for (let at = 1; at <= run.count; at++) {
      const [shown, total] = await progress(student);
      expect([shown, total]).toEqual([at, run.count]);
      const text = (await prompt(student).textContent())!;
      if (text === run.edited.prompt) {
        // The option the teacher made right is right now.
        await student
          .getByRole("listitem")
          .getByRole("button", { name: run.edited.right, exact: true })
          .click();
        expect((await readFeedback(student)).correct).toBe(true);
      } else {
        await answerBlindly(student, await questionType(student));
      }
      const feedback = await readFeedback(student);
      if (feedback.correct) run.studentRight++;
      run.studentPoints += feedback.points;
      await student
        .getByRole("button", { name: at < run.count ? "Next question" : "See my score" })
        .click();
    }
    await student
      .getByRole("heading", {
        level: 1,
        name: `You scored ${asScore(run.studentPoints)} out of ${run.count}`,
      })
      .waitFor();
    await student.close();
  });

  it("shows the result without a reload, and each question's share of right answers", async () => {
    const row = teacher.getByRole("row").filter({ hasText: run.student });
    await row.getByText("Finished").waitFor({ timeout: 15_000 });
    expect(await row.getByRole("cell").nth(1).textContent()).toBe(
      `${asScore(run.studentPoints)} of ${run.count}`,
    );
    const stats = teacher.locator(".question-stats > li");
    expect(await stats.count()).toBe(run.count);
    expect(await stats.filter({ hasText: /\d+% right \(\d of 1\)/ }).count()).toBe(run.count);
    // Hidden, the dashboard pauses (and says so); visible again, it refreshes at once.
    const setVisibility = (state: string) =>
      teacher.evaluate((s) => {
        Object.defineProperty(document, "visibilityState", { value: s, configurable: true });
        document.dispatchEvent(new Event("visibilitychange"));
      }, state);
    await setVisibility("hidden");
    await teacher.getByText("Paused while this tab is hidden").waitFor({ timeout: 10_000 });
    await setVisibility("visible");
    await teacher.getByText(/^Live · Updated/).waitFor();
    await teacher.getByRole("button", { name: "Quiz order" }).click();
    expect(
      await stats
        .first()
        .getByText(/^Question 1/)
        .count(),
    ).toBe(1);
    await teacher.getByRole("button", { name: "Hardest first" }).click();
    await inspect(teacher, "results");
  });

  it("downloads results as CSV for a grade book: a header and the one student's row", async () => {
    const [download] = await Promise.all([
      teacher.waitForEvent("download"),
      teacher.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-results\.csv$/);
    const text = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
    const lines = text.trim().split("\r\n");
    expect(lines[0]!.startsWith("student,attempt,kind,started,finished,score,out of,")).toBe(true);
    expect(lines[0]).toContain("Q1 right");
    expect(lines.length).toBe(2);
    for (const line of lines.slice(1)) expect(line.startsWith(`${run.student},`)).toBe(true);
    expect(text).toContain(run.edited.prompt);
  });

  it("lists the quiz under My quizzes on the home page, linking to results and edit", async () => {
    await teacher.goto(baseUrl);
    const mine = teacher.getByRole("region", { name: "My quizzes" });
    await mine.getByRole("heading", { level: 3, name: run.title }).waitFor();
    expect(
      await mine.getByRole("link", { name: `Results: ${run.title}` }).getAttribute("href"),
    ).toBe(`/t/${run.id}`);
    await inspect(teacher, "home-my-quizzes");
    await mine.getByRole("link", { name: `Edit: ${run.title}` }).click();
    // The review screen loads the saved quiz from the API with the key this browser kept.
    await teacher
      .getByRole("textbox", { name: /Prompt$/ })
      .first()
      .waitFor();
    expect(await teacher.locator(".question-list > li.question-edit").count()).toBe(run.count);
    expect(
      await teacher
        .getByRole("textbox", { name: /Prompt$/ })
        .evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value)),
    ).toContain(run.edited.prompt);
  });

  it("says so when the teacher link's key is wrong, or there is none", async () => {
    const stranger = await browser.newPage({ viewport: PHONE });
    watch(stranger);
    await stranger.goto(`${baseUrl}/t/${run.id}#key=not-the-key`);
    await stranger
      .getByRole("heading", { level: 1, name: "That teacher link is not right" })
      .waitFor();
    // A refused key stays in the address (to be checked), and nothing is listed under My quizzes.
    expect(stranger.url()).toContain("#key=not-the-key");
    await inspect(stranger, "wrong-key");
    await stranger.goto(`${baseUrl}/t/${run.id}/edit`);
    await stranger
      .getByRole("heading", { level: 1, name: "This page needs the teacher link" })
      .waitFor();
    await stranger.goto(baseUrl);
    await stranger.getByRole("link", { name: "Create a quiz" }).waitFor();
    expect(await stranger.getByRole("region", { name: "My quizzes" }).count()).toBe(0);
    await stranger.close();
  });
});

describe("a server that does not run the question engine (the free plan)", () => {
  it("has the create page write the questions in the browser, sent with the article", async () => {
    const page = await teacherContext.newPage();
    watch(page);
    const bodies: { questions?: unknown[] }[] = [];
    await page.route("**/api/quizzes", async (route) => {
      const body = route.request().postDataJSON() as { questions?: unknown[] };
      bodies.push(body);
      if (body.questions) return route.continue();
      return route.fulfill({
        status: 422,
        contentType: "application/json",
        body: JSON.stringify({
          error: {
            code: "generate_in_browser",
            message: "This server does not write quizzes itself.",
          },
        }),
      });
    });
    await page.goto(`${baseUrl}/new`);
    await page
      .getByRole("textbox", { name: "Article" })
      .fill(readFileSync("test/fixtures/articles/sport.txt", "utf8"));
    await page.getByRole("button", { name: "Generate the quiz" }).click();
    await page.waitForURL(/\/t\/[^/]+\/edit$/, { timeout: 30_000 });
    await page.getByRole("textbox", { name: "Question 1 Prompt" }).waitFor();
    expect(bodies.map((b) => Array.isArray(b.questions))).toEqual([false, true]);
    expect(bodies[1]!.questions!.length).toBe(
      await page.locator(".question-list > li.question-edit").count(),
    );
    await page.close();
  });
});
