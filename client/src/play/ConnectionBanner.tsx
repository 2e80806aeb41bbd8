import { AnswerText } from "./AnswerText";
import type { LateResult } from "./use-play";

const answersWaiting = (n: number) =>
  n === 1 ? "1 answer waiting to send" : `${n} answers waiting to send`;

/**
 * Says, in words, when the phone is offline and how many answers wait on it; nothing when all is
 * sent.
 */
export function ConnectionBanner({ online, queued }: { online: boolean; queued: number }) {
  const text = !online
    ? "You are offline. " +
      (queued ? `${answersWaiting(queued)}.` : "Your answers will be kept on this phone.")
    : queued
      ? `Back online: sending… ${answersWaiting(queued)}.`
      : "";
  return (
    <p class={text ? "connection-banner" : "connection-banner empty"} role="status">
      {text && (
        <span class="banner-icon" aria-hidden="true">
          {online ? "↻" : "⚠"}
        </span>
      )}
      {text}
    </p>
  );
}

/** The verdicts of answers sent after the student moved on, with the right answer for a miss. */
export function LateResults({ late, onDismiss }: { late: LateResult[]; onDismiss: () => void }) {
  return (
    <section class="card late-results" aria-labelledby="late-results">
      <h2 id="late-results">Checked now that you are back online</h2>
      <ul>
        {late.map(({ number, question, answered: { verdict } }) => (
          <li key={question.id} class={verdict.correct ? "right" : "wrong"}>
            <span aria-hidden="true">{verdict.correct ? "✓" : "✗"}</span> Question {number}:{" "}
            {verdict.correct ? "Right!" : "Not quite."}
            {!verdict.correct && (
              <>
                {" "}
                The right answer:{" "}
                <AnswerText value={verdict.correctAnswer} items={question.items} />
              </>
            )}
          </li>
        ))}
      </ul>
      <button type="button" class="button" onClick={onDismiss}>
        Got it
      </button>
    </section>
  );
}
