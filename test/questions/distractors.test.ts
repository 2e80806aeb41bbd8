import { describe, expect, it } from "vitest";
import { formatLike, nearbyNumbers, ordinal } from "../../questions/distractors.ts";
import { hashId, seededShuffle } from "../../questions/hash.ts";

describe("nearby numbers", () => {
  it("are of the same magnitude and written like the answer", () => {
    const near = nearbyNumbers(2000, "2,000");
    expect(near.length).toBeGreaterThanOrEqual(3);
    for (const n of near) {
      expect(n).toMatch(/^\d{1,3}(,\d{3})*$/);
      expect(n).not.toBe("2,000");
      const v = Number(n.replace(/,/g, ""));
      expect(v).toBeGreaterThanOrEqual(400);
      expect(v).toBeLessThanOrEqual(6000);
    }
  });
  it("keep scale words, number words and ordinals", () => {
    expect(nearbyNumbers(18e6, "18 million").every((n) => / million$/.test(n))).toBe(true);
    expect(nearbyNumbers(2, "two")).toEqual(expect.arrayContaining(["three", "one"]));
    expect(nearbyNumbers(88, "88th")).toEqual(expect.arrayContaining(["89th", "87th"]));
    expect(ordinal(22)).toBe("22nd");
    expect(ordinal(13)).toBe("13th");
  });
  it("formats like the answer", () => {
    expect(formatLike(30000, "2,000")).toBe("30,000");
    expect(formatLike(7.5, "6.9")).toBe("7.5");
  });
});

describe("hash", () => {
  it("gives a 12-character base32 id that depends on every character", () => {
    expect(hashId("article")).toMatch(/^[0-9a-z]{12}$/);
    expect(hashId("article")).toBe(hashId("article"));
    expect(hashId("article")).not.toBe(hashId("articlf"));
  });
  it("shuffles deterministically", () => {
    const items = ["a", "b", "c", "d", "e"];
    expect(seededShuffle(items, "x")).toEqual(seededShuffle(items, "x"));
    expect([...seededShuffle(items, "x")].sort()).toEqual(items);
  });
});
