import type { AnswerValue } from "../../questions/grade.ts";
import type { Evidence, Question, Quiz } from "../../questions/types.ts";
import type { AttemptOrder } from "../attempts/attempt-order.ts";
import type { PracticePolicy } from "../learn/practice-policy.ts";
import type { Attempt, AttemptAnswer } from "./attempts.ts";
import type { PairVerdict } from "./points.ts";

/** What a student learns right after answering: the verdict and the article's own sentence. */
export type Feedback = {
  correct: boolean;
  correctAnswer: AnswerValue;
  explanation: string;
  evidence: Evidence;
  /**
   * A match's share of its point (pairs right / pairs) and each pair with its verdict and sentence.
   */
  points?: number;
  pairs?: PairVerdict[];
};

/** A recorded answer with its feedback, as shown again when a student resumes. */
export type AnswerRecord = Feedback & { answer: AnswerValue };

/** An attempt so far: enough for a client to resume on the next question with the same score. */
export type AttemptView = {
  attemptId: string;
  quizId: string;
  name: string;
  answers: Record<string, AnswerRecord>;
  finished: boolean;
  /** The final score and when it was reached (ms since the epoch), once finished. */
  score?: number;
  finishedAt?: number;
  total: number;
  /** A try after the student's scored attempt: its score is not on the leaderboard. */
  practice: boolean;
  /** This student's order of questions and options (null: the quiz's own order). */
  order: AttemptOrder | null;
};

/** A finished attempt's score; `rank` is null for a practice try (not on the leaderboard). */
export type FinishResult = { score: number; total: number; rank: number | null; practice: boolean };

/** A started attempt: the name it shows (made distinct in the quiz) and whether it is practice. */
export type StartOutcome =
  | { ok: true; name: string; practice: boolean }
  | { ok: false; reason: "no_quiz" | "draft" | "closed" };

/** Why an answer was not recorded; the worker turns each into an HTTP error. */
export type AnswerRefusal = "no_attempt" | "no_question" | "finished" | "wrong_shape";

export type AnswerOutcome = { ok: true; feedback: Feedback } | { ok: false; reason: AnswerRefusal };

/**
 * What a presented teacher key opens: "ok", or why not (no such quiz, nobody may edit it, wrong
 * key).
 */
export type TeacherCheck = "ok" | "no_quiz" | "not_editable" | "wrong_key";
export type TeacherRefusal = Exclude<TeacherCheck, "ok">;

/**
 * A teacher's reviewed title and questions (PUT /api/quizzes/:id), and the practice policy when it
 * changes.
 */
export type QuizEdit = {
  title: string;
  questions: Question[];
  practice?: PracticePolicy | undefined;
};

export type EditOutcome =
  | { ok: true; quiz: Quiz }
  | { ok: false; reason: TeacherRefusal }
  | { ok: false; reason: "invalid"; message: string };

/**
 * Everything a teacher's results are made of: the quiz as it is now, every attempt and every
 * answer.
 */
export type RoomResults = { quiz: Quiz; attempts: Attempt[]; answers: AttemptAnswer[] };

export type ResultsOutcome =
  | { ok: true; results: RoomResults }
  | { ok: false; reason: TeacherRefusal };

/**
 * What the room tells a practice check about one question: the question, the quiz's policy, and
 * where the presented attempt stands with it ("none" when no attempt was presented or the quiz is
 * open).
 */
export type PracticeLookup =
  | {
      ok: true;
      question: Question;
      practice: PracticePolicy;
      attempt: "none" | "unknown" | "unanswered" | "answered" | "finished";
    }
  | { ok: false; reason: "no_quiz" | "no_question" };
