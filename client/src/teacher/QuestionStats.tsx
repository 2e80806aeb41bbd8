import { useState } from "preact/hooks";
import type { Results } from "./use-results";

type Stat = Results["questions"][number];

const answerText = (answer: string | string[]) =>
  Array.isArray(answer) ? answer.join("; ") : answer;

/** A question most students got wrong: under half of its answers right. */
const isHard = (q: Stat) => q.percentRight !== null && q.percentRight < 50;

/**
 * Per question: the share of students who got it right as a bar and as text, the most common
 * wrong answer, and the questions most got wrong labelled in words. Sorted hardest first or in
 * quiz order, once there are answers to sort by.
 */
export function QuestionStats({ questions }: { questions: Stat[] }) {
  const [hardestFirst, setHardestFirst] = useState(true);
  const answered = questions.some((q) => q.percentRight !== null);
  const shown =
    hardestFirst && answered
      ? questions
          .slice()
          .sort((a, b) => (a.percentRight ?? 101) - (b.percentRight ?? 101) || a.number - b.number)
      : questions;

  return (
    <>
      {answered && (
        <div class="sort-toggle" role="group" aria-label="Order of questions">
          <button
            type="button"
            class="button"
            aria-pressed={hardestFirst}
            onClick={() => setHardestFirst(true)}
          >
            Hardest first
          </button>
          <button
            type="button"
            class="button"
            aria-pressed={!hardestFirst}
            onClick={() => setHardestFirst(false)}
          >
            Quiz order
          </button>
        </div>
      )}
      <ol class="question-stats">
        {shown.map((q) => (
          <li key={q.questionId} class={isHard(q) ? "card q-stat hard" : "card q-stat"}>
            <p class="q-stat-title">
              <span class="q-number">Question {q.number}</span>
              {isHard(q) && <span class="hard-tag">Under half right</span>}
            </p>
            <p class="q-prompt">{q.prompt}</p>
            {q.percentRight === null ? (
              <p class="meta">No answers yet.</p>
            ) : (
              <>
                <div class="bar-row">
                  <svg
                    class="bar"
                    viewBox="0 0 100 8"
                    preserveAspectRatio="none"
                    aria-hidden="true"
                  >
                    <rect class="bar-track" width="100" height="8" rx="2" />
                    <rect class="bar-fill" width={q.percentRight} height="8" rx="2" />
                  </svg>
                  <span class="pct">
                    <strong>{q.percentRight}% right</strong> ({q.correct} of {q.answered})
                  </span>
                </div>
                <p class="wrong-answer">
                  {q.mostCommonWrong ? (
                    <>
                      Most common wrong answer:{" "}
                      <strong>{answerText(q.mostCommonWrong.answer)}</strong> (
                      {q.mostCommonWrong.count === 1
                        ? "1 student"
                        : `${q.mostCommonWrong.count} students`}
                      )
                    </>
                  ) : (
                    "No wrong answers."
                  )}
                </p>
              </>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
