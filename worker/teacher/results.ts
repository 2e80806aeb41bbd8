import { type AnswerValue, normalizeAnswer } from "../../questions/grade.ts";
import { attemptOrder } from "../attempts/attempt-order.ts";
import type { AttemptAnswer } from "../room/attempts.ts";
import { roundScore } from "../room/points.ts";
import type { RoomResults } from "../room/types.ts";

/**
 * One student's answer to one question, as recorded (the verdict stands even if the question was
 * edited since).
 */
export type StudentAnswer = { answer: AnswerValue; correct: boolean; points: number };

/**
 * One attempt. A finished attempt keeps the score and total it finished with; one still playing
 * shows its right answers so far out of the quiz's current questions. `answers` holds the current
 * questions the student answered, by question id.
 */
export type StudentResult = {
  attemptId: string;
  name: string;
  score: number;
  total: number;
  finished: boolean;
  /**
   * A try after the student's scored attempt (one scored attempt per student): not on the
   * leaderboard.
   */
  practice: boolean;
  startedAt: number;
  finishedAt: number | null;
  answers: Record<string, StudentAnswer>;
  /**
   * The question ids in the order this student got them (the quiz's order when it is not shuffled).
   */
  order: string[];
};

/** One current question across the class; `percentRight` is null until someone answers it. */
export type QuestionResult = {
  questionId: string;
  number: number;
  type: string;
  prompt: string;
  answered: number;
  correct: number;
  percentRight: number | null;
  mostCommonWrong: { answer: AnswerValue; count: number } | null;
};

export type QuizResults = {
  quizId: string;
  title: string;
  questionCount: number;
  students: StudentResult[];
  questions: QuestionResult[];
};

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/**
 * Wrong answers that read the same (case, accents, punctuation, "2,000" and "2000") are counted
 * together.
 */
const sameWrongKey = (a: AnswerValue) =>
  Array.isArray(a) ? JSON.stringify(a.map(normalizeAnswer)) : normalizeAnswer(a);

function mostCommonWrong(answers: AttemptAnswer[]): QuestionResult["mostCommonWrong"] {
  const groups = new Map<string, { answer: AnswerValue; count: number }>();
  for (const a of answers) {
    if (a.correct) continue;
    const key = sameWrongKey(a.answer);
    const group = groups.get(key) ?? { answer: a.answer, count: 0 };
    group.count++;
    groups.set(key, group);
  }
  // The most given; on a tie, the one given first.
  return [...groups.values()].reduce<QuestionResult["mostCommonWrong"]>(
    (best, g) => (best && best.count >= g.count ? best : g),
    null,
  );
}

/**
 * The order of the dashboard and the CSV alike: finished students first, best score first; then
 * those still playing, furthest along first; then by name.
 */
function byProgress(a: StudentResult, b: StudentResult): number {
  if (a.finished !== b.finished) return a.finished ? -1 : 1;
  const along = (s: StudentResult) => Object.keys(s.answers).length;
  return (
    b.score - a.score ||
    along(b) - along(a) ||
    a.name.localeCompare(b.name) ||
    a.startedAt - b.startedAt
  );
}

/**
 * The teacher's view of a quiz's attempts: per student and per question, students still playing
 * included.
 */
export function summarizeResults({ quiz, attempts, answers }: RoomResults): QuizResults {
  const current = new Set(quiz.questions.map((q) => q.id));
  const byAttempt = groupBy(
    answers.filter((a) => current.has(a.questionId)),
    (a) => a.attemptId,
  );
  const byQuestion = groupBy(answers, (a) => a.questionId);
  const students = attempts.map((t): StudentResult => {
    const given = byAttempt.get(t.id) ?? [];
    const finished = t.finishedAt !== null;
    return {
      attemptId: t.id,
      name: t.name,
      score: finished ? t.score! : roundScore(given.reduce((n, a) => n + a.points, 0)),
      total: finished ? t.total! : quiz.questions.length,
      finished,
      practice: t.practice,
      startedAt: t.startedAt,
      finishedAt: t.finishedAt,
      answers: Object.fromEntries(
        given.map((a) => [
          a.questionId,
          { answer: a.answer, correct: a.correct, points: a.points },
        ]),
      ),
      order: attemptOrder(t.id, quiz)?.questions ?? quiz.questions.map((q) => q.id),
    };
  });
  students.sort(byProgress);
  const questions = quiz.questions.map((q, i): QuestionResult => {
    const given = byQuestion.get(q.id) ?? [];
    const correct = given.filter((a) => a.correct).length;
    return {
      questionId: q.id,
      number: i + 1,
      type: q.type,
      prompt: q.prompt,
      answered: given.length,
      correct,
      percentRight: given.length ? Math.round((100 * correct) / given.length) : null,
      mostCommonWrong: mostCommonWrong(given),
    };
  });
  return {
    quizId: quiz.id,
    title: quiz.title,
    questionCount: quiz.questions.length,
    students,
    questions,
  };
}
