import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, inject, it } from "vitest";
import { axeViolations, launchBrowser, PHONE, screenshot } from "./browser";

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

describe("the app shell", () => {
  it("shows the product name and what it does on the home page", async () => {
    await page.goto(baseUrl);
    await expect.poll(() => page.getByRole("link", { name: "factquiz" }).isVisible()).toBe(true);
    const heading = page.getByRole("heading", { level: 1 });
    expect(await heading.textContent()).toMatch(/news article/i);
    expect(await page.getByText(/turns a news article into a quiz/).isVisible()).toBe(true);
    await screenshot(page, "home");
  });

  it("loads nothing from other hosts", async () => {
    await page.goto(baseUrl, { waitUntil: "networkidle" });
    const foreign = requests.filter((url) => !url.startsWith(baseUrl));
    expect(foreign).toEqual([]);
  });

  it("serves the app for a deep link such as /q/abc", async () => {
    const res = await page.goto(`${baseUrl}/q/abc`);
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.getByRole("link", { name: "factquiz" }).isVisible()).toBe(true);
  });

  it("sends a Content-Security-Policy that allows only the app's own scripts and styles", async () => {
    const res = await page.goto(baseUrl);
    const csp = res?.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
  });

  it("has no axe-core violations on the home page", async () => {
    await page.goto(baseUrl);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
