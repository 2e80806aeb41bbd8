import type { AnswerValue } from "../../../questions/grade.ts";
import type { EvidenceText } from "../play/Evidence";

/**
 * What this browser has learned about a quiz's answers, and only through the student's own actions:
 * the feedback to a scored answer, a practice check, a flashcard's "Show answer", or the review of
 * a finished attempt. Kept per quiz in localStorage so learning mode works offline for these
 * questions. Nothing here is ever fetched ahead of the student.
 */
export type Revealed = {
  answer: AnswerValue;
  /**
   * Other accepted forms; absent when this browser does not know them (scored feedback omits them).
   */
  accept?: string[];
  explanation: string;
  evidence: EvidenceText;
  sources?: EvidenceText[];
};

export type QuizKnowledge = {
  questions: Record<string, Revealed>;
  /** Questions the student missed in a scored attempt, for the article view. */
  missed: string[];
};

const key = (quizId: string) => `factquiz:revealed:${quizId}`;

export function loadRevealed(quizId: string): QuizKnowledge {
  try {
    const stored = JSON.parse(localStorage.getItem(key(quizId)) ?? "null") as QuizKnowledge | null;
    if (stored && typeof stored.questions === "object")
      return { questions: stored.questions, missed: stored.missed ?? [] };
  } catch {
    // unreadable or blocked: nothing known
  }
  return { questions: {}, missed: [] };
}

/**
 * Adds what was just revealed (keeping what an earlier, fuller reveal knew) and, for a scored
 * answer, whether it was missed.
 */
export function remember(quizId: string, questionId: string, revealed: Revealed, missed?: boolean) {
  const known = loadRevealed(quizId);
  known.questions[questionId] = { ...known.questions[questionId], ...revealed };
  if (missed !== undefined)
    known.missed = [
      ...known.missed.filter((id) => id !== questionId),
      ...(missed ? [questionId] : []),
    ];
  try {
    localStorage.setItem(key(quizId), JSON.stringify(known));
  } catch {
    // storage full or blocked: learning mode asks the server again next time
  }
}
