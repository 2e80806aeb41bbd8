import { useEffect, useRef, useState } from "preact/hooks";
import type { AnswerValue } from "../../../questions/grade.ts";
import type { PublicQuestion } from "../../../questions/types.ts";
import { api, bearer, RequestError, send } from "../api";
import { remember as rememberRevealed } from "../learn/revealed";
import { drainQueue, enqueueAnswer, type QueuedAnswer } from "./answer-queue";
import { verdictAnnouncement, type Verdict } from "./Feedback";
import { useOnline } from "./use-online";
import { withRetry } from "./retry";
import { inAttemptOrder } from "./attempt-order";
import { forgetAttempt, loadAttempt, saveAttempt, setTimerPreference, type SavedAttempt } from "./saved-attempt";

/** The quiz as the play screen gets it: questions without answers. */
export type PlayQuiz = { id: string; title: string; questions: PublicQuestion[] };

/** An answer the server has graded. */
export type Answered = { given: AnswerValue; verdict: Verdict };

/** An answer graded after the student had moved on (it waited on this phone for the network). */
export type LateResult = { number: number; question: PublicQuestion; answered: Answered };

export type Screen =
  | { kind: "loading" }
  | { kind: "failed"; message: string; missing: boolean }
  | { kind: "name"; notice?: string }
  | { kind: "question" }
  | { kind: "finishing" }
  | { kind: "end" }
  | { kind: "practice" };

const SAVING = "Saving your answer…";

/** A failed request that a connection would fix (as opposed to the server refusing it). */
const isNetworkTrouble = (err: unknown) => !(err instanceof RequestError) || err.retryable;

/**
 * The play route's state and the moves between its screens. The server owns the attempt (answers,
 * verdicts, score); this browser keeps the attempt's id and token, the answers not yet sent (a
 * queue, sent in order), the verdicts so far and how far the student has moved on, so a reload,
 * even offline, resumes on the same screen.
 */
