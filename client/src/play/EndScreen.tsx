import type { AnswerValue } from "../../../questions/grade.ts";
import type { PublicQuestion } from "../../../questions/types.ts";
import { Leaderboard } from "../components/Leaderboard";
import { useFocusedHeading } from "../components/use-focused-heading";
import { AnswerText } from "./AnswerText";
import { Evidence } from "./Evidence";
import type { Verdict } from "./Feedback";

/** A question the student got wrong, with what they said and what the article says. */
export type Missed = { question: PublicQuestion; given: AnswerValue; verdict: Verdict };

type Props = {
  quizId: string;
  /** The attempt's token, so the leaderboard marks the student's own row. */
  token: string;
  score: number;
  total: number;
  /** Place on the leaderboard, from the server's finish response when this device has it. */
  rank?: number | undefined;
  missed: Missed[];
  onPractice: () => void;
};

function ordinal(n: number) {
  const tail = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${tail}`;
}

/**
 * The score the server computed, a review of each missed question, practice, and the leaderboard.
 */
export function EndScreen({ quizId, token, score, total, rank, missed, onPractice }: Props) {
  const heading = useFocusedHeading();

  return (
    <section class="end-screen">
      <p class="eyebrow">Quiz finished</p>
      <h1 ref={heading} tabIndex={-1}>
        You scored <span class="nowrap">{`${score} out of ${total}`}</span>
      </h1>
      <p class="lede">
        {praise(score, total)}
        {rank ? ` You are ${ordinal(rank)} on the leaderboard.` : ""}
      </p>

      {missed.length > 0 && (
        <div class="card practice-offer">
          <p>
            Try the questions you missed again. Practice is just for you: it does not change your
            recorded score.
          </p>
          <button type="button" class="button primary" onClick={onPractice}>
            Practice the ones I missed
          </button>
        </div>
      )}

      <h2>Leaderboard</h2>
      <Leaderboard quizId={quizId} token={token} limit={10} />

      {missed.length > 0 ? (
        <>
          <h2>Questions you missed ({missed.length})</h2>
          <ol class="review">
            {missed.map(({ question, given, verdict }) => (
              <li key={question.id} class="card">
                <h3>{question.prompt}</h3>
                <div class="answer-lines">
                  <div>
                    Your answer: <AnswerText value={given} items={question.items} />
                  </div>
                  <div>
                    The right answer:{" "}
                    <AnswerText value={verdict.correctAnswer} items={question.items} />
                  </div>
                </div>
                {verdict.explanation && <p class="explanation">{verdict.explanation}</p>}
                <Evidence
                  evidence={verdict.evidence}
                  answer={question.type === "truefalse" ? [] : [verdict.correctAnswer].flat()}
                />
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>You got every question right. Nothing to review!</p>
      )}

      <div class="card learn-offer">
        <p>
          Learn the article for good: its facts highlighted, practice until you know each one,
          flashcards and reviews on later days.
        </p>
        <a class="button" href={`/learn/${quizId}`}>
          Study this article
        </a>
      </div>

      <p class="links">
        <a href="/">All quizzes</a>
      </p>
    </section>
  );
}

function praise(score: number, total: number) {
  const share = total ? score / total : 0;
  if (share === 1) return "A perfect score. You know this article inside out.";
  if (share >= 0.75) return "Great work: you know most of the facts.";
  if (share >= 0.5) return "Good going. The review below shows where the article says the rest.";
  return "Every question you missed is below, with the sentence from the article that answers it.";
}
