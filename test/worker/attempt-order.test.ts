import { beforeAll, describe, expect, it } from "vitest";
import type { Quiz } from "../../questions/types.ts";
import { attemptOrder } from "../../worker/attempts/attempt-order.ts";
import { api, seedQuiz } from "./support/api.ts";
import { fixtureQuiz } from "./support/fixtures.ts";

beforeAll(() => seedQuiz(fixtureQuiz));

const ids = fixtureQuiz.questions.map((q) => q.id);

describe("each student's order", () => {
  it("is a permutation of the questions and each one's options, true/false left as is", () => {
    const order = attemptOrder("attempt-1", fixtureQuiz)!;
    expect([...order.questions].sort()).toEqual([...ids].sort());
    for (const q of fixtureQuiz.questions) {
      if (q.type === "truefalse" || !q.options) expect(order.options[q.id]).toBeUndefined();
      else expect([...order.options[q.id]!].sort()).toEqual([...q.options].sort());
    }
  });

  it("differs between students and stays the same for one", () => {
    const orders = Array.from({ length: 8 }, (_, i) =>
      attemptOrder(`attempt-${i}`, fixtureQuiz)!.questions.join(),
    );
    expect(new Set(orders).size).toBeGreaterThan(1);
    expect(attemptOrder("attempt-3", fixtureQuiz)).toEqual(attemptOrder("attempt-3", fixtureQuiz));
  });

  it("is the quiz's own order when the teacher turned shuffling off", () => {
    expect(
      attemptOrder("attempt-1", {
        ...fixtureQuiz,
        settings: { status: "open", leaderboard: "players", attempts: "many", shuffle: false },
      } as Quiz),
    ).toBeNull();
  });

  it("comes with the new attempt and again when it resumes", async () => {
    const res = await api(`/api/quizzes/${fixtureQuiz.id}/attempts`, {
      method: "POST",
      body: { name: "Shuffled" },
    });
    expect(res.status).toBe(201);
    const started = (await res.json()) as { attemptId: string; token: string; order: unknown };
    expect(started.order).toEqual(attemptOrder(started.attemptId, fixtureQuiz));
    const resumed = (await (
      await api(`/api/attempts/${started.attemptId}`, { token: started.token })
    ).json()) as { order: unknown };
    expect(resumed.order).toEqual(started.order);
  });
});
