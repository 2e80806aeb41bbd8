import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { CHROMIUM } from "./server";

/** A phone-sized viewport: the width the product is designed for first. */
export const PHONE = { width: 360, height: 740 };

/**
 * Launches Debian's Chromium headless with the flags this closed network needs. Playwright gives
 * every launch a fresh temporary profile and removes it on close.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
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
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** A violation axe-core found, cut down to what a failing test needs to print. */
export type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] };

/**
 * Runs axe-core (WCAG 2.2 A/AA and best practices) on the page as it is once its CSS transitions
 * end (a button caught halfway through a colour change is neither its old nor its new contrast;
 * endless animations such as a live indicator's pulse are not waited for).
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(() => {
    const ending = document
      .getAnimations()
      .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime));
    return Promise.all(ending.map((a) => a.finished.catch(() => undefined)));
  });
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type AxeResult = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[] }[];
      }[];
    };
    const axe = (
      window as typeof window & {
        axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}

/** Saves a full-page screenshot under test/screenshots/ (git-ignored) for a person to look at. */
export async function screenshot(page: Page, name: string) {
  mkdirSync("test/screenshots", { recursive: true });
  await page.screenshot({ path: `test/screenshots/${name}.png`, fullPage: true });
}

/**
 * One Chromium for the file and a fresh phone-sized page for each test: registers the hooks and
 * returns a holder whose `page` is the current test's (`onPage` runs on each new page first).
 */
export function phonePagePerTest(onPage?: (page: Page) => void): { readonly page: Page } {
  let browser: Browser | undefined;
  const holder = {} as { page: Page };
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    holder.page = await browser!.newPage({ viewport: PHONE });
    onPage?.(holder.page);
  });
  afterEach(async () => {
    await holder.page?.close();
  });
  return holder;
}
