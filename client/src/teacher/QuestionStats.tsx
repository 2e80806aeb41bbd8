import { useState } from "preact/hooks";
import type { Results } from "./use-results";

type Stat = Results["questions"][number];

/** How many of the hardest questions get a "Hardest" label. */
const HARDEST = 3;

const answerText = (answer: string | string[]) => (Array.isArray(answer) ? answer.join("; ") : answer);

/** The questions most students got wrong: answered by someone, under 100% right, lowest share first. */
function hardestIds(stats: Stat[]): Set<string> {
  const ranked = stats.filter((q) => q.percentRight !== null && q.percentRight < 100).sort((a, b) => a.percentRight! - b.percentRight!);
  return new Set(ranked.slice(0, HARDEST).map((q) => q.questionId));
}

/**
 * Per question: the share of students who got it right as a bar and as text, the most common
 * wrong answer, and the hardest questions labelled in words. Sorted hardest first or in quiz order.
 */
export function QuestionStats({ questions }: { questions: Stat[] }) {
  const [hardestFirst, setHardestFirst] = useState(true);
  const hardest = hardestIds(questions);
  const shown = hardestFirst
    ? questions.slice().sort((a, b) => (a.percentRight ?? 101) - (b.percentRight ?? 101) || a.number - b.number)
    : questions;

  return (
    <>
      <div class="sort-toggle" role="group" aria-label="Order of questions">
        <button type="button" class="button" aria-pressed={hardestFirst} onClick={() => setHardestFirst(true)}>
          Hardest first
        </button>
        <button type="button" class="button" aria-pressed={!hardestFirst} onClick={() => setHardestFirst(false)}>
          Quiz order
        </button>
      </div>
      <ol class="question-stats">
        {shown.map((q) => (
          <li key={q.questionId} class={hardest.has(q.questionId) ? "card q-stat hard" : "card q-stat"}>
            <p class="q-stat-title">
              <span class="q-number">Question {q.number}</span>
              {hardest.has(q.questionId) && <span class="hard-tag">Hardest</span>}
            </p>
            <p class="q-prompt">{q.prompt}</p>
            {q.percentRight === null ? (
              <p class="meta">No answers yet.</p>
            ) : (
              <>
                <div class="bar-row">
                  <svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
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
                      Most common wrong answer: <strong>{answerText(q.mostCommonWrong.answer)}</strong> (
                      {q.mostCommonWrong.count === 1 ? "1 student" : `${q.mostCommonWrong.count} students`})
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
