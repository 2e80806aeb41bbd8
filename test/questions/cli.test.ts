import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The CLI needs Node 22 (type stripping); the project's own node is first choice.
const node = existsSync("node_modules/.bin/node") ? "node_modules/.bin/node" : process.execPath;
const run = (...args: string[]) =>
  spawnSync(node, ["--experimental-strip-types", "--no-warnings", "questions/cli.ts", ...args], {
    encoding: "utf8",
  });
const dir = mkdtempSync(join(tmpdir(), "factquiz-cli-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

// each case starts Node and reads the language model: seconds on a busy machine
describe("questions CLI", { timeout: 30_000 }, () => {
  it("prints the quiz as JSON", () => {
    const r = run("questions/article.txt", "--count", "5", "--types", "choice,truefalse");
    expect(r.status).toBe(0);
    const quiz = JSON.parse(r.stdout);
    expect(Object.keys(quiz)).toEqual(["id", "title", "questions"]);
    expect(quiz.questions.length).toBeLessThanOrEqual(5);
    expect(
      quiz.questions.every((q: { type: string }) => ["choice", "truefalse"].includes(q.type)),
    ).toBe(true);
  });

  it.each([
    ["a missing file", () => [join(dir, "nope.txt")], /no such file/],
    ["an empty file", () => [file("empty.txt", "  \n\n")], /empty/],
    [
      "a binary file",
      () => [file("bin.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]))],
      /binary/,
    ],
    ["an oversized file", () => [file("big.txt", "word ".repeat(25_000))], /over 100 KB/],
    [
      "a text with too few facts",
      () => [file("short.txt", "Nothing happened today. It was fine.")],
      /words|facts/,
    ],
    [
      "a text that is not English",
      () => [
        file(
          "de.txt",
          (
            "Der Stadtrat hat am Montag beschlossen, die neue Brücke über den Fluss " +
            "bis zum Sommer zu bauen, sagte die Bürgermeisterin.\n"
          ).repeat(12),
        ),
      ],
      /not look like English/,
    ],
    ["an unknown flag", () => ["questions/article.txt", "--colour"], /unknown option --colour/],
    [
      "a bad count",
      () => ["questions/article.txt", "--count", "lots"],
      /--count must be a whole number/,
    ],
    ["a bad type", () => ["questions/article.txt", "--types", "choice,essay"], /unknown: essay/],
    ["no file at all", () => [], /no article file given/],
  ])("rejects %s with one line on stderr and exit code 2", (_what, args, message) => {
    const r = run(...(args as () => string[])());
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat .*\(/);
  });
});
