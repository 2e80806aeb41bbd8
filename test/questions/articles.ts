import { readdirSync, readFileSync } from "node:fs";

/**
 * The built-in article, the fixture articles written for the tests and the held-out ones (read only
 * at the end of the engine's first version; they now guard the same invariants).
 */
export function loadArticles(): { name: string; text: string }[] {
  const fixtures = ["test/fixtures/articles", "test/fixtures/heldout"].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => ({ name: f.replace(/\.txt$/, ""), text: readFileSync(`${dir}/${f}`, "utf8") })),
  );
  return [{ name: "built-in", text: readFileSync("questions/article.txt", "utf8") }, ...fixtures];
}

export const builtIn = () => readFileSync("questions/article.txt", "utf8");