export function usePlay(quizId: string, announce: (text: string) => void) {
  const [screen, setScreen] = useState<Screen>({ kind: "loading" });
  const [quiz, setQuiz] = useState<PlayQuiz | null>(null);
  const [position, setPosition] = useState(0);
  const [answers, setAnswers] = useState<Record<string, Answered>>({});
  const [queue, setQueue] = useState<QueuedAnswer[]>([]);
  /** The connection failed on the answer at the head of the queue and has not come back since. */
  const [stalled, setStalled] = useState(false);
  const [saveStatus, setSaveStatus] = useState("");
  const [late, setLate] = useState<LateResult[]>([]);
  const [result, setResult] = useState<{ score: number; total: number; rank?: number } | null>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState("");
  const [loads, setLoads] = useState(0);
  const online = useOnline();
  const saved = useRef<SavedAttempt | null>(null);
  const quizRef = useRef<PlayQuiz | null>(null);
  const positionRef = useRef(0);
  positionRef.current = position;
  quizRef.current = quiz;

  const remember = (patch: Partial<SavedAttempt>) => {
    if (!saved.current) return;
    saved.current = { ...saved.current, ...patch };
    saveAttempt(quizId, saved.current);
  };

  const graded = (questionId: string, answered: Answered) => {
    remember({ graded: { ...saved.current?.graded, [questionId]: answered } });
    setAnswers((old) => ({ ...old, [questionId]: answered }));
    const { correctAnswer, ...rest } = answered.verdict;
    rememberRevealed(quizId, questionId, { answer: correctAnswer, explanation: rest.explanation, evidence: rest.evidence }, !rest.correct);
  };

  const draining = useRef<Promise<void> | null>(null);

  /** Sends every queued answer, in order, once; resolves when none is left. One loop at a time. */
  const drain = (): Promise<void> => {
    const attempt = saved.current;
    if (!attempt) return Promise.resolve();
    draining.current ??= drainQueue<Verdict>({
      load: () => saved.current?.queue ?? [],
      save: (q) => {
        remember({ queue: q });
        setQueue(q);
      },
      send: ({ questionId, answer }) => {
        // A fast save needs no message; a slow one gets "Saving…", a failing one lets the student move on.
        const slow = setTimeout(() => setSaveStatus(SAVING), 600);
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
            setStalled(true);
            setSaveStatus("");
          },
        ).finally(() => clearTimeout(slow));
      },
      onSent: ({ questionId, answer }, verdict) => {
        setStalled(false);
        setSaveStatus("");
        graded(questionId, { given: answer, verdict });
        const questions = quizRef.current?.questions ?? [];
        const at = questions.findIndex((q) => q.id === questionId);
        if (at === positionRef.current) return announce(verdictAnnouncement(verdict));
        // The student moved on while this answer waited: tell them how it went.
        setLate((old) => [...old, { number: at + 1, question: questions[at]!, answered: { given: answer, verdict } }]);
        announce(`Your answer to question ${at + 1} was checked: ${verdict.correct ? "right" : "not quite"}.`);
      },
      onRefused: (_item, err) => {
        setStalled(false);
        setSaveStatus(`Your answer could not be saved: ${(err as Error).message}`);
      },
    }).finally(() => {
      draining.current = null;
    });
    return draining.current;
  };

  const finish = async () => {
    const attempt = saved.current;
    if (!attempt) return;
    setScreen({ kind: "finishing" });
    // Every answer waiting on this phone goes first: the score must count them.
    await drain();
    let done;
    try {
      done = await withRetry(
        () => send(api.attempts[":attemptId"].finish.$post({ param: { attemptId: attempt.attemptId } }, bearer(attempt.token))),
        () => setSaveStatus("Reconnecting… Your answers are saved; the score will come as soon as the connection is back."),
      );
    } catch (err) {
      return setScreen({ kind: "failed", missing: false, message: (err as Error).message });
    } finally {
      setSaveStatus("");
    }
    remember({ result: done });
    setResult(done);
    setScreen({ kind: "end" });
    studyWholeQuiz(quizId, attempt);
  };

  useEffect(() => {
    let live = true;
    (async () => {
      setScreen({ kind: "loading" });
      let loaded: PlayQuiz;
      try {
        loaded = await send(api.quizzes[":id"].$get({ param: { id: quizId } }));
      } catch (err) {
        const missing = err instanceof RequestError && err.status === 404;
        if (live) setScreen({ kind: "failed", missing, message: missing ? "There is no quiz at this address." : (err as Error).message });
        return;
      }
      if (!live) return;
      setQuiz(loaded);
      quizRef.current = loaded;
      const stored = loadAttempt(quizId);
      if (!stored) return setScreen({ kind: "name" });
      // An answer left in flight by an older version of this page joins the queue.
      const waiting = stored.pending ? enqueueAnswer(stored.queue ?? [], stored.pending) : (stored.queue ?? []);

      let restored: Record<string, Answered> = {};
      let attempt;
      try {
        attempt = await send(api.attempts[":attemptId"].$get({ param: { attemptId: stored.attemptId } }, bearer(stored.token)));
      } catch (err) {
        if (!live) return;
        if (!isNetworkTrouble(err)) {
          forgetAttempt(quizId);
          return setScreen({ kind: "name", notice: "We could not find your earlier game on this device, so this is a fresh start." });
        }
        // Offline: resume from what this phone kept; the queue goes out when the connection is back.
        if (!stored.graded && !waiting.length && stored.advanced === 0 && !stored.result) {
          return setScreen({ kind: "failed", missing: false, message: (err as Error).message });
        }
        restored = stored.graded ?? {};
      }
      if (!live) return;
      if (attempt) {
        for (const [questionId, a] of Object.entries(attempt.answers)) {
          restored[questionId] = {
            given: a.answer,
            verdict: { correct: a.correct, correctAnswer: a.correctAnswer, explanation: a.explanation, evidence: a.evidence, points: a.points, pairs: a.pairs },
          };
        }
      }
      const ordered = inAttemptOrder(loaded, attempt ? attempt.order : stored.order);
      setQuiz(ordered);
      quizRef.current = ordered;
      const queue = waiting.filter((q) => !restored[q.questionId]);
      saved.current = { ...stored, pending: undefined, queue, graded: restored, order: attempt ? attempt.order : stored.order };
      saveAttempt(quizId, saved.current);
      setAnswers(restored);
      setQueue(queue);
      if (attempt?.finished || (!attempt && stored.result)) {
        const done = attempt ? { score: attempt.score ?? 0, total: attempt.total, rank: stored.result?.rank } : stored.result!;
        remember({ result: done });
        setResult(done);
        return setScreen({ kind: "end" });
      }
      const at = Math.min(stored.advanced, loaded.questions.length);
      setPosition(at);
      positionRef.current = at;
      if (at >= loaded.questions.length) return void finish();
      setScreen({ kind: "question" });
      if (queue.length) void drain();
    })();
    return () => {
      live = false;
    };
  }, [quizId, loads]);

  const current = quiz?.questions[position];
  const queued = current ? queue.find((q) => q.questionId === current.id) : undefined;

  return {
    screen,
    quiz,
    position,
    answers,
    /** The current question's answer while it waits to be sent. */
    pending: queued?.answer,
    /** Whether the current answer is saved on this phone while the connection is down (the student may move on). */
    waitingOffline: Boolean(queued) && (stalled || !online),
    /** How many answers wait on this phone to be sent. */
    queued: queue.length,
    online,
    late,
    dismissLate: () => setLate([]),
    saveStatus,
    result,
    starting,
    startError,
    timer: saved.current?.timer ?? false,
    token: saved.current?.token ?? "",
    retryLoad: () => setLoads((n) => n + 1),

    start: async (name: string, timer: boolean) => {
      setStarting(true);
      setStartError("");
      setTimerPreference(timer);
      try {
        const created = await send(api.quizzes[":id"].attempts.$post({ param: { id: quizId }, json: { name } }));
        saved.current = { attemptId: created.attemptId, token: created.token, name, timer, advanced: 0, order: created.order };
        if (quizRef.current) setQuiz((quizRef.current = inAttemptOrder(quizRef.current, created.order)));
        saveAttempt(quizId, saved.current);
        setAnswers({});
        setQueue([]);
        setLate([]);
        setPosition(0);
        setScreen({ kind: "question" });
      } catch (err) {
        setStartError((err as Error).message);
      } finally {
        setStarting(false);
      }
    },

    answer: (answer: AnswerValue) => {
      if (!current || queued || answers[current.id] || !saved.current) return;
      // Saved on this phone before it is sent, so neither a reload nor a lost connection loses it.
      const next = enqueueAnswer(saved.current.queue ?? [], { questionId: current.id, answer });
      remember({ queue: next });
      setQueue(next);
      void drain();
    },

    next: () => {
      if (!quiz) return;
      const at = position + 1;
      remember({ advanced: at });
      if (at >= quiz.questions.length) void finish();
      else setPosition(at);
    },

    practice: () => setScreen({ kind: "practice" }),
    backToResults: () => setScreen({ kind: "end" }),

    /** Forget this device's game so someone else (or the same student) can play afresh. */
    startOver: () => {
      forgetAttempt(quizId);
      saved.current = null;
      setResult(null);
      setAnswers({});
      setQueue([]);
      setLate([]);
      setScreen({ kind: "name" });
    },
  };
}

/**
 * After a finished attempt the whole quiz may be studied: fetch every answer once and keep it on
 * this phone for learning mode (offline too). Best effort: learning mode asks again if this fails.
 */
function studyWholeQuiz(quizId: string, attempt: SavedAttempt) {
  send(api.attempts[":attemptId"].review.$get({ param: { attemptId: attempt.attemptId } }, bearer(attempt.token)))
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

