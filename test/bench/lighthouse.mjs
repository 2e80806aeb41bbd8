// Lighthouse bench: Lighthouse's mobile audit (its default: a mid-range phone, simulated slow 4G)
// of the home page, the play and learn pages of the built-in quiz, and the create page, against the
// built app under `wrangler dev` on a free port, in Debian's Chromium. Prints the four category
// scores per page, the median of LIGHTHOUSE_RUNS runs (3 unless set), and the audits that failed.
// Needs `npm run build` first. Run alone with `npm run bench -- lighthouse`. With
// LIGHTHOUSE_REPORTS=dir it also writes each run's full report there (open one in
// https://googlechrome.github.io/lighthouse/viewer/ or read its "audits" to see what cost points).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export const name = "lighthouse (mobile)";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const REPORTS = process.env.LIGHTHOUSE_REPORTS;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
/** The metrics the performance score is made of, as Lighthouse names them, and a short label. */
const METRICS = [
  ["first-contentful-paint", "FCP"],
  ["largest-contentful-paint", "LCP"],
  ["total-blocking-time", "TBT"],
  ["cumulative-layout-shift", "CLS"],
  ["speed-index", "SI"],
];
const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** `wrangler dev` on a free port with fresh storage; resolves once /api/health answers. */
async function startServer() {
  const port = await freePort();
  const state = mkdtempSync(join(tmpdir(), "factquiz-lighthouse-"));
  let output = "";
  const child = spawn(
    "npx",
    [
      "wrangler",
      "dev",
      "--port",
      String(port),
      "--ip",
      "127.0.0.1",
      "--persist-to",
      state,
      "--var",
      "TOKEN_SECRET:bench-secret-not-for-production",
      "--show-interactive-dev-session=false",
    ],
    {
      env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
    rmSync(state, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`wrangler dev did not start:\n${output}`);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function run() {
  if (!existsSync("client/dist/index.html"))
    throw new Error("client/dist is missing: run `npm run build` first.");
  const server = await startServer();
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const [builtin] = await (await fetch(`${server.url}/api/quizzes`)).json();
    const pages = {
      "/": "/",
      "/q/:id": `/q/${builtin.id}`,
      "/learn/:id": `/learn/${builtin.id}`,
      "/new": "/new",
    };
    const lighthousePkg = await import("lighthouse/package.json", { with: { type: "json" } });
    console.log(
      `Lighthouse ${lighthousePkg.default.version}, ` +
        `mobile, median of ${RUNS} run(s) per page, ${CHROMIUM}`,
    );
    // Simulated throttling multiplies the main thread's observed work by 4: on a busy machine the
    // performance score falls with the machine's load, so the report says how busy it was.
    console.log(
      `load average at start ${loadavg()
        .map((n) => n.toFixed(1))
        .join(" ")}`,
    );
    console.log(
      "| page | performance | accessibility | best practices | SEO | host benchmark index |",
    );
    console.log("|---|---|---|---|---|---|");
    const failed = new Map();
    const metricRows = [];
    if (REPORTS) mkdirSync(REPORTS, { recursive: true });
    for (const [label, path] of Object.entries(pages)) {
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
      const benchmark = [];
      const metrics = Object.fromEntries(METRICS.map(([id]) => [id, []]));
      for (let i = 0; i < RUNS; i++) {
        const { lhr } = await lighthouse(`${server.url}${path}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: CATEGORIES,
        });
        for (const c of CATEGORIES)
          scores[c].push(Math.round((lhr.categories[c].score ?? 0) * 100));
        benchmark.push(Math.round(lhr.environment.benchmarkIndex));
        for (const [id] of METRICS) metrics[id].push(lhr.audits[id].numericValue);
        if (REPORTS) {
          const slug = label.replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "") || "home";
          const file = `${slug}-${i + 1}.json`;
          writeFileSync(join(REPORTS, file), JSON.stringify(lhr));
        }
        for (const c of CATEGORIES) {
          for (const ref of lhr.categories[c].auditRefs) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit.score !== null && audit.score < 0.9) {
              failed.set(
                `${label}: ${c} · ${audit.id} (${audit.displayValue ?? audit.score})`,
                true,
              );
            }
          }
        }
      }
      const categories = CATEGORIES.map((c) => median(scores[c])).join(" | ");
      console.log(`| ${label} | ${categories} | ${median(benchmark)} |`);
      metricRows.push(
        `| ${label} | ${METRICS.map(([id]) =>
          id === "cumulative-layout-shift"
            ? median(metrics[id]).toFixed(3)
            : `${Math.round(median(metrics[id]))} ms`,
        ).join(" | ")} |`,
      );
    }
    console.log(
      `\nMedian metrics (simulated mobile)\n| page | ${METRICS.map(([, l]) => l).join(" | ")} |`,
    );
    console.log(`|---|${METRICS.map(() => "---|").join("")}`);
    for (const row of metricRows) console.log(row);
    console.log(
      `load average at end ${loadavg()
        .map((n) => n.toFixed(1))
        .join(" ")}`,
    );
    if (failed.size)
      console.log(
        `\nAudits under 0.9 in some run:\n${[...failed.keys()].map((f) => `  ${f}`).join("\n")}`,
      );
  } finally {
    chrome.kill();
    server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
