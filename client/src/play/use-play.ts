import type { ClientResponse } from "hono/client";
import { useEffect, useReducer, useRef } from "preact/hooks";
import type { AnswerValue } from "../../../questions/grade.ts";
import { api, bearer, RequestError, send } from "../api";
import { remember as rememberRevealed } from "../learn/revealed";
import { drainQueue, enqueueAnswer } from "./answer-queue";
import { type AttemptOrder, inAttemptOrder } from "./attempt-order";
import { deviceId } from "./device-id";
import { type Verdict, verdictAnnouncement } from "./Feedback";
import {
  type Answered,
  initialPlayState,
  joinDelay,
  notOpenPollDelay,
  type PlayQuiz,
  type PlayResult,
  type PlayState,
  playReducer,
  readyToPlay,
  retryAfterSeconds,
} from "./play-state";
import { readQuiz, takeEarlyQuiz } from "./quiz-read";
import { withRetry } from "./retry";
import {
  forgetAttempt,
  loadAttempt,
  type SavedAttempt,
  saveAttempt,
  setTimerPreference,
} from "./saved-attempt";
import { useOnline } from "./use-online";

/** The success body `send` resolves to for one endpoint's client method. */
type SentBody<M extends (...args: never[]) => Promise<ClientResponse<unknown>>> = Awaited<
  ReturnType<typeof send<Awaited<ReturnType<M>>>>
>;

export type { Answered, LateResult, PlayQuiz, Screen } from "./play-state";

const SAVING = "Saving your answer…";

/** A failed request that a connection would fix (as opposed to the server refusing it). */
const isNetworkTrouble = (err: unknown) => !(err instanceof RequestError) || err.retryable;

/** Waits `ms`; resolves early when `cancelled()` turns true (checked every half second). */
function sleep(ms: number, cancelled: () => boolean) {
  return new Promise<void>((resolve) => {
    const end = Date.now() + ms;
    const tick = () =>
      cancelled() || Date.now() >= end
        ? resolve()
        : setTimeout(tick, Math.min(500, end - Date.now()));
    tick();
  });
}

/** Resolves when the browser says it is online again (or at once if it is). */
function backOnline() {
  return new Promise<void>((resolve) => {
    if (navigator.onLine) return resolve();
    addEventListener("online", () => resolve(), { once: true });
  });
}

/**
 * The first state: ready to play when the quiz came with the page (main.tsx reads it early) and
 * this device has no game of it to resume; loading otherwise.
 */
function firstState(quizId: string): PlayState {
  const quiz = loadAttempt(quizId) ? undefined : takeEarlyQuiz(quizId);
  return quiz ? readyToPlay(quiz) : initialPlayState;
}

/**
 * The play route's state and the moves between its screens; the moves themselves are
 * `playReducer`, a pure function tested on its own. The server owns the attempt (answers,
 * verdicts, score); this browser keeps the attempt's id and token, the answers not yet sent (a
 * queue, sent in order), the verdicts so far and how far the student has moved on, so a reload,
 * even offline, resumes on the same screen. Joining waits out a busy server (429) or a lost
 * connection by itself, and a quiz that is not open yet is asked for again until it is.
 */
