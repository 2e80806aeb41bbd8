import type { AnswerValue } from "../../../questions/grade.ts";
import type { QueuedAnswer } from "./answer-queue";
import type { AttemptOrder } from "./attempt-order";
import type { Verdict } from "./Feedback";

/**
 * What this browser remembers about a student's attempt at one quiz, so a reload or a reopened
 * tab lands on the same question. The server holds the answers; this holds the key to them
 * (id and token), the answer still on its way, and how far the student has moved on.
 */
export type SavedAttempt = {
  attemptId: string;
  token: string;
  name: string;
  timer: boolean;
  /** How many questions' feedback the student has dismissed with "Next question". */
  advanced: number;
  /**
   * Answers given but not yet confirmed by the server, oldest first; sent after a reload or when
   * back online.
   */
  queue?: QueuedAnswer[];
  /**
   * Before the queue: the one answer in flight (still read, so an old tab's answer is not lost).
   */
  pending?: QueuedAnswer;
  /** The verdicts the server gave, so the attempt resumes offline on the same screen. */
  graded?: Record<string, { given: AnswerValue; verdict: Verdict }>;
  /** This student's order of questions and options (absent or null: the quiz's own). */
  order?: AttemptOrder | null;
  /** The finished result, so the leaderboard can mark the student's own row. */
  result?: { score: number; total: number; rank?: number | undefined; practice?: boolean };
};

const key = (quizId: string) => `factquiz:attempt:${quizId}`;

/** The saved attempt for a quiz, or null (none yet, storage blocked, or unreadable). */
export function loadAttempt(quizId: string): SavedAttempt | null {
  try {
    const raw = localStorage.getItem(key(quizId));
    const saved = raw ? (JSON.parse(raw) as SavedAttempt) : null;
    return saved && typeof saved.attemptId === "string" && typeof saved.token === "string"
      ? saved
      : null;
  } catch {
    return null;
  }
}

/** Saves the attempt; a browser that refuses storage just loses resume, never the quiz. */
export function saveAttempt(quizId: string, attempt: SavedAttempt) {
  try {
    localStorage.setItem(key(quizId), JSON.stringify(attempt));
  } catch {
    // private mode or full storage: play on without resume
  }
}

/** Forgets the attempt (it no longer exists on the server, or the student starts over). */
export function forgetAttempt(quizId: string) {
  try {
    localStorage.removeItem(key(quizId));
  } catch {
    // nothing saved
  }
}

/** Whether the student last chose to see the timer, to preselect the toggle next time. */
export function timerPreference(): boolean {
  try {
    return localStorage.getItem("factquiz:timer") === "on";
  } catch {
    return false;
  }
}

export function setTimerPreference(on: boolean) {
  try {
    localStorage.setItem("factquiz:timer", on ? "on" : "off");
  } catch {
    // not remembered
  }
}
