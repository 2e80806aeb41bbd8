import { describe, expect, it } from "vitest";
import {
  AFTER_MISS,
  currentQuestion,
  isFinished,
  type PracticeQueue,
  recordAnswer,
  rightsStillNeeded,
  skipQuestion,
  startPractice,
} from "../../client/src/learn/practice-queue";

/** Plays a sitting to the end: `answers(id, timesAsked)` says whether the student gets it right. */
function sitting(ids: string[], answers: (id: string, asked: number) => boolean, limit = 1000) {
  let queue: PracticeQueue = startPractice(ids);
  const asked: string[] = [];
  const counts = new Map<string, number>();
  while (!isFinished(queue) && asked.length < limit) {
    const id = currentQuestion(queue)!;
    counts.set(id, (counts.get(id) ?? 0) + 1);
    asked.push(id);
    queue = recordAnswer(queue, answers(id, counts.get(id)!));
  }
  return { queue, asked };
}

describe("the practice scheduler", () => {
  it("asks each question once, in quiz order, when every answer is right", () => {
    const { queue, asked } = sitting(["a", "b", "c"], () => true);
    expect(asked).toEqual(["a", "b", "c"]);
    expect(queue.mastered).toEqual(["a", "b", "c"]);
  });

  it(`brings a missed question back ${AFTER_MISS} turns later`, () => {
    let queue = startPractice(["a", "b", "c", "d", "e", "f"]);
    queue = recordAnswer(queue, false);
    expect(queue.upcoming).toEqual(["b", "c", "d", "a", "e", "f"]);
  });

  it("masters a missed question only after two right answers since the miss", () => {
    const ids = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
    const { queue, asked } = sitting(ids, (id, n) => id !== "a" || n > 1);
    expect(asked.filter((id) => id === "a")).toHaveLength(3);
    expect(queue.mastered).toContain("a");
    expect(queue.mastered).toHaveLength(ids.length);
    // The second right answer comes later than the first: the gaps widen.
    const turns = asked.flatMap((id, turn) => (id === "a" ? [turn] : []));
    expect(turns[2]! - turns[1]!).toBeGreaterThan(turns[1]! - turns[0]!);
  });

  it("starts the count again after a new miss", () => {
    let queue = startPractice(["a"]);
    queue = recordAnswer(queue, false);
    queue = recordAnswer(queue, true);
    expect(rightsStillNeeded(queue, "a")).toBe(1);
    queue = recordAnswer(queue, false);
    expect(rightsStillNeeded(queue, "a")).toBe(2);
    queue = recordAnswer(recordAnswer(queue, true), true);
    expect(isFinished(queue)).toBe(true);
  });

  it("terminates: missing each question up to w times still ends within n(w + 2) turns", () => {
    const ids = Array.from({ length: 20 }, (_, i) => `q${i}`);
    for (const w of [0, 1, 2, 3]) {
      const { queue, asked } = sitting(ids, (id, n) => n > Number(id.slice(1)) % (w + 1));
      expect(isFinished(queue)).toBe(true);
      expect(asked.length).toBeLessThanOrEqual(ids.length * (w + 2));
      expect(new Set(queue.mastered)).toEqual(new Set(ids));
    }
  });

  it("is deterministic: the same answers give the same order", () => {
    const answers = (id: string, n: number) => (id.charCodeAt(1) + n) % 3 === 0;
    const ids = ["q1", "q2", "q3", "q4", "q5"];
    expect(sitting(ids, answers).asked).toEqual(sitting(ids, answers).asked);
  });

  it("keeps a lone missed question coming back until it is mastered", () => {
    const { asked } = sitting(["only"], (_, n) => n > 1);
    expect(asked).toEqual(["only", "only", "only"]);
  });

  it("can skip a question, which leaves the sitting's total", () => {
    let queue = startPractice(["a", "b"]);
    queue = skipQuestion(queue);
    expect(queue.all).toEqual(["b"]);
    expect(currentQuestion(queue)).toBe("b");
  });
});
