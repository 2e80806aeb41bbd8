// The API under load: the real worker and a bare Hono worker, both bundled by wrangler and run in
// workerd by wrangler's dev server (unstable_startWorker) on 127.0.0.1, loaded with autocannon. Run
// alone with `node test/bench/api.mjs`, or via `npm run bench`.

import { execSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { startWorker } from "./lib/start-worker.mjs";

export const name = "API (GET quiz and answering vs a bare Hono worker)";

const root = fileURLToPath(new URL("../..", import.meta.url));
const CONNECTIONS = 10;
const SECONDS = 3;
const ROUNDS = 5;
const ATTEMPTS = 200;

/** Runs autocannon against `worker` and adds the workerd CPU time each request cost. */
async function load(worker, opts) {
  const cpuBefore = worker.cpuMs();
  const result = await autocannon({ connections: CONNECTIONS, ...opts });
  const cpuUsPerReq = ((worker.cpuMs() - cpuBefore) * 1000) / Math.max(1, result.requests.total);
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    bad: result.non2xx + result.errors + result.timeouts,
    cpu: cpuUsPerReq,
  };
}

/** A well-formed answer for a public question (right or wrong does not matter here). */
function answerFor(q) {
  if (q.type === "match") return q.options.slice(0, q.items.length);
  if (q.type === "order") return q.options;
  return q.options?.[0] ?? "1";
}

/**
 * Starts `ATTEMPTS` attempts (one client address each) and lists every (attempt, question) first
 * answer.
 */
async function answerPlan(api, quiz) {
  const plan = [];
  for (let i = 0; i < ATTEMPTS; i++) {
    const res = await fetch(`${api}/api/quizzes/${quiz.id}/attempts`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "cf-connecting-ip": `10.7.${i >> 8}.${i & 255}`,
      },
      body: JSON.stringify({ name: `Bench ${i}` }),
    });
    if (res.status !== 201)
      throw new Error(`starting attempt ${i}: ${res.status} ${await res.text()}`);
    const { attemptId, token } = await res.json();
    for (const q of quiz.questions) {
      plan.push({
        method: "PUT",
        path: `/api/attempts/${attemptId}/answers/${q.id}`,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ answer: answerFor(q) }),
      });
    }
  }
  return plan;
}

/**
 * The best round: on a shared machine other work only ever slows a round down, so the fastest of
 * several interleaved rounds is the fairest estimate of each worker's own speed.
 */
const best = (runs) => runs.reduce((a, b) => (b.rps > a.rps ? b : a));

function report(rows, bareRps) {
  const lines = rows.map(({ name, rps, p99, bad, cpu }) => {
    const cells = [
      name.padEnd(36),
      rps.toFixed(0).padStart(7),
      String(p99).padStart(6),
      (rps / bareRps).toFixed(2).padStart(7),
      (Number.isNaN(cpu) ? "n/a" : cpu.toFixed(0)).padStart(11),
      String(bad).padStart(7),
    ];
    return `| ${cells.join(" | ")} |`;
  });
  console.log(
    `\n| ${"scenario".padEnd(36)} | req/s   | p99 ms | vs bare | CPU µs/req  | non-2xx |`,
  );
  console.log(`|${"-".repeat(38)}|---------|--------|---------|-------------|---------|`);
  for (const l of lines) console.log(l);
}

export async function run() {
  if (!existsSync(`${root}/client/dist/index.html`))
    execSync("npm run --silent build", { cwd: root, stdio: "inherit" });
  const state = mkdtempSync(join(tmpdir(), "factquiz-bench-state-"));
  const appOptions = {
    vars: { TOKEN_SECRET: "bench-secret-not-for-production" },
    persistTo: state,
  };
  // A first run stores the built-in quiz. Generating it loads the NLP model, which that isolate
  // then keeps (a larger heap costs every later request ~20% CPU here), so the measured run starts
  // afresh on the same storage, like a deployed isolate that finds the quiz in KV.
  const seeding = await startWorker(`${root}/wrangler.toml`, appOptions);
  const [{ id }] = await (await fetch(`${seeding.url}/api/quizzes`)).json();
  await seeding.stop();
  const bare = await startWorker(`${root}/test/bench/bare/wrangler.toml`);
  const app = await startWorker(`${root}/wrangler.toml`, appOptions);
  try {
    const quiz = await (await fetch(`${app.url}/api/quizzes/${id}`)).json();
    const quizUrl = `${app.url}/api/quizzes/${id}`;
    console.log(
      `quiz ${id}: ${quiz.questions.length} questions; ` +
        `${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s`,
    );

    const bareUrl = `${bare.url}/api/bare`;
    await load(bare, { url: bareUrl, duration: 1 });
    await load(app, { url: quizUrl, duration: 1 });
    // The bare worker sending the same size and headers tells what the payload costs from what our
    // code does.
    const quizKb = Math.round((await (await fetch(quizUrl)).text()).length / 1024);
    const bareSizedUrl = `${bare.url}/api/bare/${quizKb}`;
    const bareRuns = [];
    const bareSizedRuns = [];
    const quizRuns = [];
    for (let round = 0; round < ROUNDS; round++) {
      bareRuns.push(await load(bare, { url: bareUrl, duration: SECONDS }));
      quizRuns.push(await load(app, { url: quizUrl, duration: SECONDS }));
      bareSizedRuns.push(await load(bare, { url: bareSizedUrl, duration: SECONDS }));
    }

    const plan = await answerPlan(app.url, quiz);
    let next = 0;
    const answering = await load(app, {
      url: app.url,
      amount: plan.length,
      requests: [{ setupRequest: (req) => ({ ...req, ...plan[next++ % plan.length] }) }],
    });

    const combine = (name, runs) => ({
      ...best(runs),
      name,
      bad: runs.reduce((a, r) => a + r.bad, 0),
    });
    const bareRow = combine("bare Hono worker, GET /api/bare", bareRuns);
    report(
      [
        bareRow,
        combine(`bare worker, same ${quizKb} KB and headers`, bareSizedRuns),
        combine(
          `GET /api/quizzes/:id (${(JSON.stringify(quiz).length / 1024).toFixed(1)} KB)`,
          quizRuns,
        ),
        { name: `PUT answers (${plan.length} first answers)`, ...answering },
      ],
      bareRow.rps,
    );
    console.log(
      `GET rows: the best of ${ROUNDS} interleaved ${SECONDS}-second rounds; ` +
        "answering: one pass over every first answer.",
    );
    console.log(
      "CPU µs/req: the serving workerd's CPU time per request (the Durable Object runs in it too).",
    );
  } finally {
    await Promise.all([bare.stop(), app.stop()]);
    rmSync(state, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
