import type { Page } from "playwright-core";
import { expect } from "vitest";

/** The question types, as a player can tell them apart by the controls on the screen. */
export type SeenType = "choice" | "truefalse" | "fill" | "numeric" | "match" | "order";

/** Waits for a question screen and reads its progress: "Question 3 of 20" → [3, 20]. */
export async function progress(page: Page): Promise<[number, number]> {
  const label = page.getByText(/^Question \d+ of \d+$/);
  await label.waitFor();
  const [, at, of] = /Question (\d+) of (\d+)/.exec((await label.textContent()) ?? "")!;
  return [Number(at), Number(of)];
}

/** The prompt: the screen's one level-1 heading. */
export const prompt = (page: Page) => page.getByRole("heading", { level: 1 });

/** Tells the question type from its controls, the way a student would. */
export async function questionType(page: Page): Promise<SeenType> {
  await prompt(page).waitFor();
  await page
    .getByRole("textbox", { name: /^Your answer/ })
    .or(page.getByRole("combobox").first())
    .or(page.getByRole("button", { name: /^Move (up|down):/ }).first())
    .or(page.getByRole("listitem").getByRole("button").first())
    .first()
    .waitFor();
  if (await page.getByRole("textbox", { name: "Your answer (a number)" }).count()) return "numeric";
  if (await page.getByRole("textbox", { name: "Your answer" }).count()) return "fill";
  if (await page.getByRole("combobox").count()) return "match";
  if (await page.getByRole("button", { name: /^Move up:/ }).count()) return "order";
  const options = await page.getByRole("listitem").getByRole("button").allTextContents();
  return options.length === 2 && options.includes("True") && options.includes("False")
    ? "truefalse"
    : "choice";
}

/**
 * Answers without knowing the answer: the first option, the selects in order, the order as shown,
 * and for typed questions something no article would have as its answer (a sure miss, so there is
 * always something to practise).
 */
export async function answerBlindly(page: Page, type: SeenType) {
  switch (type) {
    case "choice":
    case "truefalse":
      return page.getByRole("listitem").getByRole("button").first().click();
    case "fill":
      await page.getByRole("textbox", { name: "Your answer" }).fill("zzz not in the article");
      return page.getByRole("button", { name: "Submit answer" }).click();
    case "numeric":
      await page.getByRole("textbox", { name: "Your answer (a number)" }).fill("987654321");
      return page.getByRole("button", { name: "Submit answer" }).click();
    case "match": {
      const selects = page.getByRole("combobox");
      for (let i = 0; i < (await selects.count()); i++)
        await selects.nth(i).selectOption({ index: 1 });
      return page.getByRole("button", { name: "Submit answer" }).click();
    }
    case "order":
      return page.getByRole("button", { name: "Submit this order" }).click();
  }
}

/** Answers with the right answer as the feedback revealed it (practice mode). */
export async function answerRightly(page: Page, type: SeenType, right: string[]) {
  switch (type) {
    case "choice":
    case "truefalse":
      return page
        .getByRole("listitem")
        .getByRole("button", { name: right[0], exact: true })
        .click();
    case "fill":
    case "numeric":
      await page.getByRole("textbox", { name: /^Your answer/ }).fill(right[0]!);
      return page.getByRole("button", { name: "Submit answer" }).click();
    case "match": {
      const selects = page.getByRole("combobox");
      for (let i = 0; i < right.length; i++)
        await selects.nth(i).selectOption({ label: right[i]! });
      return page.getByRole("button", { name: "Submit answer" }).click();
    }
    case "order": {
      // Bring each event up to its place, top first, with the "Move up" buttons.
      for (let target = 0; target < right.length; target++) {
        const item = right[target]!;
        const shown = await page
          .getByRole("button", { name: /^Move up: / })
          .evaluateAll((buttons) =>
            buttons.map((b) => b.getAttribute("aria-label")!.replace(/^Move up: /, "")),
          );
        for (let at = shown.indexOf(item); at > target; at--) {
          await page.getByRole("button", { name: `Move up: ${item}`, exact: true }).click();
        }
      }
      return page.getByRole("button", { name: "Submit this order" }).click();
    }
  }
}

/** The feedback region after an answer: its verdict, and the right answer when it was a miss. */
export async function readFeedback(
  page: Page,
): Promise<{ correct: boolean; right: string[]; points: number }> {
  const region = page.getByRole("region", { name: /^(Right!|Not quite|\d+ of \d+ pairs right)$/ });
  await region.waitFor();
  const verdict = (await region.getByRole("heading", { level: 2 }).textContent())!;
  const correct = verdict.includes("Right!");
  // a match earns a share of its point for each pair right
  const pairs = /(\d+) of (\d+) pairs right/.exec(verdict);
  const points = correct ? 1 : pairs ? Number(pairs[1]) / Number(pairs[2]) : 0;
  const right = correct
    ? []
    : await region
        .locator("div")
        .filter({ hasText: /^The right answer:/ })
        .locator("strong")
        .allTextContents();
  return { correct, right, points };
}

/** A sum of points as the server shows a score: one decimal at most. */
export const asScore = (points: number) => Math.round(points * 10) / 10;

/** Asserts every visible control in the page's main area is at least 44 × 44 CSS pixels. */
export async function expectBigTouchTargets(page: Page) {
  const small = await page.locator("main").evaluate((main) =>
    [...main.querySelectorAll<HTMLElement>("button, a[href], input, select, textarea")]
      .filter((el) => el.offsetParent !== null && !el.closest(".visually-hidden"))
      .map((el) => {
        // A checkbox or radio counts with the label around it, which is what a thumb hits.
        const box = (
          el.closest("label.check, label.segment, label.radio-pick") ?? el
        ).getBoundingClientRect();
        const label = (el.textContent || el.getAttribute("aria-label") || "").trim();
        return {
          what: `${el.tagName.toLowerCase()} "${label}"`,
          w: box.width,
          h: box.height,
        };
      })
      .filter((t) => t.w < 44 || t.h < 44),
  );
  expect(small).toEqual([]);
}

/** Asserts the page does not scroll sideways (nothing wider than the phone). */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}
