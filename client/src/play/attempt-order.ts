import type { PlayQuiz } from "./use-play";

/** A student's own order of questions and options, as the API sends it with the attempt. */
export type AttemptOrder = { questions: string[]; options: Record<string, string[]> };

/**
 * The quiz in this student's order: questions by the order's ids (any it does not name, added by
 * the teacher since, after them in the quiz's order), and each question's options as listed when
 * they are the same texts. No order (shuffling off) leaves the quiz as it is.
 */
export function inAttemptOrder(quiz: PlayQuiz, order: AttemptOrder | null | undefined): PlayQuiz {
  if (!order) return quiz;
  const place = new Map(order.questions.map((id, i) => [id, i]));
  const at = (id: string) => place.get(id) ?? order.questions.length;
  const questions = quiz.questions
    .map((q, i) => ({ q, i }))
    .sort((a, b) => at(a.q.id) - at(b.q.id) || a.i - b.i)
    .map(({ q }) => {
      const options = order.options[q.id];
      const same =
        options &&
        q.options &&
        options.length === q.options.length &&
        options.every((o) => q.options!.includes(o));
      return same ? { ...q, options } : q;
    });
  return { ...quiz, questions };
}
