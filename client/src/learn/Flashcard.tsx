import { useRef } from "preact/hooks";
import type { PublicQuestion } from "../../../questions/types.ts";
import { AnswerText } from "../play/AnswerText";
import { Evidence } from "../play/Evidence";
import { PlayFirstNote } from "./PlayFirst";
import type { Revealed } from "./revealed";

/** Horizontal travel (CSS px) that makes a swipe, and the most a tap may move. */
const SWIPE = 50;
const TAP = 10;

type Props = {
  question: PublicQuestion;
  /** "Card 3 of 12". */
  label: string;
  flipped: boolean;
  revealed: Revealed | undefined;
  /** The quiz, for the way to play it when a card opens only after that. */
  quizId: string;
  /**
   * Set while the answer is being fetched, or when it cannot be (offline and never revealed, or not
   * played yet).
   */
  revealing?: "loading" | "offline" | "play-first" | undefined;
  onFlip: () => void;
  onPrevious?: (() => void) | undefined;
  onNext?: (() => void) | undefined;
  onRate?: ((knew: boolean) => void) | undefined;
};

/** The question side: the prompt and what the student may choose from. */
function Front({ question }: { question: PublicQuestion }) {
  const options = question.options ?? [];
  return (
    <>
      <p class="side-label">Question</p>
      <h2 class="card-prompt">{question.prompt}</h2>
      {question.items ? (
        <p class="card-choices">
          Match {question.items.join(", ")} with: {options.join("; ")}.
        </p>
      ) : options.length > 0 ? (
        <ul class="card-choices">
          {options.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      ) : null}
      <p class="hint">Think of the answer, then tap the card or press Show answer.</p>
    </>
  );
}

/** Words of a text, lower-cased, for comparing an explanation with its sentence. */
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether the explanation says more than the article's sentence: most explanations quote or
 * paraphrase it ("The article says that …"), and the card then shows the sentence once, not twice.
 */
export function explanationAddsToEvidence(explanation: string, evidence: string): boolean {
  const said = new Set(words(evidence));
  const own = words(explanation).filter((w) => !said.has(w));
  return own.length > 0 && own.length / Math.max(1, words(explanation).length) > 0.4;
}

/**
 * The answer side: the answer, then the article's sentence with it marked, each once (the prompt
 * is on the other side, and an explanation that only repeats the sentence is left out).
 */
function Back({
  question,
  revealed,
  revealing,
  quizId,
}: Pick<Props, "question" | "revealed" | "revealing" | "quizId">) {
  if (revealing === "loading") return <p class="side-label">Fetching the answer…</p>;
  if (!revealed && revealing === "play-first") {
    return (
      <>
        <p class="side-label">Answer</p>
        <h2 class="card-prompt">{question.prompt}</h2>
        <PlayFirstNote quizId={quizId} />
      </>
    );
  }
  if (!revealed) {
    return (
      <>
        <p class="side-label">Answer</p>
        <h2 class="card-prompt">{question.prompt}</h2>
        <p class="notice needs-connection">
          <strong>This card needs a connection the first time.</strong> Its answer comes from the
          server the first time you ask for it, then stays on this phone for offline study.
        </p>
      </>
    );
  }
  const explain =
    revealed.explanation && explanationAddsToEvidence(revealed.explanation, revealed.evidence.text);
  return (
    <>
      <p class="side-label">Answer</p>
      <div class="card-answer">
        <AnswerText value={revealed.answer} items={question.items} />
      </div>
      {explain && <p class="explanation">{revealed.explanation}</p>}
      <Evidence
        evidence={revealed.evidence}
        answer={question.type === "truefalse" ? [] : [revealed.answer].flat()}
      />
    </>
  );
}

/**
 * A flashcard: flip with the button, Enter or Space on the card, or a tap; swipe sideways for the
 * next or previous card (pointer events, so a finger, a pen or a mouse drag all work). Arrow keys
 * are handled by the page. On the answer side, "Knew it" / "Didn't" rate it for the review
 * schedule; they come straight under the card, before the card's own buttons, so they are in sight
 * on a phone.
 */
export function Flashcard(props: Props) {
  const { question, label, flipped, revealed, revealing, quizId } = props;
  const start = useRef<{ x: number; y: number } | null>(null);

  return (
    <div class="flashcard-area">
      <div
        id="flashcard"
        class={flipped ? "flashcard back" : "flashcard front"}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the card takes focus for its arrow keys
        tabIndex={0}
        role="group"
        aria-roledescription="flashcard"
        aria-label={`${label}, ${flipped ? "answer" : "question"} side`}
        onKeyDown={(e) => {
          if ((e.key === "Enter" || e.key === " ") && e.target === e.currentTarget) {
            e.preventDefault();
            props.onFlip();
          }
        }}
        onPointerDown={(e) => {
          start.current = { x: e.clientX, y: e.clientY };
        }}
        onPointerCancel={() => {
          start.current = null;
        }}
        onPointerUp={(e) => {
          const from = start.current;
          start.current = null;
          if (!from) return;
          const dx = e.clientX - from.x;
          const dy = e.clientY - from.y;
          if (Math.abs(dx) >= SWIPE && Math.abs(dx) > 1.5 * Math.abs(dy))
            (dx < 0 ? props.onNext : props.onPrevious)?.();
          else if (
            Math.abs(dx) < TAP &&
            Math.abs(dy) < TAP &&
            !(e.target as Element).closest("a, button")
          )
            props.onFlip();
        }}
      >
        {flipped ? (
          <Back question={question} revealed={revealed} revealing={revealing} quizId={quizId} />
        ) : (
          <Front question={question} />
        )}
      </div>

      {flipped && revealed && props.onRate && (
        <div class="rate" role="group" aria-labelledby="rate-label">
          <p id="rate-label">Did you know it?</p>
          <button type="button" class="button rate-knew" onClick={() => props.onRate!(true)}>
            <span aria-hidden="true">✓</span> Knew it
          </button>
          <button type="button" class="button rate-missed" onClick={() => props.onRate!(false)}>
            <span aria-hidden="true">✗</span> Didn't
          </button>
        </div>
      )}

      <div class="card-controls">
        {props.onPrevious && (
          <button type="button" class="button" onClick={props.onPrevious}>
            <span aria-hidden="true">←</span> Previous
          </button>
        )}
        <button
          type="button"
          class="button primary flip"
          aria-controls="flashcard"
          onClick={props.onFlip}
        >
          {flipped ? "Show question" : "Show answer"}
        </button>
        {props.onNext && (
          <button type="button" class="button" onClick={props.onNext}>
            Next <span aria-hidden="true">→</span>
          </button>
        )}
      </div>
    </div>
  );
}

/** When a rated card comes back, in words: "tomorrow", "in 3 days". */
export function againIn(days: number) {
  if (days <= 0) return "later today";
  if (days === 1) return "tomorrow";
  return `in ${days} days`;
}
