import { describe, expect, it } from "vitest";
import {
  drainQueue,
  enqueueAnswer,
  type QueuedAnswer,
  settleAnswer,
} from "../../client/src/play/answer-queue";

/** The queue as localStorage would keep it: JSON that outlives the page. */
function storedQueue(initial: QueuedAnswer[] = []) {
  let raw = JSON.stringify(initial);
  return {
    load: () => JSON.parse(raw) as QueuedAnswer[],
    save: (q: QueuedAnswer[]) => {
      raw = JSON.stringify(q);
    },
  };
}

const a = (questionId: string, answer = "x"): QueuedAnswer => ({ questionId, answer });

describe("the offline answer queue", () => {
  it("keeps answers in the order given, one per question (the first answer stays)", () => {
    let queue: QueuedAnswer[] = [];
    queue = enqueueAnswer(queue, a("q1", "first"));
    queue = enqueueAnswer(queue, a("q2"));
    queue = enqueueAnswer(queue, a("q1", "second"));
    expect(queue).toEqual([a("q1", "first"), a("q2")]);
    expect(settleAnswer(queue, "q1")).toEqual([a("q2")]);
  });

  it("sends every answer exactly once, oldest first, even one added while sending", async () => {
    const store = storedQueue([a("q1"), a("q2")]);
    const sent: string[] = [];
    await drainQueue({
      ...store,
      send: async (item) => {
        sent.push(item.questionId);
        if (item.questionId === "q1") store.save(enqueueAnswer(store.load(), a("q3")));
        return item.questionId.toUpperCase();
      },
      onSent: () => undefined,
      onRefused: () => expect.unreachable(),
    });
    expect(sent).toEqual(["q1", "q2", "q3"]);
    expect(store.load()).toEqual([]);
  });

  it("waits for the network: nothing dropped or reordered while a send keeps failing", async () => {
    const store = storedQueue([a("q1"), a("q2")]);
    const log: string[] = [];
    let online = false;
    let release!: () => void;
    const back = new Promise<void>((r) => (release = r));
    const done = drainQueue({
      ...store,
      // Like withRetry: keeps trying until the connection is back, then succeeds.
      send: async (item) => {
        while (!online) await back;
        log.push(item.questionId);
        return true;
      },
      onSent: (item) => log.push(`sent ${item.questionId}`),
      onRefused: () => expect.unreachable(),
    });
    await Promise.resolve();
    expect(store.load()).toEqual([a("q1"), a("q2")]);
    online = true;
    release();
    await done;
    expect(log).toEqual(["q1", "sent q1", "q2", "sent q2"]);
  });

  it("survives a reload: a new page sends only what the old one had not confirmed", async () => {
    const store = storedQueue([a("q1"), a("q2"), a("q3")]);
    const sent: string[] = [];
    // The first page confirms q1, then closes while q2 is on its way.
    void drainQueue({
      ...store,
      send: (item) => {
        sent.push(item.questionId);
        return item.questionId === "q1" ? Promise.resolve() : new Promise<void>(() => undefined);
      },
      onSent: () => undefined,
      onRefused: () => undefined,
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(store.load()).toEqual([a("q2"), a("q3")]);
    // The reloaded page reads the stored queue and finishes it.
    await drainQueue({
      ...store,
      send: async (item) => void sent.push(item.questionId),
      onSent: () => undefined,
      onRefused: () => undefined,
    });
    expect(sent).toEqual(["q1", "q2", "q2", "q3"]);
    expect(sent.filter((id) => id === "q1")).toHaveLength(1);
    expect(store.load()).toEqual([]);
  });

  it("drops an answer the server refuses for good, and goes on with the rest", async () => {
    const store = storedQueue([a("q1"), a("q2")]);
    const refused: string[] = [];
    await drainQueue({
      ...store,
      send: async (item) => {
        if (item.questionId === "q1") throw new Error("gone");
        return true;
      },
      onSent: () => undefined,
      onRefused: (item) => refused.push(item.questionId),
    });
    expect(refused).toEqual(["q1"]);
    expect(store.load()).toEqual([]);
  });
});
