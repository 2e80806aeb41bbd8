import type { AnswerValue } from "../../questions/grade.ts";

/** An attempt row as the QuizRoom keeps it. */
export type Attempt = {
  id: string;
  name: string;
  startedAt: number;
  finishedAt: number | null;
  score: number | null;
  total: number | null;
  /**
   * A try after the student's scored attempt ("one scored attempt" quizzes): never on the
   * leaderboard.
   */
  practice: boolean;
  /** When the teacher removed it (null: not removed). */
  removedAt: number | null;
};

/** A recorded answer: what the student sent first and whether it was right. */
export type RecordedAnswer = {
  questionId: string;
  answer: AnswerValue;
  correct: boolean;
  points: number;
};

type AttemptRow = {
  id: string;
  name: string;
  started_at: number;
  finished_at: number | null;
  score: number | null;
  total: number | null;
  practice: number;
  removed_at: number | null;
};
type AnswerRow = { question_id: string; answer: string; correct: number; points: number | null };

/** A recorded answer with its attempt, as a teacher's results list them. */
export type AttemptAnswer = RecordedAnswer & { attemptId: string };

const toAttempt = (r: AttemptRow): Attempt => ({
  id: r.id,
  name: r.name,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  score: r.score,
  total: r.total,
  practice: r.practice === 1,
  removedAt: r.removed_at,
});
const toAnswer = (r: AnswerRow): RecordedAnswer => ({
  questionId: r.question_id,
  answer: JSON.parse(r.answer) as AnswerValue,
  correct: r.correct === 1,
  // answers recorded before partial credit existed are worth what their verdict says
  points: r.points ?? (r.correct === 1 ? 1 : 0),
});

/**
 * A new attempt: who plays it (device, typed name's key), the name shown, and whether it is
 * practice.
 */
export type NewAttempt = {
  id: string;
  name: string;
  device: string | null;
  baseKey: string;
  nameKey: string;
  practice: boolean;
};

export function insertAttempt(sql: SqlStorage, a: NewAttempt, now: number): void {
  sql.exec(
    "INSERT INTO attempts (id, name, started_at, device, base_key, name_key, practice) " +
      "VALUES (?, ?, ?, ?, ?, ?, ?)",
    a.id,
    a.name,
    now,
    a.device,
    a.baseKey,
    a.nameKey,
    a.practice ? 1 : 0,
  );
}

export function findAttempt(sql: SqlStorage, id: string): Attempt | null {
  const row = sql.exec<AttemptRow>("SELECT * FROM attempts WHERE id = ?", id).toArray()[0];
  return row ? toAttempt(row) : null;
}

export function findAnswer(
  sql: SqlStorage,
  attemptId: string,
  questionId: string,
): RecordedAnswer | null {
  const query =
    "SELECT question_id, answer, correct, points FROM answers " +
    "WHERE attempt_id = ? AND question_id = ?";
  const row = sql.exec<AnswerRow>(query, attemptId, questionId).toArray()[0];
  return row ? toAnswer(row) : null;
}

/**
 * Records an answer unless one is already there, and returns whichever answer counts: the first.
 */
export function recordFirstAnswer(
  sql: SqlStorage,
  attemptId: string,
  given: RecordedAnswer,
  now: number,
) {
  sql.exec(
    `INSERT INTO answers (attempt_id, question_id, answer, correct, points, answered_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (attempt_id, question_id) DO NOTHING`,
    attemptId,
    given.questionId,
    JSON.stringify(given.answer),
    given.correct ? 1 : 0,
    given.points,
    now,
  );
  return findAnswer(sql, attemptId, given.questionId)!;
}

export function listAnswers(sql: SqlStorage, attemptId: string): RecordedAnswer[] {
  const query =
    "SELECT question_id, answer, correct, points FROM answers " +
    "WHERE attempt_id = ? ORDER BY answered_at";
  return sql.exec<AnswerRow>(query, attemptId).toArray().map(toAnswer);
}

/** Every attempt of the room the teacher has not removed, first started first. */
export function listAttempts(sql: SqlStorage): Attempt[] {
  return sql
    .exec<AttemptRow>("SELECT * FROM attempts WHERE removed_at IS NULL ORDER BY started_at, id")
    .toArray()
    .map(toAttempt);
}

/**
 * Removes an attempt from the leaderboard and the results (`removed` true), or puts it back; false
 * when there is no such attempt.
 */
export function setRemoved(
  sql: SqlStorage,
  attemptId: string,
  removed: boolean,
  now: number,
): boolean {
  const cursor = sql.exec(
    "UPDATE attempts SET removed_at = ? WHERE id = ?",
    removed ? now : null,
    attemptId,
  );
  return cursor.rowsWritten > 0;
}

/** Every recorded answer of every attempt, in the order they were given. */
export function listAllAnswers(sql: SqlStorage): AttemptAnswer[] {
  const query =
    "SELECT attempt_id, question_id, answer, correct, points FROM answers " +
    "ORDER BY answered_at, attempt_id";
  return sql
    .exec<AnswerRow & { attempt_id: string }>(query)
    .toArray()
    .map((r) => ({ ...toAnswer(r), attemptId: r.attempt_id }));
}
