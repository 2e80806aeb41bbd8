import { useEffect, useRef, useState } from "preact/hooks";
import type { AnswerValue } from "../../../questions/grade.ts";
import { useTitle } from "../components/use-title";
import { useAnnouncer } from "../learn/announcer";
import {
  currentQuestion, isFinished, recordAnswer, rightsStillNeeded, skipQuestion, startPractice, type PracticeQueue,
} from "../learn/practice-queue";
import { recordReview } from "../learn/review-schedule";
import { StudyFailed, StudyLoading } from "../learn/StudyStatus";
import { canGradeLocally, gradeLocally, NeedsConnection, useStudy } from "../learn/use-study";
import type { Verdict } from "../play/Feedback";
import { QuestionScreen } from "../play/QuestionScreen";
import { useOnline } from "../play/use-online";
import "../learn/learn.css";

type Shown = { questionId: string; given: AnswerValue; verdict: Verdict };

/**
 * `/learn/:id/practice`: untimed practice that is never recorded. A missed question comes back a
 * few questions later until it has been answered right twice (`practice-queue.ts`). The first
 * time a question is seen its answer is checked on the server (which reveals it); after that, or
 * for questions this browser already knows, it is graded here, offline too.
 */
export default function PracticePage({ id }: { id: string }) {
  const study = useStudy(id);
  const online = useOnline();
  const [announcement, announce] = useAnnouncer();
  const [queue, setQueue] = useState<PracticeQueue | null>(null);
  const [turn, setTurn] = useState(0);
  const [shown, setShown] = useState<Shown | null>(null);
  const [pending, setPending] = useState<AnswerValue | undefined>();
  const [blocked, setBlocked] = useState(false);
  const [problem, setProblem] = useState("");
  const rated = useRef(new Set<string>());
  const quiz = study.state.status === "ready" ? study.state.quiz : null;
  useTitle(quiz ? `Practice: ${quiz.title}` : "Practice");

  useEffect(() => {
    if (quiz && !queue) setQueue(startPractice(quiz.questions.map((q) => q.id)));
  }, [quiz?.id]);

  if (study.state.status === "loading" || (quiz && !queue)) return <StudyLoading />;
  if (study.state.status === "failed") return <StudyFailed message={study.state.message} onRetry={study.retry} />;
  if (!quiz || !queue) return null;

  const total = queue.all.length;
  const mastered = queue.mastered.length;
  const progress = { label: `${mastered} of ${total} mastered`, value: mastered, max: total };
  const liveRegion = (
    <div class="visually-hidden" role="status" aria-live="polite">
      {announcement}
    </div>
  );

  if (isFinished(queue) && !shown) {
    return (
      <>
        {liveRegion}
        <PracticeDone quizId={id} mastered={mastered} skipped={quiz.questions.length - total} onAgain={() => setQueue(startPractice(quiz.questions.map((q) => q.id)))} />
      </>
    );
  }

  const questionId = shown?.questionId ?? currentQuestion(queue)!;
  const question = quiz.questions.find((q) => q.id === questionId)!;
  const known = study.known.questions[question.id];
  const local = canGradeLocally(question, known);

  const answer = async (given: AnswerValue) => {
    if (pending !== undefined || shown) return;
    setProblem("");
    let verdict: Verdict;
    if (local) {
      verdict = { correct: gradeLocally(question, known, given), correctAnswer: known.answer, explanation: known.explanation, evidence: known.evidence };
    } else {
      setPending(given);
      try {
        verdict = await study.check(question, given);
      } catch (err) {
        if (err instanceof NeedsConnection) setBlocked(true);
        else setProblem((err as Error).message);
        return;
      } finally {
        setPending(undefined);
      }
    }
    const next = recordAnswer(queue, verdict.correct);
    setQueue(next);
    setShown({ questionId: question.id, given, verdict });
    // The first answer of the sitting feeds the review schedule: known now, or to see again soon.
    if (!rated.current.has(question.id)) {
      rated.current.add(question.id);
      recordReview(localStorage, id, quiz.title, question.id, verdict.correct, Date.now());
    }
    const still = rightsStillNeeded(next, question.id);
    const status = still === 0 ? "Mastered." : still === 1 ? "Once more to master it." : "It will come back in a moment.";
    announce(`${verdict.correct ? "Right!" : `Not quite. The right answer is ${[verdict.correctAnswer].flat().join(", ")}.`} ${status} ${next.mastered.length} of ${next.all.length} mastered.`);
  };

  const needsConnection = !shown && !local && (blocked || !online);
  if (needsConnection) {
    return (
      <>
        {liveRegion}
        <NeedsConnectionScreen
          prompt={question.prompt}
          progress={progress.label}
          onRetry={() => setBlocked(false)}
          onSkip={() => {
            setBlocked(false);
            setQueue(skipQuestion(queue));
          }}
        />
      </>
    );
  }

  const still = rightsStillNeeded(queue, question.id);
  const tally = shown
    ? still === 0
      ? "Mastered"
      : still === 1
        ? "Once more to master"
        : "Comes back soon"
    : !(question.id in queue.streak)
      ? "First try"
      : `${still} more right to master`;
  const last = isFinished(queue);

  return (
    <div class="practice">
      {liveRegion}
      <p class="practice-banner">
        <strong>Practice</strong> · untimed, and not recorded on the leaderboard.
      </p>
      <QuestionScreen
        key={`${turn}:${question.id}`}
        question={question}
        index={0}
        total={total}
        progress={progress}
        tally={tally}
        timer={false}
        pending={pending}
        saveStatus={problem || (pending !== undefined ? "Checking your answer…" : "")}
        answered={shown ? { given: shown.given, verdict: shown.verdict } : undefined}
        nextLabel={last ? "Finish practice" : "Next question"}
        onAnswer={(given) => void answer(given)}
        onNext={() => {
          setShown(null);
          setTurn((t) => t + 1);
        }}
      />
    </div>
  );
}

function NeedsConnectionScreen(props: { prompt: string; progress: string; onRetry: () => void; onSkip: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [props.prompt]);
  return (
    <article class="question">
      <p class="progress-label">{props.progress}</p>
      <h1 ref={heading} tabIndex={-1} class="prompt">
        {props.prompt}
      </h1>
      <div class="notice needs-connection" role="alert">
        <p>
          <strong>This question needs a connection the first time.</strong> Its answer is checked on the server when you
          first answer it, then kept on this phone, so it works offline after that.
        </p>
      </div>
      <div class="actions">
        <button type="button" class="button primary" onClick={props.onRetry}>
          Try again
        </button>
        <button type="button" class="button" onClick={props.onSkip}>
          Skip for now
        </button>
      </div>
    </article>
  );
}

function PracticeDone({ quizId, mastered, skipped, onAgain }: { quizId: string; mastered: number; skipped: number; onAgain: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section>
      <p class="eyebrow">Practice finished</p>
      <h1 ref={heading} tabIndex={-1}>
        You mastered {mastered === 1 ? "1 fact" : `${mastered} facts`}
      </h1>
      <p>
        Every question you missed came back until you got it right twice.
        {skipped ? ` ${skipped === 1 ? "1 question was" : `${skipped} questions were`} skipped: they need a connection the first time.` : ""}
      </p>
      <p>They are in your reviews now: come back on the days they are due and they will stay with you.</p>
      <div class="actions">
        <button type="button" class="button primary" onClick={onAgain}>
          Practise again
        </button>
        <a class="button" href={`/learn/${quizId}/cards`}>
          Flashcards
        </a>
        <a class="button" href={`/learn/${quizId}`}>
          Back to the article
        </a>
      </div>
    </section>
  );
}
