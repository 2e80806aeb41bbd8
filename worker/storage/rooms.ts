/** The QuizRoom Durable Object of a quiz: one per quiz id, wherever the request lands. */
export function roomFor(ns: Env["QUIZ_ROOM"], quizId: string) {
  return ns.get(ns.idFromName(quizId));
}
