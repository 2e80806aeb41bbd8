import type { ComponentChildren } from "preact";

/** What a question that opens only after it is played says, on every learning page. */
export const PLAY_FIRST =
  "Play the quiz first — practice opens for each question once you've answered it.";

/**
 * Why a teacher's quiz holds practice back, said up front from the quiz's public `practice`
 * setting.
 */
export const TEACHER_SET = "Your teacher has set this quiz so that practice opens after you play.";

/** A notice that practice (or some of it) waits for the scored quiz, with the way there. */
export function PlayFirstNote({
  quizId,
  children,
}: {
  quizId: string;
  children?: ComponentChildren;
}) {
  return (
    <div class="notice play-first">
      <p>{children ?? <strong>{PLAY_FIRST}</strong>}</p>
      <a class="button" href={`/q/${quizId}`}>
        Play the quiz
      </a>
    </div>
  );
}
