import { readFileSync, readdirSync } from "node:fs";

/** The built-in article and the fixture articles written for the tests (not the held-out ones). */
export function loadArticles(): { name: string; text: string }[] {
  const dir = "test/fixtures/articles";
  const fixtures = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ""), text: readFileSync(`${dir}/${f}`, "utf8") }));
  return [{ name: "built-in", text: readFileSync("questions/article.txt", "utf8") }, ...fixtures];
}

export const builtIn = () => readFileSync("questions/article.txt", "utf8");
