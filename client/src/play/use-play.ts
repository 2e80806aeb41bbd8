import { useEffect, useRef, useState } from "preact/hooks";
import type { AnswerValue } from "../../../questions/grade.ts";
import type { PublicQuestion } from "../../../questions/types.ts";
import { api, bearer, RequestError, send } from "../api";
import { verdictAnnouncement, type Verdict } from "./Feedback";
import { withRetry } from "./retry";
import { forgetAttempt, loadAttempt, saveAttempt, setTimerPreference, type SavedAttempt } from "./saved-attempt";

/** The quiz as the play screen gets it: questions without answers. */
export type PlayQuiz = { id: string; title: string; questions: PublicQuestion[] };

/** An answer the server has graded. */
export type Answered = { given: AnswerValue; verdict: Verdict };

export type Screen =
  | { kind: "loading" }
  | { kind: "failed"; message: string; missing: boolean }
  | { kind: "name"; notice?: string }
  | { kind: "question" }
  | { kind: "finishing" }
  | { kind: "end" }
  | { kind: "practice" };

const SAVING = "Saving your answer…";
const RECONNECTING = "Reconnecting… Your answer is kept and will be sent as soon as the connection is back.";

/**
 * The play route's state and the moves between its screens. The server owns the attempt (answers,
 * verdicts, score); this browser keeps the attempt's id and token, the answer in flight and how far
 * the student has moved on, so a reload resumes on the same screen.
 */
export function usePlay(quizId: string, announce: (text: string) => void) {
  const [screen, setScreen] = useState<Screen>({ kind: "loading" });
  const [quiz, setQuiz] = useState<PlayQuiz | null>(null);
  const [position, setPosition] = useState(0);
  const [answers, setAnswers] = useState<Record<string, Answered>>({});
  const [pending, setPending] = useState<AnswerValue | undefined>();
  const [saveStatus, setSaveStatus] = useState("");
  const [result, setResult] = useState<{ score: number; total: number; rank?: number } | null>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState("");
  const [loads, setLoads] = useState(0);
  const saved = useRef<SavedAttempt | null>(null);

  const remember = (patch: Partial<SavedAttempt>) => {
    if (!saved.current) return;
    saved.current = { ...saved.current, ...patch };
    saveAttempt(quizId, saved.current);
  };

  const sending = useRef(false);

  const submit = async (question: PublicQuestion, answer: AnswerValue) => {
    const attempt = saved.current;
    // One answer at a time: a double tap must not send a second answer before the screen updates.
    if (!attempt || sending.current) return;
    sending.current = true;
    remember({ pending: { questionId: question.id, answer } });
    setPending(answer);
    // A fast save needs no message; a slow one gets "Saving…", a failing one "Reconnecting…".
    const slow = setTimeout(() => setSaveStatus(SAVING), 600);
    try {
      const verdict = await withRetry(
        () =>
          send(
            api.attempts[":attemptId"].answers[":questionId"].$put(
              { param: { attemptId: attempt.attemptId, questionId: question.id }, json: { answer } },
              bearer(attempt.token),
            ),
          ),
        () => setSaveStatus(RECONNECTING),
      );
      remember({ pending: undefined });
      setAnswers((old) => ({ ...old, [question.id]: { given: answer, verdict } }));
      announce(verdictAnnouncement(verdict));
      setSaveStatus("");
    } catch (err) {
      remember({ pending: undefined });
      setSaveStatus(`Your answer could not be saved: ${(err as Error).message}`);
    } finally {
      clearTimeout(slow);
      sending.current = false;
      setPending(undefined);
    }
  };

  const finish = async () => {
    const attempt = saved.current;
    if (!attempt) return;
    setScreen({ kind: "finishing" });
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
      const stored = loadAttempt(quizId);
      if (!stored) return setScreen({ kind: "name" });

      let attempt;
      try {
        attempt = await send(api.attempts[":attemptId"].$get({ param: { attemptId: stored.attemptId } }, bearer(stored.token)));
      } catch (err) {
        if (!live) return;
        if (err instanceof RequestError && !err.retryable) {
          forgetAttempt(quizId);
          return setScreen({ kind: "name", notice: "We could not find your earlier game on this device, so this is a fresh start." });
        }
        return setScreen({ kind: "failed", missing: false, message: (err as Error).message });
      }
      if (!live) return;
      saved.current = stored;
      const restored: Record<string, Answered> = {};
      for (const [questionId, a] of Object.entries(attempt.answers)) {
        restored[questionId] = {
          given: a.answer,
          verdict: { correct: a.correct, correctAnswer: a.correctAnswer, explanation: a.explanation, evidence: a.evidence },
        };
      }
      setAnswers(restored);
      if (attempt.finished) {
        const done = { score: attempt.score ?? 0, total: attempt.total, rank: stored.result?.rank };
        remember({ result: done });
        setResult(done);
        return setScreen({ kind: "end" });
      }
      const at = Math.min(stored.advanced, loaded.questions.length);
      setPosition(at);
      if (at >= loaded.questions.length) return void finish();
      setScreen({ kind: "question" });
      const current = loaded.questions[at]!;
      if (stored.pending?.questionId === current.id && !restored[current.id]) void submit(current, stored.pending.answer);
    })();
    return () => {
      live = false;
    };
  }, [quizId, loads]);

  return {
    screen,
    quiz,
    position,
    answers,
    pending,
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
        saved.current = { attemptId: created.attemptId, token: created.token, name, timer, advanced: 0 };
        saveAttempt(quizId, saved.current);
        setAnswers({});
        setPosition(0);
        setScreen({ kind: "question" });
      } catch (err) {
        setStartError((err as Error).message);
      } finally {
        setStarting(false);
      }
    },

    answer: (answer: AnswerValue) => {
      const question = quiz?.questions[position];
      if (question && pending === undefined && !answers[question.id]) void submit(question, answer);
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
      setScreen({ kind: "name" });
    },
  };
}
