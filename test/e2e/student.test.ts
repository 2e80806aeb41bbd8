import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
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
import { CHROMIUM } from "./server";

// A student on a 360 × 740 phone, issue 14: the app installs and opens offline, the home page
// remembers what this device played and practised, practice keeps its mastery, hover styles only
// where a pointer hovers, the chosen answer unmistakable, the reader marks answers (not sentences),
// flashcards show the answer and the evidence once with the grading in sight, scores on one line,
// hints that give nothing away, and unknown addresses answered 404 with the app's "not found".

type Question = {
  id: string;
  type: SeenType;
  answer: string | string[];
  accept?: string[];
  explanation: string;
  evidence: { text: string; highlight?: string; paragraph: number };
  sources?: unknown[];
};
const builtin = JSON.parse(readFileSync("worker/generated/builtin-quiz.json", "utf8")) as {
  id: string;
  title: string;
  questions: Question[];
};

const baseUrl = inject("baseUrl");
let browser: Browser;
const problems: string[] = [];

async function phone(
  options: { touch?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: PHONE,
    ...(options.touch && { hasTouch: true, isMobile: true }),
  });
  const page = await context.newPage();
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("console", (msg) => {
    // 404 pages and going offline on purpose make the browser log failed loads; anything else is a
    // problem.
    if (
      msg.type() === "error" &&
      !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(msg.text())
    )
      problems.push(`console error: ${msg.text()}`);
  });
  return { context, page };
}

async function inspect(page: Page, name: string) {
  expect(await axeViolations(page), `axe-core on the ${name} screen`).toEqual([]);
  await expectNoSidewaysScroll(page);
  await screenshot(page, name);
}

const heading1 = (page: Page, name: string | RegExp) =>
  page.getByRole("heading", { level: 1, name });

/** Whether the element lies wholly inside the viewport as the page is now scrolled. */
const inView = (page: Page, name: string | RegExp, role: "button" | "link" = "button") =>
  page
    .getByRole(role, { name })
    .first()
    .evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });

/** This browser knows every answer of the built-in quiz, as after a finished game's review. */
async function knowBuiltinAnswers(page: Page) {
  const questions = Object.fromEntries(
    builtin.questions.map((q) => [
      q.id,
      {
        answer: q.answer,
        accept: q.accept ?? [],
        explanation: q.explanation,
        evidence: q.evidence,
        sources: q.sources,
      },
    ]),
  );
  const known = JSON.stringify({ questions, missed: [] });
  await page.evaluate(({ id, known }) => localStorage.setItem(`factquiz:revealed:${id}`, known), {
    id: builtin.id,
    known,
  });
}

/** Creates a small quiz through the API, with practice open, as a teacher would. */
async function createQuiz(title: string, count: number) {
  const article = readFileSync("test/fixtures/articles/sport.txt", "utf8");
  const res = await fetch(`${baseUrl}/api/quizzes`, {
    method: "POST",
    headers: { "content-type": "application/json", "cf-connecting-ip": "203.0.113.71" },
    body: JSON.stringify({ article, title, count, practice: "open" }),
  });
  expect(res.status).toBe(201);
  const created = (await res.json()) as {
    id: string;
    teacherKey: string;
    quiz: { questions: unknown[] };
  };
  // a new quiz is a draft until its teacher opens it
  const opened = await fetch(`${baseUrl}/api/quizzes/${created.id}`, {
    method: "PATCH",
    headers: { "content-type": "application/json", authorization: `Bearer ${created.teacherKey}` },
    body: JSON.stringify({ status: "open" }),
  });
  expect(opened.status).toBe(200);
  return created;
}

