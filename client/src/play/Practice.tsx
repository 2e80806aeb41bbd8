import { useState } from "preact/hooks";
import { type AnswerValue, gradeAnswer } from "../../../questions/grade.ts";
import type { Question } from "../../../questions/types.ts";
import { useFocusedHeading } from "../components/use-focused-heading";
import type { Missed } from "./EndScreen";
import type { Verdict } from "./Feedback";
import { QuestionScreen } from "./QuestionScreen";

/**
 * A missed question rebuilt with its already revealed answer, so the shared grader can mark a
 * practice answer in the browser. The server is never asked: practice cannot change a score.
 */
function asGradable({ question, verdict }: Missed): Question {
  return {
    ...question,
    answer: verdict.correctAnswer,
    explanation: verdict.explanation,
    evidence: { paragraph: 0, ...verdict.evidence },
    difficulty: "medium",
  };
}

type Props = {
  missed: Missed[];
  /** "14 out of 20": the recorded score, which practice leaves alone. */
  recorded: string;
  timer: boolean;
  announce: (text: string) => void;
  onDone: () => void;
};

/** Replays the missed questions locally, one a screen, with the usual feedback. */
export function Practice({ missed, recorded, timer, announce, onDone }: Props) {
  const [round, setRound] = useState(0);
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<{ given: AnswerValue; verdict: Verdict }[]>([]);
  const current = missed[index];

  const answer = (given: AnswerValue) => {
    if (!current) return;
    const verdict = { ...current.verdict, correct: gradeAnswer(asGradable(current), given) };
    setAnswers((old) => [...old, { given, verdict }]);
    announce(verdict.correct ? "Right!" : "Not quite.");
  };

  if (!current) {
    const right = answers.filter((a) => a.verdict.correct).length;
    return (
      <PracticeDone
        right={right}
        total={missed.length}
        recorded={recorded}
        onAgain={() => {
          setRound((r) => r + 1);
          setIndex(0);
          setAnswers([]);
        }}
        onDone={onDone}
      />
    );
  }
  return (
    <div class="practice">
      <p class="practice-banner">
        <strong>Practice</strong> · your recorded score stays {recorded}.
      </p>
      <QuestionScreen
        key={`${round}:${current.question.id}`}
        question={current.question}
        index={index}
        total={missed.length}
        tally={`${answers.filter((a) => a.verdict.correct).length} right this round`}
        timer={timer}
        answered={answers[index]}
        nextLabel={index + 1 < missed.length ? "Next question" : "Finish practice"}
        onAnswer={answer}
        onNext={() => setIndex((i) => i + 1)}
      />
    </div>
  );
}

function PracticeDone(props: {
  right: number;
  total: number;
  recorded: string;
  onAgain: () => void;
  onDone: () => void;
}) {
  const heading = useFocusedHeading();
  return (
    <section>
      <p class="eyebrow">Practice finished</p>
      <h1 ref={heading} tabIndex={-1}>
        You got {props.right} of {props.total} right this time
      </h1>
      <p>This was practice, so your recorded score is still {props.recorded}.</p>
      <div class="actions">
        <button type="button" class="button primary" onClick={props.onAgain}>
          Practice again
        </button>
        <button type="button" class="button" onClick={props.onDone}>
          Back to my results
        </button>
      </div>
    </section>
  );
}
