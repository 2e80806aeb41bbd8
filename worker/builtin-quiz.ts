import article from "../questions/article.txt";
import { cleanArticle, generateQuiz } from "../questions/index.ts";
import { contentId } from "./content-id.ts";
import { publishQuiz } from "./publish-quiz.ts";
import { getQuiz } from "./storage/quizzes.ts";
import { roomFor } from "./storage/rooms.ts";

let id: string | undefined;
let ready: Promise<string> | undefined;

/**
 * The built-in quiz's id without generating it: the engine's content address of the cleaned
 * article (a test checks this matches `generateQuiz(article).id`).
 */
export function builtinQuizId(): string {
  id ??= contentId(cleanArticle(article));
  return id;
}

/**
 * Makes sure the built-in article's quiz is stored, once per isolate: when neither KV nor its
 * QuizRoom has it, it is generated from `questions/article.txt` and published (listed). A stored
 * quiz is never generated again, so its ids, attempts and leaderboard stay put across deploys.
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
  const quiz = generateQuiz(article);
  await publishQuiz(env, quiz, { listed: true });
  return quiz.id;
}
