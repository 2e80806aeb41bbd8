import { loadAttempt } from "../play/saved-attempt";
import { loadPractice, PRACTICE_PREFIX } from "./practice-progress";
import { REVIEW_PREFIX, readSchedule } from "./review-due";

/** What this device remembers of one quiz a student played, practised or studied. */
export type YourQuiz = {
  id: string;
  /** From practice or the review schedule; the home page fills in the rest from the API. */
  title: string;
  /** A scored attempt: how many answers it holds, and its result once finished. */
  attempt?: { answered: number; result?: { score: number; total: number } };
  /** The practice sitting: mastered so far, of how many. */
  practice?: { mastered: number; total: number };
  /** Questions in the review schedule. */
  reviews: number;
  /**
   * For the order: most recently practised first (attempts keep no time, so they sort by state).
   */
  updated: number;
};

const ATTEMPT_PREFIX = "factquiz:attempt:";

/** The quiz ids under any of the student's own stores in `storage`. */
function quizIds(storage: Storage): string[] {
  const ids = new Set<string>();
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i) ?? "";
    for (const prefix of [ATTEMPT_PREFIX, PRACTICE_PREFIX, REVIEW_PREFIX]) {
      if (key.startsWith(prefix) && key.length > prefix.length) ids.add(key.slice(prefix.length));
    }
  }
  return [...ids];
}

/**
 * Every quiz this device played, has a game in progress of, practised or reviewed, read from
 * localStorage only (no account, nothing sent): games in progress first, then the most recently
 * practised. Empty when storage is blocked.
 */
export function yourQuizzes(storage: Storage): YourQuiz[] {
  let ids: string[];
  try {
    ids = quizIds(storage);
  } catch {
    return [];
  }
  const entries = ids.map((id): YourQuiz => {
    const saved = loadAttempt(id);
    const practice = loadPractice(storage, id);
    const schedule = readSchedule(storage, id);
    const entry: YourQuiz = {
      id,
      title: practice?.title || schedule?.title || "",
      reviews: Object.keys(schedule?.cards ?? {}).length,
      updated: practice?.updated ?? 0,
    };
    if (saved) {
      const answered = Math.max(
        saved.advanced,
        Object.keys(saved.graded ?? {}).length + (saved.queue?.length ?? 0),
      );
      entry.attempt = saved.result
        ? { answered, result: { score: saved.result.score, total: saved.result.total } }
        : { answered };
    }
    if (practice)
      entry.practice = {
        mastered: practice.queue.mastered.length,
        total: practice.queue.all.length,
      };
    return entry;
  });
  const playing = (q: YourQuiz) => (q.attempt && !q.attempt.result ? 1 : 0);
  return entries.sort((a, b) => playing(b) - playing(a) || b.updated - a.updated);
}
