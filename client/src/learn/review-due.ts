/**
 * How many questions are due for review, read straight from localStorage. The home page uses this,
 * so it stays tiny and never loads the scheduling library: each scheduled card keeps its due time
 * (ms since the epoch) beside the library's own state.
 */
export const REVIEW_PREFIX = "factquiz:review:";

/** A quiz's stored schedule: one entry per question studied, each with when it is next due. */
export type StoredSchedule = { title?: string; cards: Record<string, { due: number }> };

/** The end of the local day that `now` falls in: "today" for a student. */
export function endOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(23, 59, 59, 999);
  return d.getTime();
}

/** The ids of `schedule`'s cards due by the end of today, soonest first. */
export function dueCards(schedule: StoredSchedule | null, now: number): string[] {
  if (!schedule?.cards) return [];
  const until = endOfDay(now);
  return Object.entries(schedule.cards)
    .filter(([, c]) => typeof c?.due === "number" && c.due <= until)
    .sort(([, a], [, b]) => a.due - b.due)
    .map(([id]) => id);
}

/** Reads a quiz's schedule, or null. */
export function readSchedule(
  storage: Pick<Storage, "getItem">,
  quizId: string,
): StoredSchedule | null {
  try {
    const raw = storage.getItem(REVIEW_PREFIX + quizId);
    return raw ? (JSON.parse(raw) as StoredSchedule) : null;
  } catch {
    return null;
  }
}

/** Every quiz with questions due today: `[{quizId, title, due}]`, and their total. */
export function dueToday(storage: Storage, now: number) {
  const quizzes: { quizId: string; title: string; due: number }[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(REVIEW_PREFIX)) continue;
      const quizId = key.slice(REVIEW_PREFIX.length);
      const schedule = readSchedule(storage, quizId);
      const due = dueCards(schedule, now).length;
      if (due) quizzes.push({ quizId, title: schedule?.title ?? "", due });
    }
  } catch {
    // storage blocked: nothing due that we know of
  }
  return { quizzes, total: quizzes.reduce((n, q) => n + q.due, 0) };
}
