import { describe, expect, it } from "vitest";
import {
  initialPlayState,
  joinDelay,
  notOpenPollDelay,
  type PlayAction,
  type PlayState,
  playReducer,
  readyToPlay,
  retryAfterSeconds,
} from "../../client/src/play/play-state";

const quiz = {
  id: "q",
  title: "Quiz",
  questions: [
    { id: "a", type: "fill" as const, prompt: "A?" },
    { id: "b", type: "fill" as const, prompt: "B?" },
  ],
};
const verdict = {
  correct: true,
  correctAnswer: "x",
  explanation: "because",
  evidence: { paragraph: 0, text: "x." },
};
const run = (actions: PlayAction[], from: PlayState = initialPlayState) =>
  actions.reduce(playReducer, from);

describe("the play route's moves", () => {
  it("loads a quiz and asks for a name", () => {
    const state = run([{ type: "load" }, { type: "loaded", quiz }, { type: "askName" }]);
    expect(state.screen).toEqual({ kind: "name" });
    expect(state.quiz).toBe(quiz);
  });

  it("starts ready to play with the quiz that came with the page, as a load leaves it", () => {
    expect(readyToPlay(quiz)).toEqual(
      run([{ type: "load" }, { type: "loaded", quiz }, { type: "askName" }]),
    );
    const closed = { ...quiz, status: "closed" as const };
    expect(readyToPlay(closed)).toEqual(
      run([{ type: "load" }, { type: "loaded", quiz: closed }, { type: "closed" }]),
    );
  });

  it("shows 'not open yet' for a draft and loads again when asked, keeping count of loads", () => {
    const state = run([{ type: "notOpen" }]);
    expect(state.screen).toEqual({ kind: "not-open" });
    const again = playReducer(state, { type: "retryLoad" });
    expect(again.screen).toEqual({ kind: "loading" });
    expect(again.loads).toBe(state.loads + 1);
  });

  it("joins: starting, waiting on a busy server or lost connection, then question 1", () => {
    let state = run([{ type: "loaded", quiz }, { type: "askName" }, { type: "startRequested" }]);
    expect(state.screen).toEqual({ kind: "joining", waiting: null });
    state = playReducer(state, { type: "joinWaiting", waiting: "busy" });
    expect(state.screen).toEqual({ kind: "joining", waiting: "busy" });
    state = playReducer(state, { type: "joinWaiting", waiting: "offline" });
    expect(state.screen).toEqual({ kind: "joining", waiting: "offline" });
    state = playReducer(
      { ...state, position: 1, answers: { a: { given: "x", verdict } } },
      { type: "started" },
    );
    expect(state.screen).toEqual({ kind: "question" });
    expect(state.position).toBe(0);
    expect(state.answers).toEqual({});
  });

  it("lets a student cancel a join, and a late 'waiting' after the cancel changes nothing", () => {
    const state = run([
      { type: "askName" },
      { type: "startRequested" },
      { type: "cancelJoin" },
      { type: "joinWaiting", waiting: "busy" },
    ]);
    expect(state.screen).toEqual({ kind: "name" });
  });

  it("goes back to the name form with the reason when the server refuses the name", () => {
    const state = run([
      { type: "askName" },
      { type: "startRequested" },
      { type: "startFailed", message: "Enter your name." },
    ]);
    expect(state.screen).toEqual({ kind: "name" });
    expect(state.startError).toBe("Enter your name.");
    expect(playReducer(state, { type: "startRequested" }).startError).toBe("");
  });

  it("shows a closed quiz as closed", () => {
    expect(run([{ type: "startRequested" }, { type: "closed" }]).screen).toEqual({
      kind: "closed",
    });
  });

  it("records verdicts, late results, moves on, finishes, practises and starts over", () => {
    let state = run([
      { type: "loaded", quiz },
      { type: "started" },
      { type: "queueChanged", queue: [{ questionId: "a", answer: "x" }] },
    ]);
    expect(state.queue).toHaveLength(1);
    state = run(
      [
        { type: "graded", questionId: "a", answered: { given: "x", verdict } },
        { type: "queueChanged", queue: [] },
        { type: "advanced", position: 1 },
      ],
      state,
    );
    expect(state.answers.a?.verdict.correct).toBe(true);
    expect(state.position).toBe(1);
    state = playReducer(state, {
      type: "late",
      item: { number: 1, question: quiz.questions[0]!, answered: { given: "x", verdict } },
    });
    expect(state.late).toHaveLength(1);
    expect(playReducer(state, { type: "dismissLate" }).late).toEqual([]);
    expect(playReducer(state, { type: "practice" }).screen).toEqual({ kind: "question" });
    state = run(
      [
        { type: "finishing" },
        { type: "saveStatus", text: "Reconnecting…" },
        { type: "finished", result: { score: 1, total: 2, rank: 3 } },
      ],
      state,
    );
    expect(state.screen).toEqual({ kind: "end" });
    expect(state.saveStatus).toBe("");
    expect(run([{ type: "practice" }, { type: "backToResults" }], state).screen).toEqual({
      kind: "end",
    });
    expect(playReducer(state, { type: "practice" }).screen).toEqual({ kind: "practice" });
    const over = playReducer(state, { type: "startOver" });
    expect(over).toMatchObject({
      screen: { kind: "name" },
      result: null,
      answers: {},
      position: 0,
    });
  });

  it("resumes on the question the student had reached, with the answers so far", () => {
    const state = run([
      { type: "loaded", quiz },
      { type: "resumed", answers: { a: { given: "x", verdict } }, queue: [], position: 1 },
    ]);
    expect(state).toMatchObject({ screen: { kind: "question" }, position: 1 });
  });

  it("clears the saving message when an answer stalls on the network", () => {
    const state = run([
      { type: "saveStatus", text: "Saving your answer…" },
      { type: "stalled", stalled: true },
    ]);
    expect(state).toMatchObject({ stalled: true, saveStatus: "" });
  });
});

describe("waiting to join", () => {
  it("honours Retry-After, with up to half again of jitter", () => {
    expect(joinDelay(0, 10, 0)).toBe(10_000);
    expect(joinDelay(3, 10, 1)).toBe(15_000);
    expect(joinDelay(0, 10, 0.5)).toBe(12_500);
  });

  it("backs off from 1 s to at most 30 s without a Retry-After", () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((n) => joinDelay(n, null, 0))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
  });

  it("reads Retry-After as seconds or as a date", () => {
    const now = Date.parse("2026-12-03T09:00:00Z");
    expect(retryAfterSeconds("10", now)).toBe(10);
    expect(retryAfterSeconds("Thu, 03 Dec 2026 09:00:30 GMT", now)).toBe(30);
    expect(retryAfterSeconds(null, now)).toBeNull();
    expect(retryAfterSeconds("soon", now)).toBeNull();
  });

  it("asks a draft again every 7 to 13 seconds", () => {
    expect(notOpenPollDelay(0)).toBe(7_000);
    expect(notOpenPollDelay(1)).toBe(13_000);
  });
});
