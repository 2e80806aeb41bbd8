import { myQuiz, rememberQuiz } from "./my-quizzes";

/**
 * Where a teacher page's key came from: a teacher link's fragment (`#key=…`, which browsers
 * never send to a server) or this browser's list of quizzes. Null when there is neither.
 */
export type TeacherKey = { key: string; fromLink: boolean };

export function findTeacherKey(id: string): TeacherKey | null {
  const fromLink = new URLSearchParams(location.hash.slice(1)).get("key");
  if (fromLink) return { key: fromLink, fromLink: true };
  const saved = myQuiz(id)?.key;
  return saved ? { key: saved, fromLink: false } : null;
}

/**
 * Once the server has accepted a key from a link: remember it in this browser (so the quiz shows
 * under "My quizzes") and take it out of the address bar, where it would linger on screen and in
 * screenshots. A key the server refused is neither saved nor removed.
 */
export function keepTeacherKey(id: string, found: TeacherKey, title: string) {
  rememberQuiz({ id, key: found.key, title });
  if (found.fromLink && location.hash)
    history.replaceState(history.state, "", location.pathname + location.search);
}
