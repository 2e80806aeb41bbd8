import { DurableObject } from "cloudflare:workers";
import { gradeAnswer, type AnswerValue } from "../../questions/grade.ts";
import type { Quiz } from "../../questions/types.ts";
import { getQuiz } from "../storage/quizzes.ts";
import { findAnswer, findAttempt, insertAttempt, listAnswers, recordFirstAnswer } from "./attempts.ts";
import { feedbackFor, fitsQuestion } from "./feedback.ts";
import { indexQuiz, readRoomQuiz, writeRoomQuiz, type RoomQuiz } from "./room-quiz.ts";
import { ROOM_SCHEMA } from "./schema.ts";
import { finishAttempt, saveUnsavedScores } from "./finish.ts";
import type { AnswerOutcome, AttemptView, FinishResult } from "./types.ts";

/**
 * One Durable Object per quiz (`idFromName(quizId)`): the attempts in progress live in its SQLite
 * storage, so every answer to one quiz is serialised here and the first answer always wins.
 * It also keeps its own copy of the quiz, which KV may not show everywhere for a minute.
 */
export class QuizRoom extends DurableObject<Env> {
  #quiz: RoomQuiz | null = null;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec(ROOM_SCHEMA);
  }

  /** Saves (or replaces) this room's quiz. */
  storeQuiz(quiz: Quiz): void {
    writeRoomQuiz(this.ctx.storage.sql, quiz);
    this.#quiz = indexQuiz(quiz);
  }

  /** The quiz with answers: this room's copy, else KV's (then kept here), else null. */
  async getQuiz(quizId: string): Promise<Quiz | null> {
    return (await this.#load(quizId))?.quiz ?? null;
  }

  /** Starts an attempt; false when the quiz does not exist. */
  async startAttempt(quizId: string, attemptId: string, name: string): Promise<boolean> {
    if (!(await this.#load(quizId))) return false;
    insertAttempt(this.ctx.storage.sql, attemptId, name, Date.now());
    return true;
  }

  async getAttempt(quizId: string, attemptId: string): Promise<AttemptView | null> {
    const room = await this.#load(quizId);
    const attempt = room && findAttempt(this.ctx.storage.sql, attemptId);
    if (!room || !attempt) return null;
    const answers: AttemptView["answers"] = {};
    for (const a of listAnswers(this.ctx.storage.sql, attemptId)) {
      const q = room.questions.get(a.questionId);
      if (q) answers[a.questionId] = { answer: a.answer, ...feedbackFor(q, a.correct) };
    }
    const finished = attempt.finishedAt !== null;
    const total = attempt.total ?? room.quiz.questions.length;
    const result = finished ? { score: attempt.score!, finishedAt: attempt.finishedAt! } : {};
    return { attemptId, quizId, name: attempt.name, answers, finished, ...result, total };
  }

  /** Grades and records an answer; a question already answered keeps its first answer. */
  async answer(quizId: string, attemptId: string, questionId: string, given: AnswerValue): Promise<AnswerOutcome> {
    const room = await this.#load(quizId);
    const sql = this.ctx.storage.sql;
    const attempt = room && findAttempt(sql, attemptId);
    if (!room || !attempt) return { ok: false, reason: "no_attempt" };
    const q = room.questions.get(questionId);
    if (!q) return { ok: false, reason: "no_question" };
    const earlier = findAnswer(sql, attemptId, questionId);
    if (earlier) return { ok: true, feedback: feedbackFor(q, earlier.correct) };
    if (attempt.finishedAt !== null) return { ok: false, reason: "finished" };
    if (!fitsQuestion(q, given)) return { ok: false, reason: "wrong_shape" };
    const counted = recordFirstAnswer(sql, attemptId, { questionId, answer: given, correct: gradeAnswer(q, given) }, Date.now());
    return { ok: true, feedback: feedbackFor(q, counted.correct) };
  }

  /** Finishes an attempt once; later calls return the same score and write nothing. */
  async finish(quizId: string, attemptId: string): Promise<FinishResult | null> {
    const room = await this.#load(quizId);
    return room && finishAttempt(this.ctx, this.env.QUIZZES, quizId, attemptId, room.quiz.questions.length);
  }

  /** Retries score writes to KV that failed when their attempts finished. */
  override async alarm(): Promise<void> {
    const quiz = await this.#load(null);
    if (quiz) await saveUnsavedScores(this.ctx, this.env.QUIZZES, quiz.quiz.id);
  }

  async #load(quizId: string | null): Promise<RoomQuiz | null> {
    if (this.#quiz) return this.#quiz;
    const stored = readRoomQuiz(this.ctx.storage.sql);
    if (stored) return (this.#quiz = indexQuiz(stored));
    const fromKv = quizId === null ? null : await getQuiz(this.env.QUIZZES, quizId);
    if (fromKv && !this.#quiz) this.storeQuiz(fromKv);
    return this.#quiz;
  }
}
