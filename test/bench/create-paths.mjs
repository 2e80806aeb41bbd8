// The two ways POST /api/quizzes makes a quiz, in CPU per request (what a Worker is limited by):
// running the engine in the Worker, or checking questions the teacher's browser wrote
// (`cleanArticle` + `questionsProblem`). Bundled by esbuild, warm, median of many runs.

import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

export const name = "creating a quiz: generate in the Worker vs check browser-written questions";

const RUNS = 30;
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function cpuMs(fn) {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), "factquiz-create-"));
  const outfile = join(dir, "paths.mjs");
  const contents = [
    'export { generateQuiz, cleanArticle } from "./questions/index.ts";',
    'export { questionsProblem } from "./worker/quizzes/check-questions.ts";',
  ].join(" ");
  await build({
    stdin: { contents, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    outfile,
    logLevel: "silent",
  });
  const { generateQuiz, cleanArticle, questionsProblem } = await import(outfile);

  const fixtures = readdirSync("test/fixtures/articles")
    .sort()
    .map((f) => readFileSync(`test/fixtures/articles/${f}`, "utf8"));
  const builtIn = readFileSync("questions/article.txt", "utf8");
  const all = [builtIn, ...fixtures].join("\n");
  const articles = [
    ["built-in article", builtIn],
    [`${fixtures.length + 1} articles joined`, all],
    ["~100,000 characters", all.repeat(Math.floor(99_000 / all.length))],
  ];
  const firstCpu = cpuMs(() => generateQuiz(builtIn));
  console.log(
    `first generateQuiz in a fresh isolate (wink-nlp model set-up): ${firstCpu.toFixed(0)} ms CPU`,
  );
  for (const [label, text] of articles) {
    const words = text.split(/\s+/).filter(Boolean).length;
    const quiz = generateQuiz(text);
    const runs = text.length > 50_000 ? 3 : RUNS;
    const generate = med(Array.from({ length: runs }, () => cpuMs(() => generateQuiz(text))));
    const check = med(
      Array.from({ length: RUNS }, () =>
        cpuMs(() => questionsProblem(cleanArticle(text).paragraphs, quiz.questions)),
      ),
    );
    console.log(
      `${label} (${words} words, ${quiz.questions.length} questions): ` +
        `generate ${generate.toFixed(1)} ms CPU, check ${check.toFixed(2)} ms CPU`,
    );
  }
  console.log(
    `machine load average: ${(await import("node:os"))
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(", ")}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