export function usePlay(quizId: string, announce: (text: string) => void) {
  const [state, dispatch] = useReducer(playReducer, quizId, firstState);
  /** Whether the first render already had the quiz, so the first load has nothing left to do. */
  const loadedFirst = useRef(state.quiz !== null);
  const online = useOnline();
  const saved = useRef<SavedAttempt | null>(null);
  const quizRef = useRef<PlayQuiz | null>(null);
  const positionRef = useRef(0);
  /** Bumped to abandon a join in progress (cancel, leaving the page). */
  const joinRun = useRef(0);
  positionRef.current = state.position;
  quizRef.current = state.quiz;

  const remember = (patch: Partial<SavedAttempt>) => {
    if (!saved.current) return;
    saved.current = { ...saved.current, ...patch };
    saveAttempt(quizId, saved.current);
  };

  const graded = (questionId: string, answered: Answered) => {
    remember({ graded: { ...saved.current?.graded, [questionId]: answered } });
    dispatch({ type: "graded", questionId, answered });
    const { correctAnswer, ...rest } = answered.verdict;
    rememberRevealed(
      quizId,
      questionId,
      { answer: correctAnswer, explanation: rest.explanation, evidence: rest.evidence },
      !rest.correct,
    );
  };

  const draining = useRef<Promise<void> | null>(null);

  /** Sends every queued answer, in order, once; resolves when none is left. One loop at a time. */
  const drain = (): Promise<void> => {
    const attempt = saved.current;
    if (!attempt) return Promise.resolve();
    draining.current ??= drainQueue<Verdict>({
      load: () => saved.current?.queue ?? [],
      save: (queue) => {
        remember({ queue });
        dispatch({ type: "queueChanged", queue });
      },
      send: ({ questionId, answer }) => {
        // A fast save needs no message; a slow one gets "Saving…", a failing one lets the student
        // move on.
        const slow = setTimeout(() => dispatch({ type: "saveStatus", text: SAVING }), 600);
        return withRetry(
          () =>
            send(
              api.attempts[":attemptId"].answers[":questionId"].$put(
                { param: { attemptId: attempt.attemptId, questionId }, json: { answer } },
                bearer(attempt.token),
              ),
            ),
          () => {
            clearTimeout(slow);
            dispatch({ type: "stalled", stalled: true });
          },
        ).finally(() => clearTimeout(slow));
      },
      onSent: ({ questionId, answer }, verdict) => {
        dispatch({ type: "stalled", stalled: false });
        dispatch({ type: "saveStatus", text: "" });
        graded(questionId, { given: answer, verdict });
        const questions = quizRef.current?.questions ?? [];
        const at = questions.findIndex((q) => q.id === questionId);
        if (at === positionRef.current) return announce(verdictAnnouncement(verdict));
        // The student moved on while this answer waited: tell them how it went.
        dispatch({
          type: "late",
          item: { number: at + 1, question: questions[at]!, answered: { given: answer, verdict } },
        });
        const how = verdict.correct ? "right" : "not quite";
        announce(`Your answer to question ${at + 1} was checked: ${how}.`);
      },
      onRefused: (_item, err) => {
        dispatch({ type: "stalled", stalled: false });
        dispatch({
          type: "saveStatus",
          text: `Your answer could not be saved: ${(err as Error).message}`,
        });
      },
    }).finally(() => {
      draining.current = null;
    });
    return draining.current;
  };

  const finished = (result: PlayResult) => {
    remember({ result });
    dispatch({ type: "finished", result });
  };

  const finish = async () => {
    const attempt = saved.current;
    if (!attempt) return;
    dispatch({ type: "finishing" });
    // Every answer waiting on this phone goes first: the score must count them.
    await drain();
    let done: SentBody<(typeof api.attempts)[":attemptId"]["finish"]["$post"]>;
    try {
      done = await withRetry(
        () =>
          send(
            api.attempts[":attemptId"].finish.$post(
              { param: { attemptId: attempt.attemptId } },
              bearer(attempt.token),
            ),
          ),
        () =>
          dispatch({
            type: "saveStatus",
            text:
              "Reconnecting… Your answers are saved; " +
              "the score will come as soon as the connection is back.",
          }),
      );
    } catch (err) {
      return dispatch({ type: "loadFailed", missing: false, message: (err as Error).message });
    }
    finished({
      score: done.score,
      total: done.total,
      rank: done.rank ?? undefined,
      practice: done.practice,
    });
    studyWholeQuiz(quizId, attempt);
  };

  useEffect(() => {
    let live = true;
    const leave = () => {
      live = false;
      joinRun.current++;
    };
    if (loadedFirst.current) {
      loadedFirst.current = false;
      return leave;
    }
    (async () => {
      dispatch({ type: "load" });
      let loaded: PlayQuiz;
      try {
        loaded = await readQuiz(quizId);
      } catch (err) {
        if (!live) return;
        if (err instanceof RequestError && err.code === "quiz_not_open") {
          dispatch({ type: "notOpen" });
          // Ask again in a few seconds: the page starts by itself once the teacher opens the quiz.
          await sleep(notOpenPollDelay(Math.random()), () => !live);
          if (live) dispatch({ type: "retryLoad" });
          return;
        }
        const missing = err instanceof RequestError && err.status === 404;
        dispatch({
          type: "loadFailed",
          missing,
          message: missing ? "There is no quiz at this address." : (err as Error).message,
        });
        return;
      }
      if (!live) return;
      dispatch({ type: "loaded", quiz: loaded });
      quizRef.current = loaded;
      const stored = loadAttempt(quizId);
      if (!stored)
        return dispatch(loaded.status === "closed" ? { type: "closed" } : { type: "askName" });
      // An answer left in flight by an older version of this page joins the queue.
      const waiting = stored.pending
        ? enqueueAnswer(stored.queue ?? [], stored.pending)
        : (stored.queue ?? []);

      let restored: Record<string, Answered> = {};
      let attempt: SentBody<(typeof api.attempts)[":attemptId"]["$get"]> | undefined;
      try {
        attempt = await send(
          api.attempts[":attemptId"].$get(
            { param: { attemptId: stored.attemptId } },
            bearer(stored.token),
          ),
        );
      } catch (err) {
        if (!live) return;
        if (!isNetworkTrouble(err)) {
          forgetAttempt(quizId);
          return dispatch({
            type: "askName",
            notice: "We could not find your earlier game on this device, so this is a fresh start.",
          });
        }
        // Offline: resume from what this phone kept; the queue goes out when the connection is
        // back.
        if (!stored.graded && !waiting.length && stored.advanced === 0 && !stored.result) {
          return dispatch({ type: "loadFailed", missing: false, message: (err as Error).message });
        }
        restored = stored.graded ?? {};
      }
      if (!live) return;
      if (attempt) {
        for (const [questionId, a] of Object.entries(attempt.answers)) {
          restored[questionId] = {
            given: a.answer,
            verdict: {
              correct: a.correct,
              correctAnswer: a.correctAnswer,
              explanation: a.explanation,
              evidence: a.evidence,
              points: a.points,
              pairs: a.pairs,
            },
          };
        }
      }
      const queue = waiting.filter((q) => !restored[q.questionId]);
      const order = attempt ? attempt.order : stored.order;
      const ordered = inAttemptOrder(loaded, order);
      dispatch({ type: "loaded", quiz: ordered });
      quizRef.current = ordered;
      saved.current = { ...stored, pending: undefined, queue, graded: restored, order };
      saveAttempt(quizId, saved.current);
      if (attempt?.finished || (!attempt && stored.result)) {
        dispatch({ type: "resumed", answers: restored, queue, position: loaded.questions.length });
        const done = attempt
          ? {
              score: attempt.score ?? 0,
              total: attempt.total,
              rank: stored.result?.rank,
              practice: attempt.practice,
            }
          : stored.result!;
        return finished(done);
      }
      const at = Math.min(stored.advanced, loaded.questions.length);
      positionRef.current = at;
      dispatch({ type: "resumed", answers: restored, queue, position: at });
      if (at >= loaded.questions.length) return void finish();
      if (queue.length) void drain();
    })();
    return leave;
  }, [quizId, state.loads]);

  /**
   * Starts an attempt, never giving up on what waiting can fix: a 429 ("Joining…") waits its
   * Retry-After with jitter, a lost connection waits for the `online` event and retries with
   * backoff, a 5xx backs off. A draft or closed quiz, or a refused name, ends the join.
   */
  const start = async (name: string, timer: boolean) => {
    setTimerPreference(timer);
    const run = ++joinRun.current;
    const cancelled = () => joinRun.current !== run;
    dispatch({ type: "startRequested" });
    for (let failures = 0; !cancelled(); failures++) {
      if (!navigator.onLine) {
        dispatch({ type: "joinWaiting", waiting: "offline" });
        await Promise.race([backOnline(), sleep(30_000, cancelled)]);
        continue;
      }
      let res: Response;
      try {
        res = await api.quizzes[":id"].attempts.$post({
          param: { id: quizId },
          json: { name, device: deviceId() },
        });
      } catch {
        dispatch({ type: "joinWaiting", waiting: "offline" });
        await Promise.race([
          backOnline().then(() => sleep(joinDelay(0, null, Math.random()), cancelled)),
          sleep(joinDelay(failures, null, Math.random()), cancelled),
        ]);
        continue;
      }
      if (cancelled()) return;
      if (res.status === 201) {
        const created = (await res.json()) as {
          attemptId: string;
          token: string;
          name: string;
          order: AttemptOrder | null;
        };
        saved.current = {
          attemptId: created.attemptId,
          token: created.token,
          name: created.name,
          timer,
          advanced: 0,
          order: created.order,
        };
        if (quizRef.current) {
          quizRef.current = inAttemptOrder(quizRef.current, created.order);
          dispatch({ type: "loaded", quiz: quizRef.current });
        }
        saveAttempt(quizId, saved.current);
        positionRef.current = 0;
        return dispatch({ type: "started" });
      }
      if (res.status === 429 || res.status >= 500) {
        dispatch({ type: "joinWaiting", waiting: "busy" });
        const after =
          res.status === 429 ? retryAfterSeconds(res.headers.get("retry-after"), Date.now()) : null;
        await sleep(joinDelay(failures, after, Math.random()), cancelled);
        continue;
      }
      const error = (
        (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null
      )?.error;
      if (error?.code === "quiz_not_open") return dispatch({ type: "retryLoad" });
      if (error?.code === "quiz_closed") return dispatch({ type: "closed" });
      return dispatch({
        type: "startFailed",
        message: error?.message ?? "The server could not start your game.",
      });
    }
  };

  const { quiz, position, answers, queue } = state;
  const current = quiz?.questions[position];
  const queued = current ? queue.find((q) => q.questionId === current.id) : undefined;

  return {
    screen: state.screen,
    quiz,
    position,
    answers,
    /** The current question's answer while it waits to be sent. */
    pending: queued?.answer,
    /**
     * Whether the current answer is saved on this phone while the connection is down (the student
     * may move on).
     */
    waitingOffline: Boolean(queued) && (state.stalled || !online),
    /** How many answers wait on this phone to be sent. */
    queued: queue.length,
    /**
     * Whether the server can be reached: the browser's word, unless a send has just failed (a page
     * reloaded without a connection may still be told it is online).
     */
    online: online && !state.stalled,
    late: state.late,
    dismissLate: () => dispatch({ type: "dismissLate" }),
    saveStatus: state.saveStatus,
    result: state.result,
    startError: state.startError,
    timer: saved.current?.timer ?? false,
    token: saved.current?.token ?? "",
    name: saved.current?.name ?? "",
    retryLoad: () => dispatch({ type: "retryLoad" }),
    start,
    cancelJoin: () => {
      joinRun.current++;
      dispatch({ type: "cancelJoin" });
    },

    answer: (answer: AnswerValue) => {
      if (!current || queued || answers[current.id] || !saved.current) return;
      // Saved on this phone before it is sent, so neither a reload nor a lost connection loses it.
      const next = enqueueAnswer(saved.current.queue ?? [], { questionId: current.id, answer });
      remember({ queue: next });
      dispatch({ type: "queueChanged", queue: next });
      void drain();
    },

    next: () => {
      if (!quiz) return;
      const at = position + 1;
      remember({ advanced: at });
      if (at >= quiz.questions.length) void finish();
      else {
        positionRef.current = at;
        dispatch({ type: "advanced", position: at });
      }
    },

    practice: () => dispatch({ type: "practice" }),
    backToResults: () => dispatch({ type: "backToResults" }),

    /** Forget this device's game so someone else (or the same student) can play afresh. */
    startOver: () => {
      forgetAttempt(quizId);
      saved.current = null;
      dispatch({ type: "startOver" });
    },
  };
}

/**
 * After a finished attempt the whole quiz may be studied: fetch every answer once and keep it on
 * this phone for learning mode (offline too). Best effort: learning mode asks again if this fails.
 */
function studyWholeQuiz(quizId: string, attempt: SavedAttempt) {
  send(
    api.attempts[":attemptId"].review.$get(
      { param: { attemptId: attempt.attemptId } },
      bearer(attempt.token),
    ),
  )
    .then(({ questions }) => {
      for (const q of questions) {
        rememberRevealed(quizId, q.id, {
          answer: q.correctAnswer,
          accept: q.accept ?? [],
          explanation: q.explanation,
          evidence: q.evidence,
          ...(q.sources ? { sources: q.sources } : {}),
        });
      }
    })
    .catch(() => undefined);
}
