import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, PHONE } from "./browser";
import { progress, questionType } from "./player";

const baseUrl = inject("baseUrl");
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: PHONE });
});
afterAll(async () => {
  await browser?.close();
});

/** What has focus: its accessible-ish name, and whether the focus ring shows. */
function focused() {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return {
      tag: el.tagName.toLowerCase(),
      name: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim(),
      ring: el.matches(":focus-visible"),
      disabled: el.getAttribute("aria-disabled") === "true",
    };
  });
}

/** Presses Tab until the focused element fits `want`, and fails after 30 presses. */
async function tabTo(want: (f: Awaited<ReturnType<typeof focused>>) => boolean) {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    const f = await focused();
    if (want(f)) {
      expect(f.ring, `focus ring on ${f.tag} "${f.name}"`).toBe(true);
      return f;
    }
  }
  throw new Error("Tab never reached the control");
}

describe("the whole quiz by keyboard alone", () => {
  it("starts, answers every question type, moves on and finishes without a pointer", async () => {
    const quizzes = (await (await fetch(`${baseUrl}/api/quizzes`)).json()) as { id: string }[];
    await page.goto(`${baseUrl}/q/${quizzes[0]!.id}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await tabTo((f) => f.tag === "input");
    await page.keyboard.type("Keyboard only");
    await page.keyboard.press("Enter");

    const [, total] = await progress(page);
    for (let at = 1; at <= total; at++) {
      expect((await progress(page))[0]).toBe(at);
      const type = await questionType(page);
      if (type === "choice" || type === "truefalse") {
        await tabTo((f) => f.tag === "button");
        await page.keyboard.press("Enter");
      } else if (type === "fill" || type === "numeric") {
        await tabTo((f) => f.tag === "input");
        await page.keyboard.type(type === "numeric" ? "12" : "a guess");
        await page.keyboard.press("Enter");
      } else if (type === "match") {
        const selects = await page.getByRole("combobox").count();
        for (let i = 0; i < selects; i++) {
          await tabTo((f) => f.tag === "select");
          await page.keyboard.press("ArrowDown");
        }
        await tabTo((f) => f.name === "Submit answer");
        await page.keyboard.press("Enter");
      } else {
        // Move the first event down once: focus must stay on a live button of the moved event.
        const first = (await page
          .getByRole("button", { name: /^Move down: / })
          .first()
          .getAttribute("aria-label"))!;
        await tabTo((f) => f.name === first);
        await page.keyboard.press("Enter");
        const after = await focused();
        expect(after.name.replace(/^Move (up|down): /, "")).toBe(first.replace(/^Move down: /, ""));
        expect(after.disabled).toBe(false);
        await tabTo((f) => f.name === "Submit this order");
        await page.keyboard.press("Enter");
      }
      const next = page.getByRole("button", {
        name: at < total ? "Next question" : "See my score",
      });
      await next.waitFor();
      await expect.poll(() => next.evaluate((b) => b === document.activeElement)).toBe(true);
      await page.keyboard.press("Enter");
    }
    await page
      .getByRole("heading", { level: 1, name: new RegExp(`^You scored [\\d.]+ out of ${total}$`) })
      .waitFor();
    await tabTo((f) => f.name === "Practice the ones I missed" || f.name === "All quizzes");
  });
});
