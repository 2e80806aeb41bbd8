import { api, send } from "../api";
import type { PlayQuiz } from "./play-state";

/** The public quiz read for the address the page was opened at, and what it gave once settled. */
let early: { id: string; read: Promise<PlayQuiz>; quiz?: PlayQuiz; used?: boolean } | undefined;

/**
 * Starts reading the public quiz `id` before the play page's code has run (main.tsx does, for the
 * address the page was opened at; the Worker preloads the same URL with the HTML), so the page's
 * first render can show the quiz instead of "Loading the quiz…" and then the quiz. Resolves once
 * the read has settled, either way.
 */
export function readQuizEarly(id: string): Promise<void> {
  const read = send(api.quizzes[":id"].$get({ param: { id } }));
  const entry: NonNullable<typeof early> = { id, read };
  early = entry;
  return read.then(
    (quiz) => {
      entry.quiz = quiz;
    },
    () => undefined,
  );
}

/** The quiz `id` if the early read has already brought it, taken once, for a first render. */
export function takeEarlyQuiz(id: string): PlayQuiz | undefined {
  if (early?.id !== id || early.used || !early.quiz) return undefined;
  early.used = true;
  return early.quiz;
}

/**
 * The public quiz `id`: the early read the first time it is asked for (whatever it gave, an error
 * included), a new request after that, so "Try again" and a quiz opened later ask the server.
 */
export function readQuiz(id: string): Promise<PlayQuiz> {
  if (early?.id === id && !early.used) {
    early.used = true;
    return early.read;
  }
  return send(api.quizzes[":id"].$get({ param: { id } }));
}
