// A teacher's "Generate", end to end over HTTP: POST /api/quizzes with an article, the Worker
// running the engine and storing the quiz, in workerd through Miniflare on 127.0.0.1. Wall-clock
// time from sending the request to reading the 201, for the first request of a fresh isolate (which
// sets up the NLP model) and warm (median of a few posts of each article). Run alone with
// `node test/bench/create-http.mjs`, or via `npm run bench -- create-http`.
import { execSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startWorker } from "./lib/start-worker.mjs";

export const name = "creating a quiz over HTTP (POST /api/quizzes, engine in the Worker)";

const root = fileURLToPath(new URL("../..", import.meta.url));
const RUNS = 5;
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const words = (text) => text.split(/\s+/).filter(Boolean).length;

let client = 0;
/**
 * Posts one article from a new client address (creation is rate limited per address); returns ms
 * and the quiz.
 */
async function post(url, article) {
  client++;
  const started = performance.now();
  const res = await fetch(`${url}/api/quizzes`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "cf-connecting-ip": `10.9.${client >> 8}.${client & 255}`,
    },
    body: JSON.stringify({ article }),
  });
  const body = await res.json();
  const ms = performance.now() - started;
  if (res.status !== 201)
    throw new Error(`POST /api/quizzes: ${res.status} ${JSON.stringify(body)}`);
  return {
    ms,
    questions: body.quiz.questions.length,
    types: new Set(body.quiz.questions.map((q) => q.type)).size,
  };
}

export async function run() {
  if (!existsSync(`${root}/client/dist/index.html`))
    execSync("npm run --silent build", { cwd: root, stdio: "inherit" });
  const dir = `${root}/test/fixtures/articles`;
  const fixtures = readdirSync(dir)
    .sort()
    .map((f) => [f.replace(/\.txt$/, ""), readFileSync(`${dir}/${f}`, "utf8")]);
  const long = fixtures.map(([, text]) => text).join("\n");
  const articles = [...fixtures, [`all ${fixtures.length} joined`, long]];
  const state = mkdtempSync(join(tmpdir(), "factquiz-bench-create-"));
  const app = await startWorker(`${root}/wrangler.toml`, {
    vars: { TOKEN_SECRET: "bench-secret-not-for-production" },
    persistTo: state,
  });
  try {
    const first = await post(app.url, articles[0][1]);
    console.log(
      `first POST in a fresh isolate (${articles[0][0]}, ${words(articles[0][1])} words): ` +
        `${first.ms.toFixed(0)} ms`,
    );
    console.log(`\n| article | words | questions | types | warm median ms |`);
    console.log(`|---|---|---|---|---|`);
    for (const [label, text] of articles) {
      const runs = [];
      let last;
      for (let i = 0; i < RUNS; i++) {
        last = await post(app.url, text);
        runs.push(last.ms);
      }
      const medianMs = med(runs).toFixed(0);
      console.log(
        `| ${label} | ${words(text)} | ${last.questions} | ${last.types} | ${medianMs} |`,
      );
    }
    console.log(
      `machine load average: ${(await import("node:os"))
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(", ")}`,
    );
  } finally {
    await app.stop();
    rmSync(state, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
