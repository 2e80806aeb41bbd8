import { DurableObject } from "cloudflare:workers";
import { timingSafeEqual } from "hono/utils/buffer";
import type { AnswerValue } from "../../questions/grade.ts";
import type { Quiz } from "../../questions/types.ts";
import { practiceOf } from "../learn/practice-policy.ts";
import { editProblem } from "../quizzes/check-questions.ts";
import {
  type QuizSettings,
  type SettingsPatchInput,
  type StoredQuiz,
  settingsOf,
} from "../quizzes/quiz-settings.ts";
import { getQuizRecord } from "../storage/quizzes.ts";
import { type RoomAlarm, roomAlarm } from "./alarm.ts";
import { answerQuestion } from "./answer.ts";
import { attemptView } from "./attempt-view.ts";
import { listAllAnswers, listAttempts, setRemoved } from "./attempts.ts";
import { finishAttempt } from "./finish.ts";
import { readKeyHash, writeKeyHash } from "./key-hash-store.ts";
import { type BoardViewer, type Leaderboard, leaderboardFor } from "./leaderboard.ts";
import { practiceLookup } from "./practice-access.ts";
import { kvQuizSync, markQuizChanged } from "./quiz-sync.ts";
import { indexQuiz, type RoomQuiz, readRoomQuiz, writeRoomQuiz } from "./room-quiz.ts";
import { ensureSchema, hasTables } from "./schema.ts";
import { markScoresChanged, writeScores } from "./score-sync.ts";
import { startAttempt } from "./start.ts";
import type {
  AnswerOutcome,
  AttemptView,
  EditOutcome,
  FinishResult,
  PracticeLookup,
  QuizEdit,
  ResultsOutcome,
  StartOutcome,
  TeacherCheck,
  TeacherRefusal,
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
  #schema = false;
  readonly #alarm: RoomAlarm;
  readonly #syncQuiz: () => Promise<void>;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    // No tables yet: a room that is only read (an unknown quiz id) must not create storage.
    this.#alarm = roomAlarm(ctx);
    this.#syncQuiz = kvQuizSync(ctx, env.QUIZZES, this.#alarm, () => this.#quiz?.quiz ?? null);
  }

  get #sql(): SqlStorage {
    if (!this.#schema) {
      ensureSchema(this.ctx.storage.sql);
      this.#schema = true;
    }
    return this.ctx.storage.sql;
  }

  /** Saves (or replaces) this room's quiz. */
  storeQuiz(quiz: Quiz): void {
    writeRoomQuiz(this.#sql, quiz);
    this.#quiz = indexQuiz(quiz);
  }

  /**
   * The quiz with answers (its settings and seed too): this room's copy, else KV's (then kept
   * here), else null.
   */
  async getQuiz(quizId: string): Promise<Quiz | null> {
    return (await this.#load(quizId))?.quiz ?? null;
  }

  /**
   * Takes this room for a new teacher's quiz, editable with the key whose hash is given; false
   * when the room (or KV) already holds a quiz under this id, which then stays untouched.
   */
  async createQuiz(quiz: Quiz, keyHash: string): Promise<boolean> {
    if (await this.#load(quiz.id)) return false;
    const sql = this.#sql;
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
    const stored = readKeyHash(this.#sql);
    if (stored === null) return "not_editable";
    return (await timingSafeEqual(stored, keyHash)) ? "ok" : "wrong_key";
  }

  /**
   * Replaces the title and questions after checking them against the article. Grading uses the
   * new questions at once; answers already recorded keep their verdicts; KV follows (see
   * `kvQuizSync`).
   */
  async editQuiz(quizId: string, keyHash: string, edit: QuizEdit): Promise<EditOutcome> {
    const check = await this.checkTeacher(quizId, keyHash);
    if (check !== "ok") return { ok: false, reason: check };
    const old = this.#quiz!.quiz;
    const problem = editProblem(old, edit.questions);
    if (problem) return { ok: false, reason: "invalid", message: problem };
    // The practice policy changes only when the edit says so; settings and seed stay as they are.
    const quiz: Quiz = {
      ...old,
      title: edit.title,
      questions: edit.questions,
      practice: edit.practice ?? practiceOf(old),
    };
    this.#replaceQuiz(quiz);
    await this.#syncQuiz();
    return { ok: true, quiz };
  }

  /**
   * Changes the classroom settings (publish, close, reopen, leaderboard, attempts, shuffle); KV
   * follows.
   */
  async updateSettings(
    quizId: string,
    keyHash: string,
    patch: SettingsPatchInput,
  ): Promise<EditOutcome> {
    const check = await this.checkTeacher(quizId, keyHash);
    if (check !== "ok") return { ok: false, reason: check };
    const old = this.#quiz!.quiz;
    const settings: QuizSettings = { ...settingsOf(old), ...patch };
    const quiz: StoredQuiz = { ...old, settings };
    const boardChanged = settings.leaderboard !== settingsOf(old).leaderboard;
    this.#replaceQuiz(quiz);
    if (boardChanged) markScoresChanged(this.#sql, this.#alarm, Date.now());
    await this.#syncQuiz();
    return { ok: true, quiz };
  }

  /** Every attempt and answer, for the quiz's teacher. */
  async results(quizId: string, keyHash: string): Promise<ResultsOutcome> {
    const check = await this.checkTeacher(quizId, keyHash);
    if (check !== "ok") return { ok: false, reason: check };
    const sql = this.#sql;
    return {
      ok: true,
      results: {
        quiz: this.#quiz!.quiz,
        attempts: listAttempts(sql),
        answers: listAllAnswers(sql),
      },
    };
  }

  /**
   * The teacher removes an attempt from the leaderboard and the results (`removed` true), or
   * undoes that; the attempt's rows are kept, so undo works at any time. KV's copy follows.
   */
  async removeAttempt(
    quizId: string,
    keyHash: string,
    attemptId: string,
    removed: boolean,
  ): Promise<"ok" | "no_attempt" | TeacherRefusal> {
    const check = await this.checkTeacher(quizId, keyHash);
    if (check !== "ok") return check;
    const now = Date.now();
    if (!setRemoved(this.#sql, attemptId, removed, now)) return "no_attempt";
    markScoresChanged(this.#sql, this.#alarm, now);
    return "ok";
  }

  /** Starts an attempt (see `startAttempt`): refused for an unknown, draft or closed quiz. */
  async startAttempt(
    quizId: string,
    attemptId: string,
    name: string,
    device: string | null,
  ): Promise<StartOutcome> {
    const room = await this.#load(quizId);
    if (!room) return { ok: false, reason: "no_quiz" };
    return startAttempt(this.#sql, settingsOf(room.quiz), attemptId, name, device, Date.now());
  }

  async getAttempt(quizId: string, attemptId: string): Promise<AttemptView | null> {
    const room = await this.#load(quizId);
    return room && attemptView(this.#sql, room, attemptId);
  }

  async answer(
    quizId: string,
    attemptId: string,
    questionId: string,
    given: AnswerValue,
  ): Promise<AnswerOutcome> {
    const room = await this.#load(quizId);
    if (!room) return { ok: false, reason: "no_attempt" };
    return answerQuestion(this.#sql, room, attemptId, questionId, given);
  }

  /**
   * One question for a practice check, with the quiz's practice policy and whether `attemptId`
   * (a verified token's attempt, or null) has answered it or finished. Writes nothing.
   */
  async practiceQuestion(
    quizId: string,
    questionId: string,
    attemptId: string | null,
  ): Promise<PracticeLookup> {
    const room = await this.#load(quizId);
    if (!room) return { ok: false, reason: "no_quiz" };
    return practiceLookup(this.#sql, room, questionId, attemptId);
  }

  /** Finishes an attempt once; later calls return the same score and write nothing. */
  async finish(quizId: string, attemptId: string): Promise<FinishResult | null> {
    const room = await this.#load(quizId);
    return room && finishAttempt(this.#sql, this.#alarm, attemptId, new Set(room.questions.keys()));
  }

  /** The leaderboard as `viewer` may see it (see `leaderboardFor`), or null for an unknown quiz. */
  async leaderboard(quizId: string, viewer: BoardViewer): Promise<Leaderboard | null> {
    const room = await this.#load(quizId);
    return room && leaderboardFor(this.#sql, settingsOf(room.quiz), viewer);
  }

  /**
   * Writes the finished scores to KV in a batch, and the quiz's latest edit (each re-arms the alarm
   * if it must wait).
   */
  override async alarm(): Promise<void> {
    this.#alarm.rang();
    const room = await this.#load(null);
    if (room) await writeScores(this.#sql, this.env.QUIZZES, this.#alarm, room.quiz.id);
    await this.#syncQuiz();
  }

  #replaceQuiz(quiz: Quiz): void {
    this.ctx.storage.transactionSync(() => {
      this.storeQuiz(quiz);
      markQuizChanged(this.#sql);
    });
  }

  async #load(quizId: string | null): Promise<RoomQuiz | null> {
    if (this.#quiz) return this.#quiz;
    const stored = hasTables(this.ctx.storage.sql) ? readRoomQuiz(this.#sql) : null;
    if (stored) {
      this.#quiz = indexQuiz(stored);
      return this.#quiz;
    }
    const fromKv = quizId === null ? null : await getQuizRecord(this.env.QUIZZES, quizId);
    if (fromKv && !this.#quiz) {
      this.storeQuiz(fromKv.quiz);
      if (fromKv.keyHash) writeKeyHash(this.#sql, fromKv.keyHash);
    }
    return this.#quiz;
  }
}
