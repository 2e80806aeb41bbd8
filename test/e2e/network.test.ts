import type { Route } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { phonePagePerTest, screenshot } from "./browser";
import { answerBlindly, progress, questionType, readFeedback } from "./player";

const baseUrl = inject("baseUrl");
const phone = phonePagePerTest();

const ANSWER_PUT = /\/api\/attempts\/[^/]+\/answers\/[^/]+$/;

/** Opens the first listed quiz and starts a game. */
async function startGame(name: string) {
  const quizzes = (await (await fetch(`${baseUrl}/api/quizzes`)).json()) as { id: string }[];
  expect(quizzes.length).toBeGreaterThan(0);
  await phone.page.goto(`${baseUrl}/q/${quizzes[0]!.id}`);
  await phone.page.getByRole("textbox", { name: "Your name" }).fill(name);
  await phone.page.getByRole("button", { name: "Start the quiz" }).click();
  await progress(phone.page);
}

/** The answers the server has recorded for this browser's attempt, read with its own token. */
async function recordedAnswers(): Promise<string[]> {
  return phone.page.evaluate(async () => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("factquiz:attempt:"))!;
    const { attemptId, token } = JSON.parse(localStorage.getItem(key)!);
    const res = await fetch(`/api/attempts/${attemptId}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    return Object.keys((await res.json()).answers);
  });
}

describe("a flaky network never loses an answer", () => {
  it("retries a failed save, says it is reconnecting, then shows the feedback", async () => {
    await startGame("Flaky network");
    let failures = 0;
    // The first save fails at the network, the second with a server error; the third gets through.
    await phone.page.route(ANSWER_PUT, async (route: Route) => {
      failures++;
      if (failures === 1) return route.abort("internetdisconnected");
      if (failures === 2)
        return route.fulfill({
          status: 503,
          contentType: "application/json",
          body: '{"error":{"code":"unavailable","message":"Try again."}}',
        });
      return route.continue();
    });
    await answerBlindly(phone.page, await questionType(phone.page));
    await phone.page
      .getByRole("status")
      .filter({ hasText: /^Reconnecting…/ })
      .waitFor();
    await screenshot(phone.page, "reconnecting");
    await readFeedback(phone.page);
    expect(failures).toBe(3);
    expect(await recordedAnswers()).toHaveLength(1);
  });

  it("keeps an answer not sent before the tab was reloaded, and sends it then", async () => {
    await startGame("Offline reload");
    await phone.page.route(ANSWER_PUT, (route: Route) => route.abort("internetdisconnected"));
    await answerBlindly(phone.page, await questionType(phone.page));
    await phone.page
      .getByRole("status")
      .filter({ hasText: /^Reconnecting…/ })
      .waitFor();
    expect(await recordedAnswers()).toEqual([]);

    await phone.page.unroute(ANSWER_PUT);
    await phone.page.reload();
    // Back on question 1, the saved answer goes out by itself and its feedback appears.
    const [at] = await progress(phone.page);
    expect(at).toBe(1);
    await readFeedback(phone.page);
    expect(await recordedAnswers()).toHaveLength(1);
  });
});
