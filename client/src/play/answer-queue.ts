import type { AnswerValue } from "../../../questions/grade.ts";

/** An answer given in a scored attempt and not yet confirmed by the server. */
export type QueuedAnswer = { questionId: string; answer: AnswerValue };

/**
 * Adds an answer at the end; a question already waiting keeps its first answer (the API keeps the
 * first too).
 */
export function enqueueAnswer(queue: readonly QueuedAnswer[], item: QueuedAnswer): QueuedAnswer[] {
  return queue.some((q) => q.questionId === item.questionId) ? [...queue] : [...queue, item];
}

/** The queue without the answer to `questionId` (sent, or refused for good). */
export const settleAnswer = (queue: readonly QueuedAnswer[], questionId: string): QueuedAnswer[] =>
  queue.filter((q) => q.questionId !== questionId);

type DrainIo<R> = {
  /** Reads the queue as stored now (answers may be added while others are on their way). */
  load: () => QueuedAnswer[];
  save: (queue: QueuedAnswer[]) => void;
  /** Sends one answer, retrying as long as retrying can help; throws only when it never will. */
  send: (item: QueuedAnswer) => Promise<R>;
  onSent: (item: QueuedAnswer, result: R) => void;
  onRefused: (item: QueuedAnswer, err: unknown) => void;
};

/**
 * Sends the queued answers one at a time, oldest first, until none is left. An answer leaves the
 * queue only once the server has confirmed it (or refused it for good), and the queue is saved
 * after each, so a reload picks up exactly where this stopped: nothing is sent twice unless the
 * tab closed while it was on its way, and then the API returns the first result unchanged.
 */
export async function drainQueue<R>(io: DrainIo<R>): Promise<void> {
  for (let item = io.load()[0]; item; item = io.load()[0]) {
    const current = item;
    try {
      const result = await io.send(current);
      io.save(settleAnswer(io.load(), current.questionId));
      io.onSent(current, result);
    } catch (err) {
      io.save(settleAnswer(io.load(), current.questionId));
      io.onRefused(current, err);
    }
  }
}
