import type { Quiz } from "../../questions/types.ts";

/** What a quiz listing shows without reading the quiz itself. */
export type QuizSummary = { id: string; title: string; questionCount: number };

/** Kept in the metadata of `quiz:<id>` (and of `listed:<id>` for quizzes on the home page). */
type QuizMeta = { title: string; questionCount: number; listed: boolean };

/**
 * Edge-cache quiz reads this long. Quizzes change rarely (a teacher's review), and KV may lag a
 * write by about a minute anyway, so a minute of staleness costs nothing new.
 */
const READ_CACHE_SECONDS = 60;

const quizKey = (id: string) => `quiz:${id}`;
const listedKey = (id: string) => `listed:${id}`;

/** The full quiz, answers included, or null when KV has none (yet: see `loadQuiz`). */
export async function getQuiz(kv: KVNamespace, id: string): Promise<Quiz | null> {
  return kv.get<Quiz>(quizKey(id), { type: "json", cacheTtl: READ_CACHE_SECONDS });
}

/** Stores the full quiz; a listed quiz also gets a tiny index key so the listing is one `list`. */
export async function putQuiz(kv: KVNamespace, quiz: Quiz, listed: boolean): Promise<void> {
  const meta: QuizMeta = { title: quiz.title, questionCount: quiz.questions.length, listed };
  await kv.put(quizKey(quiz.id), JSON.stringify(quiz), { metadata: meta });
  if (listed) await kv.put(listedKey(quiz.id), "", { metadata: meta });
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
