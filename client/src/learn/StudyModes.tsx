import { dueCards, readSchedule } from "./review-due";

/** The ways to study one quiz, with how many of its questions are due for review today. */
export function StudyModes({ quizId }: { quizId: string }) {
  const due = dueCards(readSchedule(localStorage, quizId), Date.now()).length;
  return (
    <nav class="study-modes" aria-label="Ways to study">
      <a class="button primary" href={`/learn/${quizId}/practice`}>
        Practise
      </a>
      <a class="button" href={`/learn/${quizId}/cards`}>
        Flashcards
      </a>
      <a class="button" href={`/learn/${quizId}/review`}>
        {due ? `Review (${due} due today)` : "Review"}
      </a>
    </nav>
  );
}
