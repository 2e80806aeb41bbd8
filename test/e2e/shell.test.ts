import { gzipSync } from "node:zlib";
import type { Response } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { axeViolations, PHONE, phonePagePerTest, screenshot } from "./browser";
import { expectBigTouchTargets, expectNoSidewaysScroll, progress, questionType } from "./player";

const baseUrl = inject("baseUrl");
const requests: string[] = [];
const phone = phonePagePerTest((page) => {
  requests.length = 0;
  page.on("request", (req) => requests.push(req.url()));
});

async function firstQuizId() {
  const quizzes = (await (await fetch(`${baseUrl}/api/quizzes`)).json()) as { id: string }[];
  expect(quizzes.length).toBeGreaterThan(0);
  return quizzes[0]!.id;
}

describe("the app shell", () => {
  it("shows the product name and what it does on the home page", async () => {
    await phone.page.goto(baseUrl);
    await expect
      .poll(() => phone.page.getByRole("link", { name: "factquiz" }).isVisible())
      .toBe(true);
    const heading = phone.page.getByRole("heading", { level: 1 });
    expect(await heading.textContent()).toMatch(/news article/i);
    expect(await phone.page.getByText(/turns a news article into a quiz/).isVisible()).toBe(true);
  });

  it("loads nothing from other hosts, on the home phone.page or the play route", async () => {
    await phone.page.goto(baseUrl, { waitUntil: "networkidle" });
    await phone.page.goto(`${baseUrl}/q/${await firstQuizId()}`, { waitUntil: "networkidle" });
    await phone.page.getByRole("textbox", { name: "Your name" }).waitFor();
    const foreign = requests.filter((url) => !url.startsWith(baseUrl));
    expect(foreign).toEqual([]);
  });

  it("serves the app with a 404 for a deep link to a missing quiz, and says so", async () => {
    const res = await phone.page.goto(`${baseUrl}/q/no-such-quiz`);
    expect(res?.status()).toBe(404);
    await phone.page.getByRole("heading", { level: 1, name: "Quiz not found" }).waitFor();
    expect(await phone.page.getByRole("link", { name: "All quizzes" }).getAttribute("href")).toBe(
      "/",
    );
    expect(await axeViolations(phone.page)).toEqual([]);
  });

  it("says when a phone.page does not exist", async () => {
    await phone.page.goto(`${baseUrl}/nowhere/at/all`);
    await phone.page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    expect(await axeViolations(phone.page)).toEqual([]);
  });

  it("sends a Content-Security-Policy allowing only the app's own scripts and styles", async () => {
    const res = await phone.page.goto(baseUrl);
    const csp = res?.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
  });

  it("has no axe-core violations on the home page", async () => {
    await phone.page.goto(baseUrl);
    await phone.page
      .getByRole("link", { name: /^Play: / })
      .first()
      .waitFor();
    expect(await axeViolations(phone.page)).toEqual([]);
  });

  it("shows an error with a way to try again when the quizzes cannot load", async () => {
    let calls = 0;
    await phone.page.route(/\/api\/quizzes$/, (route) =>
      ++calls === 1 ? route.abort("internetdisconnected") : route.continue(),
    );
    await phone.page.goto(baseUrl);
    await phone.page
      .getByRole("alert")
      .getByText(/couldn't load the quizzes/)
      .waitFor();
    expect(await axeViolations(phone.page)).toEqual([]);
    await phone.page.getByRole("button", { name: "Try again" }).click();
    await phone.page
      .getByRole("link", { name: /^Play: / })
      .first()
      .waitFor();
  });

  it("loads under 30 KB of gzipped JS on the play route, and no other page's code", async () => {
    const scripts: Response[] = [];
    phone.page.on(
      "response",
      (res) => res.request().resourceType() === "script" && scripts.push(res),
    );
    await phone.page.goto(`${baseUrl}/q/${await firstQuizId()}`, { waitUntil: "networkidle" });
    await phone.page.getByRole("textbox", { name: "Your name" }).waitFor();
    const sizes = await Promise.all(
      scripts.map(async (res) => gzipSync(await res.body(), { level: 9 }).length),
    );
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(4000);
    expect(total).toBeLessThan(30 * 1024);
    expect(
      scripts.map((res) => res.url()).filter((url) => /\/(Home|LeaderboardPage)-/.test(url)),
    ).toEqual([]);
  });

  it("opens the play route on the name form, with the quiz read once, with the page", async () => {
    const quizzes = (await (await fetch(`${baseUrl}/api/quizzes`)).json()) as {
      id: string;
      title: string;
    }[];
    const { id, title } = quizzes[0]!;
    // Every main heading the page shows, in order, from the first render on.
    await phone.page.addInitScript(() => {
      const seen: string[] = [];
      new MutationObserver(() => {
        const heading = document.querySelector("h1")?.textContent;
        if (heading && seen.at(-1) !== heading) seen.push(heading);
        document.documentElement.dataset.headings = JSON.stringify(seen);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await phone.page.goto(`${baseUrl}/q/${id}`, { waitUntil: "networkidle" });
    await phone.page.getByRole("textbox", { name: "Your name" }).waitFor();
    const headings = await phone.page.evaluate(() => document.documentElement.dataset.headings);
    // No "Loading the quiz…" first: the first render waited for the quiz the Worker preloaded.
    expect(JSON.parse(headings ?? "[]")).toEqual([title]);
    expect(requests.filter((url) => url.endsWith(`/api/quizzes/${id}`))).toHaveLength(1);
  });

  it("fits a phone held sideways", async () => {
    await phone.page.setViewportSize({ width: PHONE.height, height: PHONE.width });
    await phone.page.goto(`${baseUrl}/q/${await firstQuizId()}`);
    await phone.page.getByRole("textbox", { name: "Your name" }).fill("Sideways");
    await phone.page.getByRole("button", { name: "Start the quiz" }).click();
    await progress(phone.page);
    await questionType(phone.page);
    await expectNoSidewaysScroll(phone.page);
    await expectBigTouchTargets(phone.page);
    expect(await axeViolations(phone.page)).toEqual([]);
    await screenshot(phone.page, "question-landscape");
  });
});
