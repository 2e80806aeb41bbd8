import type { AnswerValue } from "../../../questions/grade.ts";
import type { PublicQuestion } from "../../../questions/types.ts";
import type { QueuedAnswer } from "./answer-queue";
import type { Verdict } from "./Feedback";

/** The quiz as the play screen gets it: questions without answers. */
export type PlayQuiz = {
  id: string;
  title: string;
  questions: PublicQuestion[];
  status?: "draft" | "open" | "closed";
};

/** An answer the server has graded. */
export type Answered = { given: AnswerValue; verdict: Verdict };

/** An answer graded after the student had moved on (it waited on this phone for the network). */
export type LateResult = { number: number; question: PublicQuestion; answered: Answered };

/** A finished attempt's score; `practice` when it was a try after the student's scored one. */
export type PlayResult = {
  score: number;
  total: number;
  rank?: number | undefined;
  practice?: boolean;
};

export type Screen =
  | { kind: "loading" }
  | { kind: "failed"; message: string; missing: boolean }
  /** A draft: the teacher has not opened it yet; the page asks again every few seconds. */
  | { kind: "not-open" }
  /** Closed by the teacher: no new attempts. */
  | { kind: "closed" }
  | { kind: "name"; notice?: string }
  /**
   * Starting, and waiting to try again: the server asked to wait (`busy`), or there is no
   * connection (`offline`).
   */
  | { kind: "joining"; waiting: "busy" | "offline" | null }
  | { kind: "question" }
  | { kind: "finishing" }
  | { kind: "end" }
  | { kind: "practice" };

export type PlayState = {
  screen: Screen;
  quiz: PlayQuiz | null;
  position: number;
  answers: Record<string, Answered>;
  queue: QueuedAnswer[];
  /** The connection failed on the answer at the head of the queue and has not come back since. */
  stalled: boolean;
  saveStatus: string;
  late: LateResult[];
  result: PlayResult | null;
  startError: string;
  /** Bumped to load the quiz again. */
  loads: number;
};

export const initialPlayState: PlayState = {
  screen: { kind: "loading" },
  quiz: null,
  position: 0,
  answers: {},
  queue: [],
  stalled: false,
  saveStatus: "",
  late: [],
  result: null,
  startError: "",
  loads: 0,
};

/**
 * The state once the quiz has loaded for a student with no game of it on this device: the name
 * form, or the closed notice. The same as `loaded` then `askName` (or `closed`) from the start.
 */
export function readyToPlay(quiz: PlayQuiz): PlayState {
  return {
    ...initialPlayState,
    quiz,
    screen: quiz.status === "closed" ? { kind: "closed" } : { kind: "name" },
  };
}

export type PlayAction =
  | { type: "load" }
  | { type: "loadFailed"; message: string; missing: boolean }
  | { type: "notOpen" }
  | { type: "closed" }
  | { type: "loaded"; quiz: PlayQuiz }
  | { type: "askName"; notice?: string }
  | { type: "resumed"; answers: Record<string, Answered>; queue: QueuedAnswer[]; position: number }
  | { type: "startRequested" }
  | { type: "joinWaiting"; waiting: "busy" | "offline" }
  | { type: "started" }
  | { type: "startFailed"; message: string }
  | { type: "cancelJoin" }
  | { type: "queueChanged"; queue: QueuedAnswer[] }
  | { type: "stalled"; stalled: boolean }
  | { type: "saveStatus"; text: string }
  | { type: "graded"; questionId: string; answered: Answered }
  | { type: "late"; item: LateResult }
  | { type: "dismissLate" }
  | { type: "advanced"; position: number }
  | { type: "finishing" }
  | { type: "finished"; result: PlayResult }
  | { type: "practice" }
  | { type: "backToResults" }
  | { type: "startOver" }
  | { type: "retryLoad" };

/**
 * Every move of the play route, as a pure function: the hook does the requests, this the
 * bookkeeping.
 */
export function playReducer(state: PlayState, action: PlayAction): PlayState {
  switch (action.type) {
    case "load":
      return { ...state, screen: { kind: "loading" } };
    case "loadFailed":
      return {
        ...state,
        screen: { kind: "failed", message: action.message, missing: action.missing },
      };
    case "notOpen":
      return { ...state, screen: { kind: "not-open" } };
    case "closed":
      return { ...state, screen: { kind: "closed" } };
    case "loaded":
      return { ...state, quiz: action.quiz };
    case "askName":
      return {
        ...state,
        screen: action.notice ? { kind: "name", notice: action.notice } : { kind: "name" },
      };
    case "resumed":
      return {
        ...state,
        answers: action.answers,
        queue: action.queue,
        position: action.position,
        screen: { kind: "question" },
      };
    case "startRequested":
      return { ...state, startError: "", screen: { kind: "joining", waiting: null } };
    case "joinWaiting":
      // Only while still joining: a cancel in between wins.
      return state.screen.kind === "joining"
        ? { ...state, screen: { kind: "joining", waiting: action.waiting } }
        : state;
    case "started":
      return {
        ...state,
        answers: {},
        queue: [],
        late: [],
        position: 0,
        result: null,
        screen: { kind: "question" },
      };
    case "startFailed":
      return { ...state, startError: action.message, screen: { kind: "name" } };
    case "cancelJoin":
      return state.screen.kind === "joining" ? { ...state, screen: { kind: "name" } } : state;
    case "queueChanged":
      return { ...state, queue: action.queue };
    case "stalled":
      return { ...state, stalled: action.stalled, ...(action.stalled ? { saveStatus: "" } : {}) };
    case "saveStatus":
      return { ...state, saveStatus: action.text };
    case "graded":
      return { ...state, answers: { ...state.answers, [action.questionId]: action.answered } };
    case "late":
      return { ...state, late: [...state.late, action.item] };
    case "dismissLate":
      return { ...state, late: [] };
    case "advanced":
      return { ...state, position: action.position };
    case "finishing":
      return { ...state, screen: { kind: "finishing" } };
    case "finished":
      return { ...state, result: action.result, saveStatus: "", screen: { kind: "end" } };
    case "practice":
      return state.result ? { ...state, screen: { kind: "practice" } } : state;
    case "backToResults":
      return state.result ? { ...state, screen: { kind: "end" } } : state;
    case "startOver":
      return {
        ...state,
        result: null,
        answers: {},
        queue: [],
        late: [],
        position: 0,
        screen: { kind: "name" },
      };
    case "retryLoad":
      return { ...state, loads: state.loads + 1, screen: { kind: "loading" } };
  }
}

/**
 * How long to wait before trying to join again. A 429's Retry-After is honoured, with up to half
 * as much again of jitter so a class told "10 s" does not come back in step; without one (a
 * network failure, a 5xx) the wait doubles from 1 s to at most 30 s, with the same jitter.
 */
export function joinDelay(
  failures: number,
  retryAfterSeconds: number | null,
  random: number,
): number {
  const base =
    retryAfterSeconds !== null && retryAfterSeconds >= 0
      ? retryAfterSeconds * 1000
      : Math.min(1000 * 2 ** failures, 30_000);
  return Math.round(base * (1 + 0.5 * random));
}

/**
 * A Retry-After header in seconds (delta-seconds or an HTTP date), or null when absent or
 * unreadable.
 */
export function retryAfterSeconds(header: string | null, now: number): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * How often a "not open yet" page asks again: 10 s, give or take 3 s, so a class does not ask in
 * step.
 */
export const notOpenPollDelay = (random: number) => Math.round(7_000 + 6_000 * random);
