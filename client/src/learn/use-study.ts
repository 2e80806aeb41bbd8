import { useEffect, useState } from "preact/hooks";
import { type AnswerValue, gradeAnswer } from "../../../questions/grade.ts";
import type { PublicQuestion } from "../../../questions/types.ts";
import { api, bearer, RequestError, send } from "../api";
import { loadAttempt } from "../play/saved-attempt";
import type { PlayQuiz } from "../play/use-play";
import { loadRevealed, type QuizKnowledge, type Revealed, remember } from "./revealed";

/**
 * Fill-in and numeric answers accept other forms; a reveal from scored feedback does not know them.
 */
const needsAcceptList = (q: PublicQuestion) => q.type === "fill" || q.type === "numeric";

/** Whether this browser knows enough about `q` to grade an answer to it locally. */
export const canGradeLocally = (
  q: PublicQuestion,
  known: Revealed | undefined,
): known is Revealed => Boolean(known) && (known!.accept !== undefined || !needsAcceptList(q));

/** Grades with the shared grader against what was revealed: the same verdict the server gives. */
export function gradeLocally(q: PublicQuestion, known: Revealed, given: AnswerValue): boolean {
  return gradeAnswer(
    {
      ...q,
      answer: known.answer,
      accept: known.accept ?? [],
      explanation: known.explanation,
      evidence: { paragraph: 0, ...known.evidence },
      difficulty: "medium",
    },
    given,
  );
}

/** A check that could not reach the server: the question needs a connection the first time. */
export class NeedsConnection extends Error {}

/**
 * A check the server refused because practice on this quiz opens only after the question is
 * answered in the scored quiz (`play_first`), or because this browser has no attempt to show for
 * it.
 */
export class PlayFirst extends Error {}

/**
 * The refusals that mean "play this question first": no attempt of this quiz, or one that has not
 * answered it.
 */
const meansPlayFirst = (err: RequestError) =>
  err.code === "play_first" ||
  err.status === 401 ||
  err.code === "forbidden" ||
  err.code === "attempt_not_found";

export type StudyQuiz = PlayQuiz & {
  article: { paragraphs: string[] };
  practice: "open" | "after-answering";
};

export type StudyState =
  | { status: "loading" }
  | { status: "failed"; message: string; missing: boolean }
  | { status: "ready"; quiz: StudyQuiz };

/**
 * A quiz for learning mode: the public quiz (kept offline by the service worker once opened) and
 * what this browser has learned of its answers. After a finished scored attempt on this device,
 * the whole quiz's answers are fetched once (the attempt's review) and kept.
 */
export function useStudy(quizId: string) {
  const [state, setState] = useState<StudyState>({ status: "loading" });
  const [known, setKnown] = useState<QuizKnowledge>(() => loadRevealed(quizId));
  const [loads, setLoads] = useState(0);
  /** Questions the server would not open for practice yet, in this visit. */
  const [refused, setRefused] = useState<ReadonlySet<string>>(() => new Set());

  useEffect(() => {
    let live = true;
    setState({ status: "loading" });
    setKnown(loadRevealed(quizId));
    setRefused(new Set());
    send(api.quizzes[":id"].$get({ param: { id: quizId } }))
      .then((quiz) => {
        if (!live) return;
        setState({ status: "ready", quiz });
        const attempt = loadAttempt(quizId);
        const have = loadRevealed(quizId).questions;
        if (attempt?.result && quiz.questions.some((q) => !canGradeLocally(q, have[q.id]))) {
          send(
            api.attempts[":attemptId"].review.$get(
              { param: { attemptId: attempt.attemptId } },
              bearer(attempt.token),
            ),
          )
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
              ? "This quiz needs a connection the first time you open it. " +
                "Once opened, it works offline."
              : err.message;
        setState({ status: "failed", message, missing: err.status === 404 });
      });
    return () => {
      live = false;
    };
  }, [quizId, loads]);

  const quiz = state.status === "ready" ? state.quiz : null;

  return {
    state,
    known,
    retry: () => setLoads((n) => n + 1),
    /**
     * Whether practice on `question` waits for the scored quiz: this browser knows nothing of it,
     * and the server refused it or the teacher set the quiz to open practice after answering and
     * this browser's attempt is unfinished (so the page can say so before the student tries).
     */
    waitsForPlay: (question: PublicQuestion) =>
      !known.questions[question.id] &&
      (refused.has(question.id) ||
        (quiz?.practice === "after-answering" && !loadAttempt(quizId)?.result)),
    /**
     * Checks an answer on the server (the first time a question is seen) and keeps what it
     * reveals; an empty answer means "I don't know, show me". The student's attempt token goes
     * along, which opens a question their scored attempt has answered. Throws `NeedsConnection`
     * offline and `PlayFirst` when the question opens only after it is played.
     */
    check: async (question: PublicQuestion, answer: AnswerValue) => {
      const attempt = loadAttempt(quizId);
      try {
        const param = { id: quizId, questionId: question.id };
        const checked = await send(
          api.quizzes[":id"].questions[":questionId"].check.$post(
            { param, json: { answer } },
            attempt ? bearer(attempt.token) : undefined,
          ),
        );
        remember(quizId, question.id, revealedFrom(checked));
        setKnown(loadRevealed(quizId));
        return checked;
      } catch (err) {
        if (err instanceof RequestError && err.retryable) throw new NeedsConnection(err.message);
        if (err instanceof RequestError && meansPlayFirst(err)) {
          setRefused((old) => new Set(old).add(question.id));
          throw new PlayFirst(err.message);
        }
        throw err;
      }
    },
  };
}

type RevealBody = {
  correctAnswer: AnswerValue;
  accept?: string[];
  explanation: string;
  evidence: Revealed["evidence"];
  sources?: Revealed["evidence"][];
};

/**
 * What a check or review response reveals, in the form this browser keeps (the accept list always
 * present).
 */
function revealedFrom(body: RevealBody): Revealed {
  return {
    answer: body.correctAnswer,
    accept: body.accept ?? [],
    explanation: body.explanation,
    evidence: body.evidence,
    ...(body.sources ? { sources: body.sources } : {}),
  };
}
