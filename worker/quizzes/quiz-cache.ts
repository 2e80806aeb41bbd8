import type { Quiz } from "../../questions/types.ts";
import { getQuiz } from "../storage/quizzes.ts";
import { roomFor } from "../storage/rooms.ts";
import { toPublicQuiz } from "./public-quiz.ts";

/** A quiz ready to serve: parsed once, its public JSON and ETag computed once per isolate. */
export type LoadedQuiz = { quiz: Quiz; publicJson: string; etag: string };

/** Same staleness as KV's own read cache; a teacher's edit shows within about a minute. */
const FRESH_MS = 60_000;
const MAX_ENTRIES = 200;
const loaded = new Map<string, { entry: Promise<LoadedQuiz | null>; until: number }>();

/**
 * The quiz `id`, from this isolate's memory, else KV, else its QuizRoom (KV can lag a new quiz by a
 * minute; the room has it at once). Null when it exists nowhere. Misses are not remembered.
 */
export function loadQuiz(env: Env, id: string): Promise<LoadedQuiz | null> {
  const now = Date.now();
  const hit = loaded.get(id);
  if (hit && hit.until > now) return hit.entry;
  const entry = fetchQuiz(env, id).then(
    (found) => {
      if (found) return found;
      loaded.delete(id);
      return null;
    },
    (err: unknown) => {
      loaded.delete(id);
      return Promise.reject(err);
    },
  );
  if (loaded.size >= MAX_ENTRIES) loaded.delete(loaded.keys().next().value!);
  loaded.set(id, { entry, until: now + FRESH_MS });
  return entry;
}

/**
 * Puts a quiz this isolate just created or edited into its cache, so reads here show the new
 * version at once instead of whatever KV's edge cache still holds. Other isolates catch up when
 * their entry expires (FRESH_MS) and KV's read cache does (see README: edits).
 */
export function rememberQuiz(quiz: Quiz): Promise<LoadedQuiz> {
  if (loaded.size >= MAX_ENTRIES && !loaded.has(quiz.id))
    loaded.delete(loaded.keys().next().value!);
  const entry = prepare(quiz);
  loaded.set(quiz.id, { entry, until: Date.now() + FRESH_MS });
  return entry;
}

async function fetchQuiz(env: Env, id: string): Promise<LoadedQuiz | null> {
  const quiz = (await getQuiz(env.QUIZZES, id)) ?? (await roomFor(env.QUIZ_ROOM, id).getQuiz(id));
  return quiz ? prepare(quiz) : null;
}

async function prepare(quiz: Quiz): Promise<LoadedQuiz> {
  const publicJson = JSON.stringify(toPublicQuiz(quiz));
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(publicJson));
  const hex = [...new Uint8Array(digest, 0, 12)].map((b) => b.toString(16).padStart(2, "0"));
  const etag = `"${hex.join("")}"`;
  return { quiz, publicJson, etag };
}
