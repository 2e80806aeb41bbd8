import type { Quiz } from "../../questions/types.ts";
import generated from "../generated/builtin-quiz.json";
import { getQuiz } from "../storage/quizzes.ts";
import { roomFor } from "../storage/rooms.ts";
import { publishQuiz } from "./publish-quiz.ts";

/**
 * The built-in quiz, generated from `questions/article.txt` by the engine at build time
 * (`npm run build` runs the CLI), so no Worker request, not even the first, spends CPU on the
 * NLP model for it. A test checks it equals `generateQuiz(article)`, so it cannot go stale.
 */
const builtinQuiz = generated as Quiz;

let ready: Promise<string> | undefined;

/** The built-in quiz's id: the engine's content address of the cleaned article. */
export function builtinQuizId(): string {
  return builtinQuiz.id;
}

/**
 * Makes sure the built-in article's quiz is stored, once per isolate: when neither KV nor its
 * QuizRoom has it, it is published (listed). A stored quiz is never replaced, so its ids,
 * attempts and leaderboard stay put across deploys.
 */
export function ensureBuiltinQuiz(env: Env): Promise<string> {
  ready ??= seedBuiltinQuiz(env).catch((err: unknown) => {
    ready = undefined;
    throw err;
  });
  return ready;
}

async function seedBuiltinQuiz(env: Env): Promise<string> {
  const quizId = builtinQuizId();
  if (await getQuiz(env.QUIZZES, quizId)) return quizId;
  // KV may lag a quiz another isolate just stored; the room is strongly consistent.
  if (await roomFor(env.QUIZ_ROOM, quizId).getQuiz(quizId)) return quizId;
  await publishQuiz(env, builtinQuiz, { listed: true });
  return quizId;
}
