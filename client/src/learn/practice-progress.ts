import { type PracticeQueue, startPractice } from "./practice-queue";

/**
 * A quiz's practice as this browser left it, under `factquiz:practice:<quizId>`: the sitting in
 * progress (so a reload or a visit days later carries on where it stopped, and "10 of 10 mastered"
 * stays 10 of 10), the quiz's title for the home page, and when it was last practised.
 */
export type PracticeProgress = { title: string; queue: PracticeQueue; updated: number };

export const PRACTICE_PREFIX = "factquiz:practice:";

function isQueue(value: unknown): value is PracticeQueue {
  const q = value as PracticeQueue | null;
  return (
    Boolean(q) &&
    [q!.upcoming, q!.mastered, q!.all].every(Array.isArray) &&
    typeof q!.streak === "object"
  );
}

/** The stored practice of a quiz, or null (none, unreadable, or storage blocked). */
export function loadPractice(
  storage: Pick<Storage, "getItem">,
  quizId: string,
): PracticeProgress | null {
  try {
    const stored = JSON.parse(
      storage.getItem(PRACTICE_PREFIX + quizId) ?? "null",
    ) as PracticeProgress | null;
    return stored && isQueue(stored.queue) ? stored : null;
  } catch {
    return null;
  }
}

/** Keeps the sitting; a browser that refuses storage just starts the next one afresh. */
export function savePractice(
  storage: Pick<Storage, "setItem">,
  quizId: string,
  title: string,
  queue: PracticeQueue,
  now: number,
) {
  try {
    storage.setItem(
      PRACTICE_PREFIX + quizId,
      JSON.stringify({ title, queue, updated: now } satisfies PracticeProgress),
    );
  } catch {
    // private mode or full storage
  }
}

/**
 * The sitting to show for the questions open to practice now (`open`, in quiz order): the stored
 * one when there is one, without questions no longer open and with any newly open question added at
 * the end; else a fresh sitting of them all.
 */
export function resumePractice(stored: PracticeProgress | null, open: string[]): PracticeQueue {
  if (!stored) return startPractice(open);
  const isOpen = new Set(open);
  const { queue } = stored;
  const known = new Set([...queue.all, ...queue.upcoming]);
  const added = open.filter((id) => !known.has(id));
  return {
    upcoming: [...queue.upcoming.filter((id) => isOpen.has(id)), ...added],
    streak: queue.streak,
    mastered: queue.mastered.filter((id) => isOpen.has(id)),
    all: [...queue.all.filter((id) => isOpen.has(id)), ...added],
  };
}
