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
  /**
   * A match's share of its point (pairs right / pairs) and each pair with the sentence that pairs
   * them.
   */
  points?: number;
  pairs?: {
    item: string;
    given: string;
    answer: string;
    correct: boolean;
    evidence: EvidenceText;
  }[];
};

/** "3 of 5 pairs right" for a match partly right, or null. */
function pairsRight(verdict: Verdict): string | null {
  if (verdict.correct || !verdict.pairs?.length) return null;
  return `${verdict.pairs.filter((p) => p.correct).length} of ${verdict.pairs.length} pairs right`;
}

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
    <section
      class={verdict.correct ? "feedback right" : "feedback wrong"}
      aria-labelledby="verdict"
    >
      <h2 id="verdict" class="verdict">
        <span class="verdict-icon" aria-hidden="true">
          {verdict.correct ? "✓" : "✗"}
        </span>
        {verdict.correct ? "Right!" : (pairsRight(verdict) ?? "Not quite")}
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
      {verdict.pairs?.length ? (
        <PairVerdicts pairs={verdict.pairs} />
      ) : (
        <Evidence evidence={verdict.evidence} answer={needles} />
      )}
      <div class="next-bar">
        <button type="button" class="button primary" ref={next} onClick={onNext}>
          {nextLabel}
        </button>
      </div>
    </section>
  );
}

/**
 * Each pair of a match: right or wrong in words, the right pairing, and the article's sentence for
 * it.
 */
function PairVerdicts({ pairs }: { pairs: NonNullable<Verdict["pairs"]> }) {
  return (
    <figure class="evidence">
      <figcaption>From the article, pair by pair</figcaption>
      <ul class="pair-verdicts">
        {pairs.map((p) => (
          <li key={p.item} class={p.correct ? "pair-right" : "pair-wrong"}>
            <p>
              <span aria-hidden="true">{p.correct ? "✓ " : "✗ "}</span>
              <span class="visually-hidden">{p.correct ? "Right: " : "Wrong: "}</span>
              <strong>{p.item}</strong>: {p.answer}
              {!p.correct && <span class="pair-given"> (you chose {p.given || "nothing"})</span>}
            </p>
            <blockquote class="pair-sentence">
              <p>{p.evidence.text}</p>
            </blockquote>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** The sentence the screen's live region says after an answer. */
export function verdictAnnouncement(verdict: Verdict): string {
  const right = [verdict.correctAnswer].flat().join(", ");
  const head = pairsRight(verdict) ?? "Not quite";
  return verdict.correct
    ? `Right! ${verdict.explanation}`
    : `${head}. The right answer is ${right}. ${verdict.explanation}`;
}