/** Every `:hover` rule of the page's stylesheets that is not inside `@media (hover: hover)`. */
function hoverRulesOutsideHoverMedia(page: Page) {
  return page.evaluate(() => {
    const loose: string[] = [];
    const visit = (rules: CSSRuleList, inHover: boolean) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule)
          visit(rule.cssRules, inHover || /\(hover:\s*hover\)/.test(rule.conditionText));
        else if (rule instanceof CSSStyleRule && rule.selectorText.includes(":hover") && !inHover) {
          // The chosen option keeps its look under a pointer too: that rule only repeats `.chosen`.
          if (!rule.selectorText.split(",").every((s) => s.includes(".chosen")))
            loose.push(rule.selectorText);
        }
      }
    };
    for (const sheet of document.styleSheets) visit(sheet.cssRules, false);
    return loose;
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(() => {
  expect(problems.splice(0)).toEqual([]);
});

describe("addresses", () => {
  it("answers app routes 200, unknown paths and missing quizzes 404 with the app", async () => {
    const status = async (path: string) => {
      const res = await fetch(`${baseUrl}${path}`);
      return `${path} ${res.status} ${res.headers.get("content-type")?.split(";")[0]}`;
    };
    const id = builtin.id;
    const ok = [
      "/",
      "/new",
      "/review",
      `/q/${id}`,
      `/q/${id}/leaderboard`,
      `/learn/${id}`,
      `/learn/${id}/practice`,
      `/learn/${id}/cards`,
      `/t/${id}`,
    ];
    for (const path of ok) expect(await status(path)).toBe(`${path} 200 text/html`);
    const missing = [
      "/nowhere/at/all",
      "/wp-login.php",
      "/q/no-such-quiz",
      "/q/no-such-quiz/leaderboard",
      "/learn/no-such-quiz",
      "/learn/no-such-quiz/cards",
      "/t/no-such-quiz",
      "/t/no-such-quiz/edit",
      `/q/${id}/nothing`,
    ];
    for (const path of missing) expect(await status(path)).toBe(`${path} 404 text/html`);
    const page = await fetch(`${baseUrl}/nowhere`);
    expect(await page.text()).toContain('<div id="app">');
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
  });

  it("serves a real robots.txt", async () => {
    const res = await fetch(`${baseUrl}/robots.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).not.toContain("<html");
  });

  it("shows the not-found page of a missing quiz's article with no Try again", async () => {
    const { context, page } = await phone();
    const res = await page.goto(`${baseUrl}/learn/no-such-quiz`);
    expect(res?.status()).toBe(404);
    await heading1(page, "Quiz not found").waitFor();
    expect(await page.getByRole("button", { name: "Try again" }).count()).toBe(0);
    await inspect(page, "learn-not-found");
    await context.close();
  });

  it("offers no link to play a missing quiz from its leaderboard address", async () => {
    const { context, page } = await phone();
    const res = await page.goto(`${baseUrl}/q/no-such-quiz/leaderboard`);
    expect(res?.status()).toBe(404);
    await heading1(page, "Quiz not found").waitFor();
    expect(await page.locator('a[href^="/q/no-such-quiz"]').count()).toBe(0);
    expect(await page.getByRole("button", { name: "Try again" }).count()).toBe(0);
    await inspect(page, "leaderboard-not-found");
    await context.close();
  });
});

describe("an installable app", () => {
  it("has a web app manifest: icons (maskable too), a theme colour and a start URL", async () => {
    const { context, page } = await phone();
    await page.goto(baseUrl);
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    const res = await fetch(`${baseUrl}${href}`);
    expect(res.headers.get("content-type")).toMatch(/^application\/manifest\+json/);
    const manifest = (await res.json()) as {
      name: string;
      start_url: string;
      display: string;
      theme_color: string;
      icons: { src: string; sizes: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({
      name: "factquiz",
      start_url: "/",
      display: "standalone",
      theme_color: "#1d3b6f",
    });
    expect(await page.locator('meta[name="theme-color"]').getAttribute("content")).toBe(
      manifest.theme_color,
    );
    for (const purpose of ["any", "maskable"]) {
      expect(
        manifest.icons
          .filter((i) => i.purpose === purpose)
          .map((i) => i.sizes)
          .sort(),
      ).toEqual(["192x192", "512x512"]);
    }
    for (const icon of manifest.icons) {
      const png = Buffer.from(await (await fetch(`${baseUrl}${icon.src}`)).arrayBuffer());
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    }
    await context.close();
  });

  it("passes Chromium's install checks, then opens offline from the service worker", async () => {
    // A real profile on disk: Chromium never offers to install from an incognito context.
    const profile = mkdtempSync(join(tmpdir(), "factquiz-install-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: PHONE,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseUrl);
    await page
      .getByRole("link", { name: /^Play: / })
      .first()
      .waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      while (!navigator.serviceWorker.controller) await new Promise((r) => setTimeout(r, 100));
    });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
    await page.goto(`${baseUrl}/learn/${builtin.id}`);
    await heading1(page, builtin.title).waitFor();
    await context.setOffline(true);
    for (const path of ["/", `/learn/${builtin.id}`, "/review"]) {
      await page.goto(`${baseUrl}${path}`);
      await page.getByRole("link", { name: "factquiz" }).waitFor();
      await page.getByRole("heading", { level: 1 }).first().waitFor();
    }
    await page.goto(baseUrl);
    await heading1(page, "Learn the facts of any news article").waitFor();
    await inspect(page, "home-offline");
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });
});

describe("a student's quizzes on this device", () => {
  let context: BrowserContext;
  let page: Page;
  let small = { id: "", count: 0 };
  /** How many questions of the built-in quiz the game left in progress has answered. */
  const inProgress = { answered: 0 };

  beforeAll(async () => {
    ({ context, page } = await phone({ touch: true }));
    const created = await createQuiz("Your quizzes: football", 3);
    small = { id: created.id, count: created.quiz.questions.length };
  });
  afterAll(async () => {
    await context?.close();
  });

  it("first visit: the built-in Play button above the fold, and no Your quizzes yet", async () => {
    await page.goto(baseUrl);
    await page
      .getByRole("link", { name: /^Play: / })
      .first()
      .waitFor();
    expect(await page.getByRole("heading", { name: "Your quizzes" }).count()).toBe(0);
    expect(await inView(page, /^Play: /, "link")).toBe(true);
    await inspect(page, "home-first-visit");
  });

  it("keeps hover styles to devices that hover; the chosen answer is unmistakable", async () => {
    await page.goto(`${baseUrl}/q/${builtin.id}`);
    await page.getByRole("textbox", { name: "Your name" }).fill("Ada");
    await page.getByRole("button", { name: "Start the quiz" }).tap();
    await progress(page);
    expect(await hoverRulesOutsideHoverMedia(page)).toEqual([]);
    // On a touch screen nothing looks chosen before the student taps.
    expect(await page.locator(".option.chosen, [aria-pressed=true]").count()).toBe(0);
    // each student has an order of their own: answer on until a multiple-choice question comes up
    let answered = 0;
    while ((await questionType(page)) !== "choice") {
      await answerBlindly(page, await questionType(page));
      await readFeedback(page);
      await page.getByRole("button", { name: "Next question" }).tap();
      answered++;
      await expect.poll(async () => (await progress(page))[0]).toBe(answered + 1);
    }
    // Only now (the answers before must go through): hold this answer on its way so the chosen
    // state can be seen.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route("**/api/attempts/*/answers/*", async (route) => {
      await held;
      await route.continue();
    });
    const options = page.getByRole("listitem").getByRole("button");
    await options.first().tap();
    await expect.poll(() => options.first().getAttribute("aria-pressed")).toBe("true");
    expect(await options.nth(1).getAttribute("aria-pressed")).toBe("false");
    const look = (i: number) =>
      options.nth(i).evaluate((el) => {
        const style = getComputedStyle(el);
        return {
          background: style.backgroundColor,
          color: style.color,
          mark: getComputedStyle(el, "::after").content,
        };
      });
    // (the background eases over 0.15 s: read it once it has settled)
    const other = await look(1);
    await expect.poll(async () => (await look(0)).background).not.toBe(other.background);
    const chosen = await look(0);
    expect(chosen.color).toBe("rgb(255, 255, 255)");
    expect(chosen.mark).toContain("✓");
    expect(other.mark).toBe("none");
    await inspect(page, "option-chosen");
    release();
    await readFeedback(page);
    await page.unroute("**/api/attempts/*/answers/*");
    inProgress.answered = answered + 1;
    // One answer more, unless it is the last: the next test continues a game still in progress
    // (the order is the student's own, so the choice question may come late).
    if (inProgress.answered + 1 < builtin.questions.length) {
      await page.getByRole("button", { name: "Next question" }).tap();
      await answerBlindly(page, await questionType(page));
      await readFeedback(page);
      inProgress.answered++;
    }
  });

  it("lists the game in progress on the home page, and Continue goes back to it", async () => {
    await page.goto(baseUrl);
    const yours = page.getByRole("region", { name: "Your quizzes" });
    await yours
      .getByText(`In progress: ${inProgress.answered} of ${builtin.questions.length} answered`)
      .waitFor();
    await inspect(page, "home-in-progress");
    await yours.getByRole("link", { name: `Continue: ${builtin.title}` }).tap();
    await page.getByRole("button", { name: "Next question" }).tap();
    expect((await progress(page))[0]).toBe(inProgress.answered + 1);
  });

  it("plays a quiz to the end with the score on one line, and lists it as played", async () => {
    await page.goto(`${baseUrl}/q/${small.id}`);
    await page.getByRole("textbox", { name: "Your name" }).fill("Ada");
    await page.getByRole("button", { name: "Start the quiz" }).tap();
    for (let at = 1; at <= small.count; at++) {
      await answerBlindly(page, await questionType(page));
      await readFeedback(page);
      await page
        .getByRole("button", { name: at < small.count ? "Next question" : "See my score" })
        .tap();
    }
    const score = heading1(page, new RegExp(`^You scored \\d+ out of ${small.count}$`));
    await score.waitFor();
    const [, right] = /You scored (\d+)/.exec((await score.textContent())!)!;
    expect(await score.locator(".nowrap").evaluate((el) => el.getClientRects().length)).toBe(1);
    await page.goto(baseUrl);
    const yours = page.getByRole("region", { name: "Your quizzes" });
    const card = yours.getByRole("listitem").filter({ hasText: "Your quizzes: football" });
    await card.getByText(`Played: ${right} out of ${small.count}`).waitFor();
    expect(
      await card
        .getByRole("link", { name: "Results: Your quizzes: football" })
        .getAttribute("href"),
    ).toBe(`/q/${small.id}`);
    await inspect(page, "home-played");
  });

  it("keeps practice mastery: after a reload and after finishing, never back to 0", async () => {
    await page.goto(`${baseUrl}/learn/${small.id}/practice`);
    const mastery = page.getByText(/^\d+ of \d+ mastered$/);
    await mastery.waitFor();
    expect(await mastery.textContent()).toBe(`0 of ${small.count} mastered`);
    const learned = new Map<string, string[]>();
    let reloaded = false;
    for (let turn = 0; turn < small.count * 4; turn++) {
      const text = (await prompt(page).textContent())!;
      const type = await questionType(page);
      const known = learned.get(text);
      if (known) await answerRightly(page, type, known);
      else await answerBlindly(page, type);
      const feedback = await readFeedback(page);
      if (!feedback.correct) learned.set(text, feedback.right);
      const next = page.getByRole("button", { name: /^(Next question|Finish practice)$/ });
      const finishing = (await next.textContent()) === "Finish practice";
      if (!reloaded && !finishing) {
        // A reload in the middle of a sitting carries on with the same mastery.
        const before = await mastery.textContent();
        await page.reload();
        await mastery.waitFor();
        expect(await mastery.textContent()).toBe(before);
        reloaded = true;
        continue;
      }
      await next.tap();
      if (finishing) break;
    }
    await heading1(page, `You mastered ${small.count} facts`).waitFor();
    await page.reload();
    await heading1(page, `You mastered ${small.count} facts`).waitFor();
    expect(await page.getByText(`0 of ${small.count} mastered`).count()).toBe(0);
    await page.goto(baseUrl);
    const card = page
      .getByRole("region", { name: "Your quizzes" })
      .getByRole("listitem")
      .filter({ hasText: "Your quizzes: football" });
    await card.getByText(`Practice: ${small.count} of ${small.count} mastered`).waitFor();
    expect(
      await card.getByRole("link", { name: "Learn: Your quizzes: football" }).getAttribute("href"),
    ).toBe(`/learn/${small.id}`);
    await inspect(page, "home-your-quizzes");
  });
});

describe("learning the built-in article", () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await phone({ touch: true }));
    await page.goto(baseUrl);
    await knowBuiltinAnswers(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  it("highlights the answer of each fact in the reader, not whole sentences", async () => {
    await page.goto(`${baseUrl}/learn/${builtin.id}`);
    const marks = page.getByRole("article").getByRole("button");
    await marks.first().waitFor();
    const texts = (await marks.allTextContents()).map((t) => t.replace(/^✗ /, ""));
    const highlights = new Set(
      builtin.questions.flatMap((q) => [q.evidence.highlight ?? ""]).filter(Boolean),
    );
    for (const text of texts)
      expect(
        builtin.questions.some((q) => q.evidence.text === text),
        `"${text}" is a whole sentence`,
      ).toBe(false);
    for (const highlight of highlights)
      expect(
        texts.some((t) => t.includes(highlight)),
        highlight,
      ).toBe(true);
    // Marked words are a small part of the article, not most of it.
    const marked = texts.join("").length;
    const article = (await page.getByRole("article").textContent())!.length;
    expect(marked / article).toBeLessThan(0.25);
    expect(await hoverRulesOutsideHoverMedia(page)).toEqual([]);
    await inspect(page, "learn-answers-marked");
  });

  it("shows a card's answer and evidence once, Knew it/Didn't in sight at 360 × 740", async () => {
    await page.goto(`${baseUrl}/learn/${builtin.id}/cards`);
    await heading1(page, "Flashcards").waitFor();
    expect(await hoverRulesOutsideHoverMedia(page)).toEqual([]);
    for (const [i, question] of builtin.questions.entries()) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByRole("button", { name: "Show answer" }).tap();
      const card = page.getByRole("group", {
        name: `Card ${i + 1} of ${builtin.questions.length}, answer side`,
      });
      await card.waitFor();
      const text = (await card.textContent())!;
      const sentence = question.evidence.text;
      expect(text.split(sentence).length - 1, `card ${i + 1} shows its sentence once`).toBe(1);
      expect(
        await card.getByRole("heading").count(),
        `card ${i + 1} does not repeat its prompt`,
      ).toBe(0);
      expect(await inView(page, /Knew it/), `card ${i + 1}: Knew it in sight`).toBe(true);
      expect(await inView(page, /Didn't/), `card ${i + 1}: Didn't in sight`).toBe(true);
      if (i === 0) await inspect(page, "flashcard-back-once");
      await page.getByRole("button", { name: /Knew it/ }).tap();
    }
  });

  it("gives a number hint that is no answer of the quiz", async () => {
    // a quiz of typed figures only, open to practice: its first question asks for a number
    const res = await fetch(`${baseUrl}/api/quizzes`, {
      method: "POST",
      headers: { "content-type": "application/json", "cf-connecting-ip": "203.0.113.72" },
      body: JSON.stringify({
        article: readFileSync("test/fixtures/articles/sport.txt", "utf8"),
        types: ["numeric"],
        count: 2,
        practice: "open",
      }),
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; teacherKey: string };
    await fetch(`${baseUrl}/api/quizzes/${created.id}`, {
      method: "PATCH",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${created.teacherKey}`,
      },
      body: JSON.stringify({ status: "open" }),
    });
    await page.goto(`${baseUrl}/learn/${created.id}/practice`);
    expect(await questionType(page)).toBe("numeric");
    await page.getByRole("textbox", { name: "Your answer (a number)" }).fill("many");
    await page.getByRole("button", { name: "Submit answer" }).tap();
    const hint = page.getByText(/^Type the answer as a number/);
    await hint.waitFor();
    const said = (await hint.textContent())!;
    expect(said).not.toMatch(/\d/);
    await inspect(page, "numeric-hint");
  });
});
