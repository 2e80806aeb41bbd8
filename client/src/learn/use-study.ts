import { useEffect, useState } from "preact/hooks";
import { gradeAnswer, type AnswerValue } from "../../../questions/grade.ts";
import type { PublicQuestion } from "../../../questions/types.ts";
import { api, bearer, RequestError, send } from "../api";
import { loadAttempt } from "../play/saved-attempt";
import type { PlayQuiz } from "../play/use-play";
import { loadRevealed, remember, type QuizKnowledge, type Revealed } from "./revealed";

/** Fill-in and numeric answers accept other forms; a reveal from scored feedback does not know them. */
const needsAcceptList = (q: PublicQuestion) => q.type === "fill" || q.type === "numeric";

/** Whether this browser knows enough about `q` to grade an answer to it locally. */
export const canGradeLocally = (q: PublicQuestion, known: Revealed | undefined): known is Revealed =>
  Boolean(known) && (known!.accept !== undefined || !needsAcceptList(q));

/** Grades with the shared grader against what was revealed: the same verdict the server gives. */
export function gradeLocally(q: PublicQuestion, known: Revealed, given: AnswerValue): boolean {
  return gradeAnswer(
    { ...q, answer: known.answer, accept: known.accept ?? [], explanation: known.explanation, evidence: { paragraph: 0, ...known.evidence }, difficulty: "medium" },
    given,
  );
}

/** A check that could not reach the server: the question needs a connection the first time. */
export class NeedsConnection extends Error {}

export type StudyState =
  | { status: "loading" }
  | { status: "failed"; message: string }
  | { status: "ready"; quiz: PlayQuiz & { article: { paragraphs: string[] } } };

/**
 * A quiz for learning mode: the public quiz (kept offline by the service worker once opened) and
 * what this browser has learned of its answers. After a finished scored attempt on this device,
 * the whole quiz's answers are fetched once (the attempt's review) and kept.
 */
export function useStudy(quizId: string) {
  const [state, setState] = useState<StudyState>({ status: "loading" });
  const [known, setKnown] = useState<QuizKnowledge>(() => loadRevealed(quizId));
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ status: "loading" });
    setKnown(loadRevealed(quizId));
    send(api.quizzes[":id"].$get({ param: { id: quizId } }))
      .then((quiz) => {
        if (!live) return;
        setState({ status: "ready", quiz });
        const attempt = loadAttempt(quizId);
        const have = loadRevealed(quizId).questions;
        if (attempt?.result && quiz.questions.some((q) => !canGradeLocally(q, have[q.id]))) {
          send(api.attempts[":attemptId"].review.$get({ param: { attemptId: attempt.attemptId } }, bearer(attempt.token)))
            .then(({ questions }) => {
              for (const q of questions) remember(quizId, q.id, revealedFrom(q));
              if (live) setKnown(loadRevealed(quizId));
            })
            .catch(() => undefined);
        }
      })
      .catch((err: RequestError) => {
        if (!live) return;
        const message =
          err.status === 404
            ? "There is no quiz at this address."
            : err.status === 0
              ? "This quiz needs a connection the first time you open it. Once opened, it works offline."
              : err.message;
        setState({ status: "failed", message });
      });
    return () => {
      live = false;
    };
  }, [quizId, loads]);

  return {
    state,
    known,
    retry: () => setLoads((n) => n + 1),
    /**
     * Checks an answer on the server (the first time a question is seen) and keeps what it
     * reveals; an empty answer means "I don't know, show me". Throws `NeedsConnection` offline.
     */
    check: async (question: PublicQuestion, answer: AnswerValue) => {
      try {
        const checked = await send(
          api.quizzes[":id"].questions[":questionId"].check.$post({ param: { id: quizId, questionId: question.id }, json: { answer } }),
        );
        remember(quizId, question.id, revealedFrom(checked));
        setKnown(loadRevealed(quizId));
        return checked;
      } catch (err) {
        if (err instanceof RequestError && err.retryable) throw new NeedsConnection(err.message);
        throw err;
      }
    },
  };
}

type RevealBody = { correctAnswer: AnswerValue; accept?: string[]; explanation: string; evidence: Revealed["evidence"]; sources?: Revealed["evidence"][] };

/** What a check or review response reveals, in the form this browser keeps (the accept list always present). */
function revealedFrom(body: RevealBody): Revealed {
  return {
    answer: body.correctAnswer,
    accept: body.accept ?? [],
    explanation: body.explanation,
    evidence: body.evidence,
    ...(body.sources ? { sources: body.sources } : {}),
  };
}
