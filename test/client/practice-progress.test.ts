import { describe, expect, it } from "vitest";
import {
  loadPractice,
  resumePractice,
  savePractice,
} from "../../client/src/learn/practice-progress";
import { recordAnswer, skipQuestion, startPractice } from "../../client/src/learn/practice-queue";

/** A Storage stand-in: a Map behind getItem and setItem. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    items,
  };
}

describe("practice kept per quiz", () => {
  it("comes back as it was left: 10 of 10 mastered stays 10 of 10", () => {
    const storage = memoryStorage();
    let queue = startPractice(["a", "b"]);
    queue = recordAnswer(recordAnswer(queue, true), true);
    savePractice(storage, "quiz1", "A quiz", queue, 1000);
    const stored = loadPractice(storage, "quiz1");
    expect(stored).toMatchObject({ title: "A quiz", updated: 1000 });
    const resumed = resumePractice(stored, ["a", "b"]);
    expect(resumed.mastered).toEqual(["a", "b"]);
    expect(resumed.upcoming).toEqual([]);
    expect(loadPractice(storage, "another")).toBeNull();
  });

  it("carries on a sitting in the middle, with a miss still due to come back", () => {
    const queue = recordAnswer(startPractice(["a", "b", "c"]), false);
    const resumed = resumePractice({ title: "", queue, updated: 0 }, ["a", "b", "c"]);
    expect(resumed).toEqual(queue);
  });

  it("adds questions opened since, and brings back one skipped offline", () => {
    const queue = skipQuestion(startPractice(["a", "b"]));
    const resumed = resumePractice({ title: "", queue, updated: 0 }, ["a", "b", "c"]);
    expect(resumed.upcoming).toEqual(["b", "a", "c"]);
    expect(resumed.all).toEqual(["b", "a", "c"]);
  });

  it("drops questions no longer open (a teacher removed them)", () => {
    const queue = recordAnswer(startPractice(["a", "b"]), true);
    const resumed = resumePractice({ title: "", queue, updated: 0 }, ["b"]);
    expect(resumed).toMatchObject({ mastered: [], all: ["b"], upcoming: ["b"] });
  });

  it("ignores what it cannot read", () => {
    const storage = memoryStorage();
    storage.setItem("factquiz:practice:q", "{not json");
    expect(loadPractice(storage, "q")).toBeNull();
    storage.setItem(
      "factquiz:practice:q",
      JSON.stringify({ title: "x", queue: { upcoming: "no" } }),
    );
    expect(loadPractice(storage, "q")).toBeNull();
  });
});
