import { DurableObject } from "cloudflare:workers";
import type { AnswerValue } from "../../questions/grade.ts";
import type { Quiz } from "../../questions/types.ts";
import { editProblem } from "../quizzes/check-questions.ts";
import { practiceOf } from "../learn/practice-policy.ts";
import { getQuizRecord } from "../storage/quizzes.ts";
import { timingSafeEqual } from "hono/utils/buffer";
import { answerQuestion } from "./answer.ts";
import { attemptView } from "./attempt-view.ts";
import { insertAttempt, listAllAnswers, listAttempts } from "./attempts.ts";
import { finishAttempt, saveUnsavedScores } from "./finish.ts";
import { practiceLookup } from "./practice-access.ts";
import { kvQuizSync, markQuizChanged } from "./quiz-sync.ts";
import { indexQuiz, readRoomQuiz, writeRoomQuiz, type RoomQuiz } from "./room-quiz.ts";
import { migrateRoom, ROOM_SCHEMA } from "./schema.ts";
import { readKeyHash, writeKeyHash } from "./key-hash-store.ts";
import type {
  AnswerOutcome, AttemptView, EditOutcome, FinishResult, PracticeLookup, QuizEdit, ResultsOutcome, TeacherCheck,
} from "./types.ts";

/**
 * One Durable Object per quiz (`idFromName(quizId)`): the attempts in progress live in its SQLite
 * storage, so every answer to one quiz is serialised here and the first answer always wins.
 * It also keeps its own copy of the quiz, which KV may not show everywhere for a minute, and for a
 * teacher's quiz the hash of the key that may edit it; edits land here first and reach KV after.
 * Methods are called over RPC; those that need the quiz take its id, as a room cannot name itself.
 */
export class QuizRoom extends DurableObject<Env> {
  #quiz: RoomQuiz | null = null;
  readonly #syncQuiz: () => Promise<void>;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec(ROOM_SCHEMA);
    migrateRoom(ctx.storage.sql);
    this.#syncQuiz = kvQuizSync(ctx, env.QUIZZES, () => this.#quiz?.quiz ?? null);
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

  /**
   * Takes this room for a new teacher's quiz, editable with the key whose hash is given; false
   * when the room (or KV) already holds a quiz under this id, which then stays untouched.
   */
  async createQuiz(quiz: Quiz, keyHash: string): Promise<boolean> {
    if (await this.#load(quiz.id)) return false;
    const sql = this.ctx.storage.sql;
    this.ctx.storage.transactionSync(() => {
      this.storeQuiz(quiz);
      writeKeyHash(sql, keyHash);
      markQuizChanged(sql);
    });
    await this.#syncQuiz();
    return true;
  }

  /** Whether `keyHash` is the hash of this quiz's teacher key (compared in constant time). */
  async checkTeacher(quizId: string, keyHash: string): Promise<TeacherCheck> {
    if (!(await this.#load(quizId))) return "no_quiz";
    const stored = readKeyHash(this.ctx.storage.sql);
    if (stored === null) return "not_editable";
    return (await timingSafeEqual(stored, keyHash)) ? "ok" : "wrong_key";
  }

  /**
   * Replaces the title and questions after checking them against the article. Grading uses the
   * new questions at once; answers already recorded keep their verdicts; KV follows (see `kvQuizSync`).
   */
  async editQuiz(quizId: string, keyHash: string, edit: QuizEdit): Promise<EditOutcome> {
    const check = await this.checkTeacher(quizId, keyHash);
    if (check !== "ok") return { ok: false, reason: check };
    const old = this.#quiz!.quiz;
    const problem = editProblem(old, edit.questions);
    if (problem) return { ok: false, reason: "invalid", message: problem };
    // The practice policy changes only when the edit says so; from then on the quiz states it.
    const quiz: Quiz = { ...old, title: edit.title, questions: edit.questions, practice: edit.practice ?? practiceOf(old) };
    this.ctx.storage.transactionSync(() => {
      this.storeQuiz(quiz);
      markQuizChanged(this.ctx.storage.sql);
    });
    await this.#syncQuiz();
    return { ok: true, quiz };
  }

  /** Every attempt and answer, for the quiz's teacher. */
  async results(quizId: string, keyHash: string): Promise<ResultsOutcome> {
    const check = await this.checkTeacher(quizId, keyHash);
    if (check !== "ok") return { ok: false, reason: check };
    const sql = this.ctx.storage.sql;
    return { ok: true, results: { quiz: this.#quiz!.quiz, attempts: listAttempts(sql), answers: listAllAnswers(sql) } };
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

  /**
   * One question for a practice check, with the quiz's practice policy and whether `attemptId`
   * (a verified token's attempt, or null) has answered it or finished. Writes nothing.
   */
  async practiceQuestion(quizId: string, questionId: string, attemptId: string | null): Promise<PracticeLookup> {
    const room = await this.#load(quizId);
    if (!room) return { ok: false, reason: "no_quiz" };
    return practiceLookup(this.ctx.storage.sql, room, questionId, attemptId);
  }

  /** Finishes an attempt once; later calls return the same score and write nothing. */
  async finish(quizId: string, attemptId: string): Promise<FinishResult | null> {
    const room = await this.#load(quizId);
    return room && finishAttempt(this.ctx, this.env.QUIZZES, quizId, attemptId, new Set(room.questions.keys()));
  }

  /** Retries score writes to KV that failed when their attempts finished, and writes the quiz's latest edit. */
  override async alarm(): Promise<void> {
    const room = await this.#load(null);
    if (room) await saveUnsavedScores(this.ctx, this.env.QUIZZES, room.quiz.id);
    await this.#syncQuiz();
  }

  async #load(quizId: string | null): Promise<RoomQuiz | null> {
    if (this.#quiz) return this.#quiz;
    const stored = readRoomQuiz(this.ctx.storage.sql);
    if (stored) return (this.#quiz = indexQuiz(stored));
    const fromKv = quizId === null ? null : await getQuizRecord(this.env.QUIZZES, quizId);
    if (fromKv && !this.#quiz) {
      this.storeQuiz(fromKv.quiz);
      if (fromKv.keyHash) writeKeyHash(this.ctx.storage.sql, fromKv.keyHash);
    }
    return this.#quiz;
  }
}
