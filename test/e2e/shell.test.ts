import type { Browser, Page, Response } from "playwright-core";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, PHONE, screenshot } from "./browser";
import { expectBigTouchTargets, expectNoSidewaysScroll, progress, questionType } from "./player";

const baseUrl = inject("baseUrl");
let browser: Browser;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  page = await browser.newPage({ viewport: PHONE });
  requests.length = 0;
  page.on("request", (req) => requests.push(req.url()));
});
afterEach(async () => {
  await page.close();
});

async function firstQuizId() {
  const quizzes = (await (await fetch(`${baseUrl}/api/quizzes`)).json()) as { id: string }[];
  expect(quizzes.length).toBeGreaterThan(0);
  return quizzes[0]!.id;
}

describe("the app shell", () => {
  it("shows the product name and what it does on the home page", async () => {
    await page.goto(baseUrl);
    await expect.poll(() => page.getByRole("link", { name: "factquiz" }).isVisible()).toBe(true);
    const heading = page.getByRole("heading", { level: 1 });
    expect(await heading.textContent()).toMatch(/news article/i);
    expect(await page.getByText(/turns a news article into a quiz/).isVisible()).toBe(true);
  });

  it("loads nothing from other hosts, on the home page or the play route", async () => {
    await page.goto(baseUrl, { waitUntil: "networkidle" });
    await page.goto(`${baseUrl}/q/${await firstQuizId()}`, { waitUntil: "networkidle" });
    await page.getByRole("textbox", { name: "Your name" }).waitFor();
    const foreign = requests.filter((url) => !url.startsWith(baseUrl));
    expect(foreign).toEqual([]);
  });

  it("serves the app for a deep link and says when there is no such quiz", async () => {
    const res = await page.goto(`${baseUrl}/q/no-such-quiz`);
    expect(res?.status()).toBe(200);
    await page.getByRole("heading", { level: 1, name: "Quiz not found" }).waitFor();
    expect(await page.getByRole("link", { name: "All quizzes" }).getAttribute("href")).toBe("/");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("says when a page does not exist", async () => {
    await page.goto(`${baseUrl}/nowhere/at/all`);
    await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("sends a Content-Security-Policy that allows only the app's own scripts and styles", async () => {
    const res = await page.goto(baseUrl);
    const csp = res?.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
  });

  it("has no axe-core violations on the home page", async () => {
    await page.goto(baseUrl);
    await page.getByRole("link", { name: /^Play: / }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("shows an error with a way to try again when the quizzes cannot load", async () => {
    let calls = 0;
    await page.route(/\/api\/quizzes$/, (route) => (++calls === 1 ? route.abort("internetdisconnected") : route.continue()));
    await page.goto(baseUrl);
    await page.getByRole("alert").getByText(/couldn't load the quizzes/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByRole("link", { name: /^Play: / }).first().waitFor();
  });

  it("loads under 30 KB of gzipped JavaScript on the play route, and no other page's code", async () => {
    const scripts: Response[] = [];
    page.on("response", (res) => res.request().resourceType() === "script" && scripts.push(res));
    await page.goto(`${baseUrl}/q/${await firstQuizId()}`, { waitUntil: "networkidle" });
    await page.getByRole("textbox", { name: "Your name" }).waitFor();
    const sizes = await Promise.all(scripts.map(async (res) => gzipSync(await res.body(), { level: 9 }).length));
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(4000);
    expect(total).toBeLessThan(30 * 1024);
    expect(scripts.map((res) => res.url()).filter((url) => /\/(Home|LeaderboardPage)-/.test(url))).toEqual([]);
  });

  it("fits a phone held sideways", async () => {
    await page.setViewportSize({ width: PHONE.height, height: PHONE.width });
    await page.goto(`${baseUrl}/q/${await firstQuizId()}`);
    await page.getByRole("textbox", { name: "Your name" }).fill("Sideways");
    await page.getByRole("button", { name: "Start the quiz" }).click();
    await progress(page);
    await questionType(page);
    await expectNoSidewaysScroll(page);
    await expectBigTouchTargets(page);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "question-landscape");
  });
});
