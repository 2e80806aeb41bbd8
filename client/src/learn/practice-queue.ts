/**
 * The order of a practice sitting: a pure, deterministic scheduler. Every question is asked once;
 * one answered wrongly comes back a few turns later, and keeps coming back until it has been
 * answered right twice since its last miss. A question answered right at first sight is mastered.
 */
export type PracticeQueue = {
  /** Question ids still to ask, the next one first. */
  upcoming: string[];
  /** Right answers since the last miss, for questions missed at least once. */
  streak: Record<string, number>;
  mastered: string[];
  /** Every question of the sitting, in quiz order (for "7 of 20 mastered"). */
  all: string[];
};

/** Turns until a missed question is asked again. */
export const AFTER_MISS = 3;
/**
 * Turns until a question answered right once (after a miss) is asked again: spaced a little wider.
 */
export const AFTER_FIRST_RIGHT = 5;
/** Right answers in a row a missed question needs to count as mastered. */
export const RIGHTS_TO_MASTER = 2;

export function startPractice(questionIds: string[]): PracticeQueue {
  return { upcoming: [...questionIds], streak: {}, mastered: [], all: [...questionIds] };
}

/** The question to ask now, or undefined when the sitting is over. */
export const currentQuestion = (queue: PracticeQueue): string | undefined => queue.upcoming[0];

export const isFinished = (queue: PracticeQueue) => queue.upcoming.length === 0;

/** Puts `id` back `gap` turns from now (or last, when fewer are left). */
function reinsert(upcoming: string[], id: string, gap: number): string[] {
  const at = Math.min(gap, upcoming.length);
  return [...upcoming.slice(0, at), id, ...upcoming.slice(at)];
}

/** The queue after the current question was answered (`correct` or not). */
export function recordAnswer(queue: PracticeQueue, correct: boolean): PracticeQueue {
  const [id, ...rest] = queue.upcoming;
  if (id === undefined) return queue;
  const missedBefore = id in queue.streak;
  if (!correct) {
    return {
      ...queue,
      upcoming: reinsert(rest, id, AFTER_MISS),
      streak: { ...queue.streak, [id]: 0 },
    };
  }
  const streak = missedBefore ? queue.streak[id]! + 1 : RIGHTS_TO_MASTER;
  if (streak >= RIGHTS_TO_MASTER) {
    return {
      ...queue,
      upcoming: rest,
      streak: { ...queue.streak, [id]: streak },
      mastered: [...queue.mastered, id],
    };
  }
  return {
    ...queue,
    upcoming: reinsert(rest, id, AFTER_FIRST_RIGHT),
    streak: { ...queue.streak, [id]: streak },
  };
}

/** Takes a question out of this sitting without mastering it (say, offline and never revealed). */
export function skipQuestion(queue: PracticeQueue): PracticeQueue {
  const [id, ...rest] = queue.upcoming;
  if (id === undefined) return queue;
  return { ...queue, upcoming: rest, all: queue.all.filter((q) => q !== id) };
}

/** How many right answers the current question still needs (for "answer it right once more"). */
export function rightsStillNeeded(queue: PracticeQueue, id: string): number {
  if (queue.mastered.includes(id)) return 0;
  return id in queue.streak ? RIGHTS_TO_MASTER - queue.streak[id]! : 1;
}
