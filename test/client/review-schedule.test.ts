import { describe, expect, it } from "vitest";
import { dueCards, dueToday, endOfDay } from "../../client/src/learn/review-due";
import {
  daysUntil,
  loadSchedule,
  rateCard,
  recordReview,
  type ScheduledCard,
} from "../../client/src/learn/review-schedule";

const DAY = 86_400_000;
const start = new Date(2026, 0, 5, 10, 0).getTime();

/** A Storage in memory, as localStorage behaves. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

/** Reviews a card "Knew it" each time it falls due; returns the intervals in days. */
function intervalsWhenKnown(times: number) {
  let now = start;
  let card: ScheduledCard | undefined;
  const intervals: number[] = [];
  for (let i = 0; i < times; i++) {
    card = rateCard(card, true, now);
    intervals.push(daysUntil(card, now));
    now = card.due;
  }
  return intervals;
}

describe("the review schedule (FSRS)", () => {
  it("brings a known card back after days, and each right review grows the interval", () => {
    const intervals = intervalsWhenKnown(5);
    expect(intervals[0]).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < intervals.length; i++)
      expect(intervals[i]).toBeGreaterThan(intervals[i - 1]!);
  });

  it("brings a card the student did not know back tomorrow", () => {
    const card = rateCard(undefined, false, start);
    expect(daysUntil(card, start)).toBe(1);
  });

  it("after a lapse, shortens the interval and counts the lapse, then grows again", () => {
    let now = start;
    let card: ScheduledCard | undefined;
    let before = 0;
    for (let i = 0; i < 3; i++) {
      card = rateCard(card, true, now);
      before = daysUntil(card, now);
      now = card.due;
    }
    const lapsed = rateCard(card, false, now);
    expect(lapsed.card.lapses).toBe(1);
    expect(daysUntil(lapsed, now)).toBeLessThan(before);
    const recovered = rateCard(lapsed, true, lapsed.due);
    expect(daysUntil(recovered, lapsed.due)).toBeGreaterThan(1);
  });

  it("is deterministic: the same ratings on the same days give the same dates", () => {
    expect(intervalsWhenKnown(4)).toEqual(intervalsWhenKnown(4));
  });

  it("survives localStorage (dates as JSON), and counts what is due as the clock moves", () => {
    const storage = memoryStorage();
    recordReview(storage, "quiz-a", "Quiz A", "q1", true, start);
    recordReview(storage, "quiz-a", "Quiz A", "q2", false, start);
    recordReview(storage, "quiz-b", "Quiz B", "q9", false, start);
    expect(dueToday(storage, start).total).toBe(0);
    // Tomorrow: the two cards the student did not know.
    const tomorrow = dueToday(storage, start + DAY);
    expect(tomorrow.total).toBe(2);
    expect(tomorrow.quizzes.map((q) => [q.title, q.due])).toEqual([
      ["Quiz A", 1],
      ["Quiz B", 1],
    ]);
    // A week on: all three.
    expect(dueToday(storage, start + 7 * DAY).total).toBe(3);
    // Reviewing q2 again (from the stored JSON) moves it out of today.
    recordReview(storage, "quiz-a", "Quiz A", "q2", true, start + DAY);
    expect(dueCards(loadSchedule(storage, "quiz-a"), start + DAY)).toEqual([]);
    expect(loadSchedule(storage, "quiz-a").cards.q2!.card.reps).toBe(2);
  });

  it("counts a card due later today as due today", () => {
    const card = rateCard(undefined, false, start);
    expect(dueCards({ cards: { q: { due: endOfDay(card.due) } } }, card.due - 60_000)).toEqual([
      "q",
    ]);
  });
});
