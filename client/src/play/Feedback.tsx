import { useEffect, useRef } from "preact/hooks";
import type { AnswerValue } from "../../../questions/grade.ts";
import type { PublicQuestion } from "../../../questions/types.ts";
import { AnswerText } from "./AnswerText";
import { Evidence, type EvidenceText } from "./Evidence";

/** What the server (or practice grading) says about one answer. */
export type Verdict = {
  correct: boolean;
  correctAnswer: AnswerValue;
  explanation: string;
  evidence: EvidenceText;
};

type Props = {
  question: PublicQuestion;
  given: AnswerValue;
  verdict: Verdict;
  nextLabel: string;
  onNext: () => void;
};

/**
 * Right or wrong (in words and an icon, not colour alone), the right answer, why, and the
 * article's sentence with the answer marked. The next button takes focus so Enter moves on;
 * the verdict itself is announced by the screen's live region.
 */
export function Feedback({ question, given, verdict, nextLabel, onNext }: Props) {
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => next.current?.focus({ preventScroll: true }), [question.id]);
  const needles = question.type === "truefalse" ? [] : [verdict.correctAnswer].flat();

  return (
    <section class={verdict.correct ? "feedback right" : "feedback wrong"} aria-labelledby="verdict">
      <h2 id="verdict" class="verdict">
        <span class="verdict-icon" aria-hidden="true">
          {verdict.correct ? "✓" : "✗"}
        </span>
        {verdict.correct ? "Right!" : "Not quite"}
      </h2>
      <div class="answer-lines">
        <div>
          Your answer: <AnswerText value={given} items={question.items} />
        </div>
        {!verdict.correct && (
          <div>
            The right answer: <AnswerText value={verdict.correctAnswer} items={question.items} />
          </div>
        )}
      </div>
      {verdict.explanation && <p class="explanation">{verdict.explanation}</p>}
      <Evidence evidence={verdict.evidence} answer={needles} />
      <div class="next-bar">
        <button type="button" class="button primary" ref={next} onClick={onNext}>
          {nextLabel}
        </button>
      </div>
    </section>
  );
}

/** The sentence the screen's live region says after an answer. */
export function verdictAnnouncement(verdict: Verdict): string {
  const right = [verdict.correctAnswer].flat().join(", ");
  return verdict.correct ? `Right! ${verdict.explanation}` : `Not quite. The right answer is ${right}. ${verdict.explanation}`;
}
