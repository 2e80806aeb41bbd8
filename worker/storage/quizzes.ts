import type { Quiz } from "../../questions/types.ts";
import { logKvWrite } from "./scores.ts";

/** What a quiz listing shows without reading the quiz itself. */
export type QuizSummary = { id: string; title: string; questionCount: number };

/**
 * Kept in the metadata of `quiz:<id>` (and of `listed:<id>` for quizzes on the home page). A
 * teacher's quiz also keeps the SHA-256 of its teacher key, never the key itself.
 */
type QuizMeta = { title: string; questionCount: number; listed: boolean; keyHash?: string };

/** A stored quiz with the hash of the key that may edit it (none for the built-in quiz). */
export type QuizRecord = { quiz: Quiz; keyHash: string | null };

/**
 * Edge-cache quiz reads this long. Quizzes change rarely (a teacher's review), and KV may lag a
 * write by about a minute anyway, so a minute of staleness costs nothing new.
 */
const READ_CACHE_SECONDS = 60;

/** KV metadata holds 1,024 bytes of JSON; a title keeps at most this many bytes of it. */
const META_TITLE_BYTES = 600;

const quizKey = (id: string) => `quiz:${id}`;
const listedKey = (id: string) => `listed:${id}`;

const encoder = new TextEncoder();

function metaTitle(title: string): string {
  const chars = Array.from(title);
  while (encoder.encode(chars.join("")).length > META_TITLE_BYTES) chars.pop();
  return chars.join("");
}

/** The full quiz, answers included, or null when KV has none (yet: see `loadQuiz`). */
export async function getQuiz(kv: KVNamespace, id: string): Promise<Quiz | null> {
  return kv.get<Quiz>(quizKey(id), { type: "json", cacheTtl: READ_CACHE_SECONDS });
}

/** The quiz with its key hash, for a QuizRoom that has no copy of its own yet. */
export async function getQuizRecord(kv: KVNamespace, id: string): Promise<QuizRecord | null> {
  const { value, metadata } = await kv.getWithMetadata<Quiz, QuizMeta>(quizKey(id), {
    type: "json",
  });
  return value ? { quiz: value, keyHash: metadata?.keyHash ?? null } : null;
}

/**
 * Stores the full quiz; a listed quiz also gets a tiny index key so the listing is one `list`.
 * A teacher's quiz passes its key hash, so a QuizRoom that lost its copy can restore both.
 */
export async function putQuiz(
  kv: KVNamespace,
  quiz: Quiz,
  listed: boolean,
  keyHash?: string,
): Promise<void> {
  const meta: QuizMeta = {
    title: metaTitle(quiz.title),
    questionCount: quiz.questions.length,
    listed,
  };
  if (keyHash) meta.keyHash = keyHash;
  logKvWrite(quizKey(quiz.id));
  await kv.put(quizKey(quiz.id), JSON.stringify(quiz), { metadata: meta });
  if (listed) {
    logKvWrite(listedKey(quiz.id));
    await kv.put(listedKey(quiz.id), "", { metadata: meta });
  }
}

/** The quizzes on the home page, in key order, following the list cursor to the end. */
export async function listQuizzes(kv: KVNamespace): Promise<QuizSummary[]> {
  const found: QuizSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await kv.list<QuizMeta>({ prefix: listedKey(""), cursor });
    for (const key of page.keys) {
      if (!key.metadata) continue;
      const { title, questionCount } = key.metadata;
      found.push({ id: key.name.slice(listedKey("").length), title, questionCount });
    }
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return found;
}
