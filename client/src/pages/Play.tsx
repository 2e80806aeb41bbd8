import { useState } from "preact/hooks";
import { LoadFailed } from "../components/LoadFailed";
import { useFocusedHeading } from "../components/use-focused-heading";
import { useTitle } from "../components/use-title";
import { ConnectionBanner, LateResults } from "../play/ConnectionBanner";
import { EndScreen, type Missed } from "../play/EndScreen";
import { NameForm } from "../play/NameForm";
import { Practice } from "../play/Practice";
import { QuestionScreen } from "../play/QuestionScreen";
import { timerPreference } from "../play/saved-attempt";
import { usePlay } from "../play/use-play";

/**
 * A polite live region that stays mounted across screens, so what is put in it is announced.
 * Saying the same words twice still gets them said (a trailing space is toggled).
 */
function useAnnouncer() {
  const [text, setText] = useState("");
  return [
    text,
    (words: string) => setText((old) => (old === words ? `${words}\u00a0` : words)),
  ] as const;
}

/** `/q/:id`: a student plays a quiz, from their name to the leaderboard. */
export default function Play({ id }: { id: string }) {
  const [announcement, announce] = useAnnouncer();
  const play = usePlay(id, announce);
  const { screen, quiz, position, answers } = play;
  const question = quiz?.questions[position];
  const total = quiz?.questions.length ?? 0;
  const rightSoFar = Object.values(answers).filter((a) => a.verdict.correct).length;

  useTitle(
    screen.kind === "question" && quiz
      ? `Question ${position + 1} of ${total}: ${quiz.title}`
      : screen.kind === "end" && play.result
        ? `You scored ${play.result.score} out of ${play.result.total}: ${quiz?.title}`
        : (quiz?.title ?? "Quiz"),
  );

  const missed: Missed[] = (quiz?.questions ?? []).flatMap((q) => {
    const a = answers[q.id];
    return a && !a.verdict.correct ? [{ question: q, given: a.given, verdict: a.verdict }] : [];
  });

  return (
    <>
      <div class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {(screen.kind === "question" || screen.kind === "finishing") && (
        <ConnectionBanner online={play.online} queued={play.queued} />
      )}
      {screen.kind === "question" && play.late.length > 0 && (
        <LateResults late={play.late} onDismiss={play.dismissLate} />
      )}
      {screen.kind === "loading" && <Loading text="Loading the quiz…" />}
      {screen.kind === "failed" && (
        <LoadFailed message={screen.message} missing={screen.missing} onRetry={play.retryLoad} />
      )}
      {screen.kind === "not-open" && (
        <Waiting
          heading="Not open yet"
          text={
            "Your teacher has not opened this quiz yet. " +
            "This page starts it by itself as soon as they do."
          }
        />
      )}
      {screen.kind === "closed" && <Closed id={id} />}
      {screen.kind === "joining" && <Joining waiting={screen.waiting} onCancel={play.cancelJoin} />}
      {screen.kind === "name" && quiz && (
        <>
          {screen.notice && <p class="notice">{screen.notice}</p>}
          <NameForm
            title={quiz.title}
            questionCount={total}
            error={play.startError}
            busy={false}
            timer={timerPreference()}
            onStart={play.start}
          />
        </>
      )}
      {screen.kind === "question" && question && (
        <QuestionScreen
          key={question.id}
          question={question}
          index={position}
          total={total}
          tally={`${rightSoFar} right so far`}
          timer={play.timer}
          pending={play.pending}
          saveStatus={play.saveStatus}
          waitingOffline={play.waitingOffline}
          answered={answers[question.id]}
          nextLabel={position + 1 < total ? "Next question" : "See my score"}
          onAnswer={play.answer}
          onNext={play.next}
        />
      )}
      {screen.kind === "finishing" && (
        <Loading
          text={play.queued ? "Sending your saved answers…" : "Adding up your score…"}
          detail={
            play.queued
              ? "Your score comes once every answer on this phone has been sent."
              : play.saveStatus
          }
        />
      )}
      {screen.kind === "end" && play.result && (
        <>
          {play.result.practice && (
            <p class="notice">
              This was a practice try: your first game's score is the one on the leaderboard.
            </p>
          )}
          <EndScreen
            quizId={id}
            token={play.token}
            score={play.result.score}
            total={play.result.total}
            rank={play.result.rank}
            missed={missed}
            onPractice={play.practice}
          />
          <p class="start-over">
            Someone else on this device?{" "}
            <button type="button" class="link-button" onClick={play.startOver}>
              Start a new game
            </button>
          </p>
        </>
      )}
      {screen.kind === "practice" && play.result && (
        <Practice
          missed={missed}
          recorded={`${play.result.score} out of ${play.result.total}`}
          timer={play.timer}
          announce={announce}
          onDone={play.backToResults}
        />
      )}
    </>
  );
}

/** A screen that is waiting: still a heading first, and a status for screen readers. */
function Loading({ text, detail }: { text: string; detail?: string }) {
  const heading = useFocusedHeading();
  return (
    <section class="loading" aria-busy="true">
      <h1 ref={heading} tabIndex={-1}>
        {text}
      </h1>
      <p role="status">{detail}</p>
    </section>
  );
}

const JOINING_TEXT = {
  busy:
    "Lots of players are joining at once. " +
    "You will be in within a few seconds: keep this page open.",
  offline: "You are offline. You will join as soon as the connection is back: keep this page open.",
} as const;

/**
 * Starting a game, and waiting when the server is busy or the connection is down: never a dead end.
 */
function Joining({
  waiting,
  onCancel,
}: {
  waiting: "busy" | "offline" | null;
  onCancel: () => void;
}) {
  return (
    <section class="loading" aria-busy="true">
      <Waiting heading="Joining…" text={waiting ? JOINING_TEXT[waiting] : "Starting your game…"} />
      <button type="button" class="button" onClick={onCancel}>
        Cancel
      </button>
    </section>
  );
}

/** A heading that takes focus and a status line that is announced. */
function Waiting({ heading: text, text: detail }: { heading: string; text: string }) {
  const heading = useFocusedHeading();
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {text}
      </h1>
      <p role="status">{detail}</p>
    </>
  );
}

/** A quiz the teacher has closed: no new games, but the article can still be studied. */
function Closed({ id }: { id: string }) {
  const heading = useFocusedHeading();
  return (
    <section>
      <h1 ref={heading} tabIndex={-1}>
        This quiz is closed
      </h1>
      <p>Your teacher has closed this quiz, so it takes no new players.</p>
      <p class="links">
        <a href={`/learn/${id}`}>Study the article</a>
        <a href="/">All quizzes</a>
      </p>
    </section>
  );
}
