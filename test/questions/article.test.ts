import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("the built-in article", () => {
  it("ships with the project as plain text, one paragraph a line", () => {
    const text = readFileSync("questions/article.txt", "utf8");
    expect(text.split("\n").filter(Boolean).length).toBeGreaterThan(10);
  });
});
