import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { AnswerValue } from "../../../questions/grade.ts";
import { useTitle } from "../components/use-title";
import { useAnnouncer } from "../learn/announcer";
import { PLAY_FIRST, PlayFirstNote, TEACHER_SET } from "../learn/PlayFirst";
import { loadPractice, resumePractice, savePractice } from "../learn/practice-progress";
import {
  currentQuestion,
  isFinished,
  type PracticeQueue,
  recordAnswer,
  rightsStillNeeded,
  skipQuestion,
  startPractice,
} from "../learn/practice-queue";
import type { Revealed } from "../learn/revealed";
import { recordReview } from "../learn/review-schedule";
import { StudyFailed, StudyLoading } from "../learn/StudyStatus";
import {
  canGradeLocally,
  gradeLocally,
  NeedsConnection,
  PlayFirst,
  useStudy,
} from "../learn/use-study";
import type { Verdict } from "../play/Feedback";
import { QuestionScreen } from "../play/QuestionScreen";
import { useOnline } from "../play/use-online";
import "../learn/learn.css";
import { useFocusedHeading } from "../components/use-focused-heading";

type Shown = { questionId: string; given: AnswerValue; verdict: Verdict };

/**
 * `/learn/:id/practice`: untimed practice that is never recorded. A missed question comes back a
 * few questions later until it has been answered right twice (`practice-queue.ts`). The first
 * time a question is seen its answer is checked on the server (which reveals it); after that, or
 * for questions this browser already knows, it is graded here, offline too. On a quiz whose
 * teacher opens practice after answering, the questions not yet played wait (with a way to play).
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
  const [playFirst, setPlayFirst] = useState(false);
  const [problem, setProblem] = useState("");
  const rated = useRef(new Set<string>());
  const quiz = study.state.status === "ready" ? study.state.quiz : null;
  useTitle(quiz ? `Practice: ${quiz.title}` : "Practice");

  /** The questions open to practice now, in quiz order. */
  const open = () => quiz!.questions.filter((q) => !study.waitsForPlay(q)).map((q) => q.id);
  useEffect(() => {
    if (quiz && !queue) setQueue(resumePractice(loadPractice(localStorage, id), open()));
  }, [quiz?.id]);
  /**
   * Moves the sitting on and keeps it on this device, so mastery survives a reload or a week away.
   */
  const keep = (next: PracticeQueue) => {
    setQueue(next);
    savePractice(localStorage, id, quiz!.title, next, Date.now());
  };

  if (study.state.status === "loading" || (quiz && !queue)) return <StudyLoading />;
  if (study.state.status === "failed")
    return (
      <StudyFailed
        message={study.state.message}
        missing={study.state.missing}
        onRetry={study.retry}
      />
    );
  if (!quiz || !queue) return null;

  const waiting = quiz.questions.filter((q) => study.waitsForPlay(q)).length;
  if (queue.all.length === 0 && waiting > 0 && !shown)
    return <NothingOpenYet quizId={id} teacherSet={quiz.practice === "after-answering"} />;

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
        <PracticeDone
          quizId={id}
          mastered={mastered}
          waiting={waiting}
          offline={quiz.questions.length - total - waiting}
          onAgain={() => keep(startPractice(open()))}
        />
      </>
    );
  }

  const questionId = shown?.questionId ?? currentQuestion(queue)!;
  const question = quiz.questions.find((q) => q.id === questionId)!;
  const known = study.known.questions[question.id];
  const local = canGradeLocally(question, known);

  /** Grades against what this browser knows (with the accepted forms when it has them). */
  const gradedHere = (known: Revealed, given: AnswerValue): Verdict => ({
    correct: gradeLocally(question, known, given),
    correctAnswer: known.answer,
    explanation: known.explanation,
    evidence: known.evidence,
  });

  /**
   * The server's verdict, or null when it could not give one (offline, not played yet, refused).
   */
  const checked = async (given: AnswerValue): Promise<Verdict | null> => {
    setPending(given);
    try {
      return await study.check(question, given);
    } catch (err) {
      if (err instanceof NeedsConnection) setBlocked(true);
      // Known from a scored answer without its accepted forms (say, an attempt since replaced):
      // graded here, as offline.
      else if (err instanceof PlayFirst && known) return gradedHere(known, given);
      else if (err instanceof PlayFirst) setPlayFirst(true);
      else setProblem((err as Error).message);
      return null;
    } finally {
      setPending(undefined);
    }
  };

  const answer = async (given: AnswerValue) => {
    if (pending !== undefined || shown) return;
    setProblem("");
    const verdict = local ? gradedHere(known, given) : await checked(given);
    if (!verdict) return;
    const next = recordAnswer(queue, verdict.correct);
    keep(next);
    setShown({ questionId: question.id, given, verdict });
    // The first answer of the sitting feeds the review schedule: known now, or to see again soon.
    if (!rated.current.has(question.id)) {
      rated.current.add(question.id);
      recordReview(localStorage, id, quiz.title, question.id, verdict.correct, Date.now());
    }
    const still = rightsStillNeeded(next, question.id);
    const status =
      still === 0
        ? "Mastered."
        : still === 1
          ? "Once more to master it."
          : "It will come back in a moment.";
    const said = verdict.correct
      ? "Right!"
      : `Not quite. The right answer is ${[verdict.correctAnswer].flat().join(", ")}.`;
    announce(`${said} ${status} ${next.mastered.length} of ${next.all.length} mastered.`);
  };

  if (playFirst && !shown) {
    return (
      <>
        {liveRegion}
        <WaitingQuestion prompt={question.prompt} progress={progress.label}>
          <div role="alert">
            <PlayFirstNote quizId={id} />
          </div>
          <div class="actions">
            <SkipButton
              onSkip={() => {
                setPlayFirst(false);
                keep(skipQuestion(queue));
              }}
            />
          </div>
        </WaitingQuestion>
      </>
    );
  }

  const needsConnection = !shown && !local && (blocked || !online);
  if (needsConnection) {
    return (
      <>
        {liveRegion}
        <WaitingQuestion prompt={question.prompt} progress={progress.label}>
          <div class="notice needs-connection" role="alert">
            <p>
              <strong>This question needs a connection the first time.</strong> Its answer is
              checked on the server when you first answer it, then kept on this phone, so it works
              offline after that.
            </p>
          </div>
          <div class="actions">
            <button type="button" class="button primary" onClick={() => setBlocked(false)}>
              Try again
            </button>
            <SkipButton
              onSkip={() => {
                setBlocked(false);
                keep(skipQuestion(queue));
              }}
            />
          </div>
        </WaitingQuestion>
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
  const waits = waiting === 1 ? "1 more question waits" : `${waiting} more questions wait`;

  return (
    <div class="practice">
      {liveRegion}
      <p class="practice-banner">
        <strong>Practice</strong> · untimed, and not recorded on the leaderboard.
      </p>
      {waiting > 0 && (
        <p class="practice-banner waiting">
          {waits} for the quiz. <a href={`/q/${id}`}>Play the quiz</a> first — practice opens for
          each question once you've answered it.
        </p>
      )}
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

/** A practice question that cannot be shown yet: its prompt, why, and the ways on. */
function WaitingQuestion(props: { prompt: string; progress: string; children: ComponentChildren }) {
  const heading = useFocusedHeading([props.prompt]);
  return (
    <article class="question">
      <p class="progress-label">{props.progress}</p>
      <h1 ref={heading} tabIndex={-1} class="prompt">
        {props.prompt}
      </h1>
      {props.children}
    </article>
  );
}

function SkipButton({ onSkip }: { onSkip: () => void }) {
  return (
    <button type="button" class="button" onClick={onSkip}>
      Skip for now
    </button>
  );
}

/** Practice on a quiz whose every question waits for the scored quiz. */
function NothingOpenYet({ quizId, teacherSet }: { quizId: string; teacherSet: boolean }) {
  const heading = useFocusedHeading();
  return (
    <section>
      <p class="eyebrow">Practice</p>
      <h1 ref={heading} tabIndex={-1}>
        Play the quiz first
      </h1>
      <PlayFirstNote quizId={quizId}>
        {teacherSet && <>{TEACHER_SET} </>}
        {PLAY_FIRST}
      </PlayFirstNote>
      <p class="links">
        <a href={`/learn/${quizId}`}>Back to the article</a>
        <a href="/">All quizzes</a>
      </p>
    </section>
  );
}

function PracticeDone(props: {
  quizId: string;
  mastered: number;
  waiting: number;
  offline: number;
  onAgain: () => void;
}) {
  const { quizId, mastered, waiting, offline, onAgain } = props;
  const heading = useFocusedHeading();
  return (
    <section>
      <p class="eyebrow">Practice finished</p>
      <h1 ref={heading} tabIndex={-1}>
        You mastered {mastered === 1 ? "1 fact" : `${mastered} facts`}
      </h1>
      <p>
        Every question you missed came back until you got it right twice.
        {offline > 0
          ? ` ${offline === 1 ? "1 question was" : `${offline} questions were`} skipped: ` +
            "they need a connection the first time."
          : ""}
      </p>
      {waiting > 0 && (
        <PlayFirstNote quizId={quizId}>
          {waiting === 1 ? "1 question waits" : `${waiting} questions wait`} until you answer{" "}
          {waiting === 1 ? "it" : "them"} in the quiz. {PLAY_FIRST}
        </PlayFirstNote>
      )}
      <p>
        They are in your reviews now: come back on the days they are due and they will stay with
        you.
      </p>
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
