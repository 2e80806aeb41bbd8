import { useEffect, useRef } from "preact/hooks";
import type { AnswerValue } from "../../../questions/grade.ts";
import type { PublicQuestion } from "../../../questions/types.ts";
import { ChoiceAnswer } from "./ChoiceAnswer";
import { Feedback, type Verdict } from "./Feedback";
import { MatchAnswer } from "./MatchAnswer";
import { OrderAnswer } from "./OrderAnswer";
import { TextAnswer } from "./TextAnswer";
import { Timer } from "./Timer";

type Props = {
  question: PublicQuestion;
  /** 0-based position and count, for "Question 3 of 20". */
  index: number;
  total: number;
  /** A line under the progress, such as "2 right so far". */
  tally: string;
  timer: boolean;
  /** Set while the answer is on its way to the server. */
  pending?: AnswerValue | undefined;
  /** Words about a slow save, such as "Reconnecting…"; empty when all is well. */
  saveStatus?: string;
  /** The answer is saved on this phone and waits for the network: the student may move on. */
  waitingOffline?: boolean;
  /** Instead of "Question 3 of 20" (practice shows "7 of 20 mastered"). */
  progress?: { label: string; value: number; max: number };
  /** Set once the answer has a verdict: the screen then shows the feedback. */
  answered?: { given: AnswerValue; verdict: Verdict } | undefined;
  nextLabel: string;
  onAnswer: (answer: AnswerValue) => void;
  onNext: () => void;
};

/** The input each question type needs. */
function AnswerInput({
  question,
  busy,
  pending,
  onAnswer,
}: Pick<Props, "question" | "pending" | "onAnswer"> & { busy: boolean }) {
  const options = question.options ?? [];
  switch (question.type) {
    case "choice":
    case "truefalse":
      return <ChoiceAnswer options={options} busy={busy} chosen={pending} onAnswer={onAnswer} />;
    case "fill":
    case "numeric":
      return (
        <TextAnswer
          numeric={question.type === "numeric"}
          busy={busy}
          initial={typeof pending === "string" ? pending : undefined}
          onAnswer={onAnswer}
        />
      );
    case "match":
      return (
        <MatchAnswer
          items={question.items ?? []}
          options={options}
          busy={busy}
          onAnswer={onAnswer}
        />
      );
    case "order":
      return <OrderAnswer options={options} busy={busy} onAnswer={onAnswer} />;
  }
}

/**
 * One question a screen (give it `key={question.id}` so each question starts fresh): progress, the
 * prompt as the screen's heading (focused when the question appears, so screen readers start
 * there), the answer input, then the feedback in its place.
 */
export function QuestionScreen(props: Props) {
  const { question, index, total, tally, timer, pending, answered, waitingOffline } = props;
  const progress = props.progress ?? {
    label: `Question ${index + 1} of ${total}`,
    value: index + 1,
    max: total,
  };
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!answered) heading.current?.focus();
  }, [question.id]);

  return (
    <article class="question">
      <div class="progress">
        <p id="progress-label" class="progress-label">
          {progress.label}
        </p>
        <p class="tally">{tally}</p>
        {timer && <Timer key={question.id} running={!answered} />}
        <progress max={progress.max} value={progress.value} aria-labelledby="progress-label" />
      </div>
      <h1 ref={heading} tabIndex={-1} class="prompt">
        {question.prompt}
      </h1>
      {answered ? (
        <Feedback
          question={question}
          given={answered.given}
          verdict={answered.verdict}
          nextLabel={props.nextLabel}
          onNext={props.onNext}
        />
      ) : waitingOffline ? (
        <SavedOnPhone nextLabel={props.nextLabel} onNext={props.onNext} />
      ) : (
        <AnswerInput
          question={question}
          busy={pending !== undefined}
          pending={pending}
          onAnswer={props.onAnswer}
        />
      )}
      <p
        class={props.saveStatus || waitingOffline ? "save-status" : "save-status empty"}
        role="status"
      >
        {answered
          ? ""
          : waitingOffline
            ? `${navigator.onLine ? "Reconnecting…" : "You are offline."} ` +
              "Your answer is saved on this phone."
            : props.saveStatus}
      </p>
    </article>
  );
}

/** An answer kept on this phone while the connection is down: the student can go on. */
function SavedOnPhone({ nextLabel, onNext }: { nextLabel: string; onNext: () => void }) {
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => next.current?.focus({ preventScroll: true }), []);
  return (
    <section class="saved-offline" aria-labelledby="saved-offline">
      <h2 id="saved-offline">
        <span class="verdict-icon" aria-hidden="true">
          ⇅
        </span>
        Saved on this phone
      </h2>
      <p>It will be checked when you are back online. You can go on to the next question.</p>
      <div class="next-bar">
        <button type="button" class="button primary" ref={next} onClick={onNext}>
          {nextLabel}
        </button>
      </div>
    </section>
  );
}
