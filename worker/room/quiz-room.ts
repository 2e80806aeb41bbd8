import { DurableObject } from "cloudflare:workers";
import type { AnswerValue } from "../../questions/grade.ts";
import type { Quiz } from "../../questions/types.ts";
import { getQuiz } from "../storage/quizzes.ts";
import { answerQuestion } from "./answer.ts";
import { attemptView } from "./attempt-view.ts";
import { insertAttempt } from "./attempts.ts";
import { finishAttempt, saveUnsavedScores } from "./finish.ts";
import { indexQuiz, readRoomQuiz, writeRoomQuiz, type RoomQuiz } from "./room-quiz.ts";
import { ROOM_SCHEMA } from "./schema.ts";
import type { AnswerOutcome, AttemptView, FinishResult } from "./types.ts";

/**
 * One Durable Object per quiz (`idFromName(quizId)`): the attempts in progress live in its SQLite
 * storage, so every answer to one quiz is serialised here and the first answer always wins.
 * It also keeps its own copy of the quiz, which KV may not show everywhere for a minute.
 * Methods are called over RPC; those that need the quiz take its id, as a room cannot name itself.
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
    return room && attemptView(this.ctx.storage.sql, room, attemptId);
  }

  async answer(quizId: string, attemptId: string, questionId: string, given: AnswerValue): Promise<AnswerOutcome> {
    const room = await this.#load(quizId);
    if (!room) return { ok: false, reason: "no_attempt" };
    return answerQuestion(this.ctx.storage.sql, room, attemptId, questionId, given);
  }

  /** Finishes an attempt once; later calls return the same score and write nothing. */
  async finish(quizId: string, attemptId: string): Promise<FinishResult | null> {
    const room = await this.#load(quizId);
    return room && finishAttempt(this.ctx, this.env.QUIZZES, quizId, attemptId, room.quiz.questions.length);
  }

  /** Retries score writes to KV that failed when their attempts finished. */
  override async alarm(): Promise<void> {
    const room = await this.#load(null);
    if (room) await saveUnsavedScores(this.ctx, this.env.QUIZZES, room.quiz.id);
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
