import * as v from "valibot";
import type { Quiz } from "../../questions/types.ts";

/**
 * A quiz's classroom settings. `status`: a teacher's quiz is a "draft" until published ("open"),
 * and "closed" takes no new attempts (results kept; it can be reopened). `leaderboard`: shown to
 * the quiz's players, or "hidden" (each player still sees their own line). `attempts`: "one"
 * scored attempt per student (per device), later tries being practice, or "many". `shuffle`: each
 * student gets their own order of questions and options (on unless the teacher turns it off).
 */
export type QuizSettings = {
  status: "draft" | "open" | "closed";
  leaderboard: "players" | "hidden";
  attempts: "one" | "many";
  shuffle: boolean;
};

/**
 * A quiz as the worker stores it: the engine's quiz, its settings and the secret seed its ids came
 * from.
 */
export type StoredQuiz = Quiz & { settings?: QuizSettings; seed?: string };

/**
 * What a quiz that states no settings has: the built-in quiz, quizzes seeded without a teacher, and
 * teacher quizzes stored before settings existed (they were open, so they stay open).
 */
export const OPEN_SETTINGS: QuizSettings = {
  status: "open",
  leaderboard: "players",
  attempts: "many",
  shuffle: true,
};

/** A new teacher's quiz: a draft until the teacher publishes it. */
export const DRAFT_SETTINGS: QuizSettings = { ...OPEN_SETTINGS, status: "draft" };

export const settingsOf = (quiz: Quiz): QuizSettings => ({
  ...OPEN_SETTINGS,
  ...(quiz as StoredQuiz).settings,
});

/** The quiz as its teacher sees it: settings spelled out, the seed left out. */
export function teacherView(quiz: Quiz) {
  const { seed: _seed, ...rest } = quiz as StoredQuiz;
  return { ...rest, settings: settingsOf(quiz) };
}

/** Body of PATCH /api/quizzes/:id: any of the settings; absent ones stay as they are. */
export const SettingsPatch = v.strictObject(
  {
    status: v.optional(
      v.picklist(["draft", "open", "closed"], 'status is "draft", "open" or "closed".'),
    ),
    leaderboard: v.optional(
      v.picklist(["players", "hidden"], 'leaderboard is "players" or "hidden".'),
    ),
    attempts: v.optional(v.picklist(["one", "many"], 'attempts is "one" or "many".')),
    shuffle: v.optional(v.boolean("shuffle is true or false.")),
  },
  'Send a JSON object such as {"status": "open"}; ' +
    "the settings are status, leaderboard, attempts and shuffle.",
);

export type SettingsPatchInput = v.InferInput<typeof SettingsPatch>;
