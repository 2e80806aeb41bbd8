// Question engine bench: bundle size (esbuild, minified, gzipped), cold import and first run in a
// fresh Node process, and warm medians over 100 runs (after 30 warm-up runs) for the built-in
// article and a ~2,000-word one. BENCH_ENGINE=path/to/questions/index.ts measures another checkout
// the same way.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export const name = "question engine (questions/)";

const RUNS = 100;

async function bundle(entry, outfile) {
  const input = entry.endsWith(".ts")
    ? { entryPoints: [entry] }
    : { stdin: { contents: entry, resolveDir: process.cwd(), loader: "js" } };
  await build({
    ...input,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    outfile,
    logLevel: "silent",
  });
  const code = readFileSync(outfile);
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/**
 * An article of about `limit` words made of the built-in article's and the fixture articles'
 * paragraphs.
 */
function longArticle(limit = 2000) {
  const dir = "test/fixtures/articles";
  const paragraphs = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), "utf8")
        .split(/\r?\n/)
        .filter((l) => l.trim().split(" ").length > 8),
    );
  const out = [];
  let words = 0;
  for (const p of [...readFileSync("questions/article.txt", "utf8").split("\n"), ...paragraphs]) {
    if (words >= limit) break;
    out.push(p);
    words += p.split(/\s+/).filter(Boolean).length;
  }
  return { text: out.join("\n"), words };
}

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

/**
 * Another checkout's engine to measure with the same harness and articles:
 * BENCH_ENGINE=/path/to/questions/index.ts.
 */
const ENTRY = process.env.BENCH_ENGINE ?? "questions/index.ts";
const WARMUP = 30;

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), "factquiz-bench-"));
  if (ENTRY !== "questions/index.ts") console.log(`engine: ${ENTRY}`);
  const engine = await bundle(ENTRY, join(dir, "engine.mjs"));
  const nlpOnly = await bundle(
    [
      'import winkNLP from "wink-nlp";',
      'import model from "wink-eng-lite-web-model";',
      'export const nlp = () => winkNLP(model, ["sbd", "pos"]);',
    ].join(" "),
    join(dir, "model.mjs"),
  );
  console.log(
    `bundle, minified: ${kb(engine.raw)}; gzipped: ${kb(engine.gzip)} ` +
      `(of which wink-nlp + its English lite model: ${kb(nlpOnly.gzip)} gzipped)`,
  );

  const builtIn = readFileSync("questions/article.txt", "utf8");
  const long = longArticle();
  const mid = longArticle(650);
  writeFileSync(join(dir, "builtin.txt"), builtIn);
  writeFileSync(join(dir, "long.txt"), long.text);

  // Cold: a fresh process imports the bundle, then generates once (wink-nlp's model is set up on
  // first use).
  const coldScript = `
    const t0 = performance.now();
    const m = await import(${JSON.stringify(join(dir, "engine.mjs"))});
    const t1 = performance.now();
    const fs = await import("node:fs");
    m.generateQuiz(fs.readFileSync(${JSON.stringify(join(dir, "builtin.txt"))}, "utf8"));
    const t2 = performance.now();
    m.generateQuiz(fs.readFileSync(${JSON.stringify(join(dir, "builtin.txt"))}, "utf8"));
    const t3 = performance.now();
    console.log(JSON.stringify({ importMs: t1 - t0, firstRunMs: t2 - t1, secondRunMs: t3 - t2 }));`;
  const colds = [];
  for (let i = 0; i < 5; i++) {
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", coldScript], {
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(r.stderr);
    colds.push(JSON.parse(r.stdout));
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const coldMs = (key) => med(colds.map((c) => c[key])).toFixed(0);
  console.log(
    `cold (median of 5 fresh processes): import ${coldMs("importMs")} ms, ` +
      `first generateQuiz (includes model set-up) ${coldMs("firstRunMs")} ms, ` +
      `second ${coldMs("secondRunMs")} ms (not yet optimised by the JIT)`,
  );

  console.log(
    `machine load average: ${(await import("node:os"))
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(", ")} on ${(await import("node:os")).cpus().length} cores`,
  );
  const { generateQuiz } = await import(join(dir, "engine.mjs"));
  // Warm: both articles run until the JIT has compiled the engine, so no run below pays for
  // compiling.
  for (let i = 0; i < WARMUP; i++) {
    generateQuiz(builtIn);
    generateQuiz(long.text);
    generateQuiz(mid.text);
  }
  for (const [label, text, words] of [
    ["built-in article", builtIn, builtIn.split(/\s+/).length],
    [`${mid.words}-word article`, mid.text, mid.words],
    [`${long.words}-word article`, long.text, long.words],
  ]) {
    const times = [];
    const cpu = [];
    let count = 0;
    for (let i = 0; i < RUNS; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      count = generateQuiz(text).questions.length;
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    // On a shared machine wall time includes waiting for a core; CPU time is what a Worker is
    // billed. Process CPU time also counts V8's helper threads (GC, compiler); p10 is the least
    // disturbed figure.
    const p10 = cpu[Math.floor(RUNS * 0.1)].toFixed(2);
    const p90 = times[Math.floor(RUNS * 0.9)].toFixed(2);
    console.log(
      `warm ${label} (${words} words, ${count} questions): ` +
        `CPU median ${med(cpu).toFixed(2)} ms, p10 ${p10} ms; ` +
        `wall median ${med(times).toFixed(2)} ms, p90 ${p90} ms; ` +
        `${RUNS} runs (node ${process.version})`,
    );
  }

  await hostile(generateQuiz);
}

/** Lines made by `line(i)` up to the engine's 100 KB limit. */
function upToLimit(line) {
  let text = "";
  for (let i = 0; ; i++) {
    const next = line(i);
    if (text.length + next.length + 1 > 100_000) return text;
    text += `${next}\n`;
  }
}

/**
 * Hostile input, timed (the unit tests check only that it is handled): 100 KB pastes of one role
 * sentence, of distinct people, of one paragraph, of quotations and of figures. A Worker's CPU
 * limit is 30 s on the paid plan; each should take a second or two.
 */
async function hostile(generateQuiz) {
  const made = (i) => {
    const first = String.fromCharCode(66 + (i % 24));
    const middle = String.fromCharCode(97 + (Math.floor(i / 24) % 26));
    return `${first}ara${middle}o`;
  };
  const cases = {
    "one role sentence x800": Array.from(
      { length: 800 },
      () =>
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan " +
        "and Armenian Prime Minister Nikol Pashinyan.",
    ).join("\n"),
    "100 KB of people with roles": upToLimit(
      (i) =>
        `${made(i)} Smith, the chairman of ${made(i)} United, said the deal was worth £${i + 1}m.`,
    ),
    "100 KB in one paragraph": upToLimit(
      () => "Peter Lomas takes charge of Harbour City on Tuesday in London after a long search.",
    ).replace(/\n/g, " "),
    "100 KB of quotations": upToLimit(
      () =>
        '"We are thrilled to have him and will back him all through the season," ' +
        'said Tom Aldridge. "It is a fresh start.',
    ),
    "100 KB of figures": upToLimit(
      (i) =>
        `Sales rose ${i % 90}% to $${i}.5bn in ${1900 + (i % 200)} as ${i} people bought cars.`,
    ),
  };
  for (const [label, text] of Object.entries(cases)) {
    const times = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      try {
        generateQuiz(text);
      } catch (e) {
        if (e?.name !== "QuizError") throw e;
      }
      times.push(performance.now() - t0);
    }
    console.log(`hostile: ${label}: median ${times.sort((a, b) => a - b)[1].toFixed(0)} ms of 3`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
