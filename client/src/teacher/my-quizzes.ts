import type { QuestionType, Quiz } from "../../../questions/types.ts";

/**
 * What this browser remembers about the quizzes its teacher created: enough to list them on the
 * home page and to open their results and review screens without the teacher link. The key is
 * the teacher's password for the quiz; it lives here and in the teacher link's fragment, and
 * leaves the browser only as `Authorization: Bearer`.
 */
export type MyQuiz = { id: string; title: string; created: string; key: string };

/** How the quiz was asked for, so "Regenerate" can ask again the same way. */
export type Settings = { count: number | null; types: QuestionType[] };

/**
 * The article and settings a quiz was made from, and the questions as the engine wrote them,
 * kept only in the browser that created the quiz: "Regenerate" restores them (the engine is
 * deterministic, so generating again from the same article and settings gives exactly these).
 */
export type Draft = {
  article: string;
  settings: Settings;
  generated: Pick<Quiz, "title" | "questions">;
};

const LIST = "factquiz:my-quizzes";
const draftKey = (id: string) => `factquiz:draft:${id}`;

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // private mode or full storage: the teacher link still works
  }
}

/** The quizzes this browser created, newest first. */
export function myQuizzes(): MyQuiz[] {
  const list = read<MyQuiz[]>(LIST);
  return Array.isArray(list)
    ? list.filter((q) => q && typeof q.id === "string" && typeof q.key === "string")
    : [];
}

/** The saved entry for a quiz, or null. */
export function myQuiz(id: string): MyQuiz | null {
  return myQuizzes().find((q) => q.id === id) ?? null;
}

/** Adds or updates a quiz (its key, a new title), keeping its first creation time. */
export function rememberQuiz(entry: Partial<MyQuiz> & Pick<MyQuiz, "id" | "key">) {
  const list = myQuizzes();
  const old = list.find((q) => q.id === entry.id);
  const next: MyQuiz = {
    title: entry.title ?? old?.title ?? "Untitled quiz",
    created: old?.created ?? entry.created ?? new Date().toISOString(),
    id: entry.id,
    key: entry.key,
  };
  write(
    LIST,
    [next, ...list.filter((q) => q.id !== entry.id)].sort((a, b) =>
      b.created.localeCompare(a.created),
    ),
  );
}

export function loadDraft(id: string): Draft | null {
  const draft = read<Draft>(draftKey(id));
  return draft && typeof draft.article === "string" && Array.isArray(draft.generated?.questions)
    ? draft
    : null;
}

export function saveDraft(id: string, draft: Draft) {
  write(draftKey(id), draft);
}
