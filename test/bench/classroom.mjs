// A class of 300 behind one address, over HTTP against `wrangler dev` on 127.0.0.1: every student
// joins (waiting out 429s as the client does), answers every question (a quarter of them send each
// answer three times at once), finishes; the server is killed (SIGKILL) and restarted on the same
// storage in the middle. Then every answer and score is checked against the teacher's results and
// KV's stored scores, and the KV writes the Worker logged are counted.
// `npm run bench -- classroom` (needs `npm run build` first: wrangler dev serves client/dist).
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const name = "classroom: 300 students from one address, a kill in the middle";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const STUDENTS = Number(process.env.STUDENTS ?? 300);
const ARRIVAL_MS = 20_000; // the class arrives over 20 s
const KILL_AT_MS = 15_000; // the server is killed this long after the first student arrives
const DEADLINE_MS = 240_000; // the whole run is abandoned after this
const TRIPLE_EVERY = 4; // every 4th student sends each answer three times at once

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const freePort = () =>
  new Promise((resolve) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

/**
 * wrangler dev on 127.0.0.1 with its storage in `persist`; its output is scanned for
 * `kv-write <key>` lines.
 */
function startServer(port, persist, kvWrites) {
  const child = spawn(
    "npx",
    [
      "wrangler",
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--persist-to",
      persist,
      "--var",
      "TOKEN_SECRET:bench-secret-not-for-production",
      "--show-interactive-dev-session=false",
    ],
    {
      cwd: ROOT,
      detached: true,
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let buffered = "";
  const scan = (chunk) => {
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop();
    for (const line of lines) {
      const m = /kv-write (\S+)/.exec(line);
      if (m) kvWrites.push({ key: m[1], at: Date.now() });
    }
  };
  child.stdout.on("data", scan);
  child.stderr.on("data", scan);
  return child;
}

/** SIGKILL to wrangler and its workerd: the whole process group, at once, no goodbye. */
function kill(child) {
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

async function waitUp(base, ms = 90_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not yet
    }
    await sleep(250);
  }
  throw new Error("wrangler dev did not come up");
}

const pct = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

export async function run() {
  execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "ignore" });
  const persist = mkdtempSync(join(tmpdir(), "factquiz-classroom-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const kvWrites = [];
  let server = startServer(port, persist, kvWrites);
  const stats = { starts429: 0, retries: 0, latencies: [], tripleMismatch: 0 };
  try {
    await waitUp(base);
    const article = readFileSync(join(ROOT, "test/fixtures/articles/disaster.txt"), "utf8");
    const created = await (
      await fetch(`${base}/api/quizzes`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ article, count: 8 }),
      })
    ).json();
    const teacher = {
      authorization: `Bearer ${created.teacherKey}`,
      "content-type": "application/json",
    };
    await fetch(`${base}/api/quizzes/${created.id}`, {
      method: "PATCH",
      headers: teacher,
      body: JSON.stringify({ status: "open" }),
    });
    const questions = created.quiz.questions;
    const wrongOf = (q) =>
      Array.isArray(q.answer)
        ? [...q.answer].reverse()
        : (q.options?.find((o) => o !== q.answer) ?? "nothing like it");

    /**
     * One request, retried through the kill as the client does: 429 waits Retry-After with jitter,
     * network errors back off.
     */
    async function request(path, init, { startAt } = {}) {
      for (let failures = 0; ; failures++) {
        const t0 = performance.now();
        try {
          const res = await fetch(`${base}${path}`, init);
          if (res.status === 429) {
            stats.starts429++;
            const after = Number(res.headers.get("retry-after") ?? 10);
            await sleep(after * 1000 * (1 + Math.random() * 0.5));
            continue;
          }
          if (res.status >= 500) throw new Error(`HTTP ${res.status}`);
          // The body is read here, so a connection cut mid-body is retried like any other.
          const body = await res.json();
          stats.latencies.push(performance.now() - t0);
          if (res.status >= 400)
            throw Object.assign(new Error(`HTTP ${res.status}: ${JSON.stringify(body)}`), {
              fatal: true,
            });
          return body;
        } catch (err) {
          if (err.fatal) throw err;
          stats.retries++;
          if (startAt && Date.now() - startAt > DEADLINE_MS) throw new Error(`gave up on ${path}`);
          await sleep(Math.min(500 * 2 ** failures, 4_000) * (0.8 + Math.random() * 0.4));
        }
      }
    }

    const t0 = Date.now();
    let killedAt = null;
    let upAgainAt = null;
    const restart = (async () => {
      await sleep(KILL_AT_MS);
      kill(server);
      killedAt = Date.now() - t0;
      await sleep(500);
      server = startServer(port, persist, kvWrites);
      await waitUp(base);
      upAgainAt = Date.now() - t0;
    })();

    async function student(n) {
      await sleep(Math.random() * ARRIVAL_MS);
      const body = JSON.stringify({ name: `Student ${n}`, device: `bench-device-${n}` });
      const res = await request(
        `/api/quizzes/${created.id}/attempts`,
        { method: "POST", headers: { "content-type": "application/json" }, body },
        { startAt: t0 },
      );
      const { attemptId, token } = res;
      const joinedAt = Date.now() - t0;
      const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };
      const rightCount = n % (questions.length + 1);
      const verdicts = {};
      for (const [i, q] of questions.entries()) {
        await sleep(300 + Math.random() * 1200); // reading the question
        const answer = JSON.stringify({ answer: i < rightCount ? q.answer : wrongOf(q) });
        const copies = n % TRIPLE_EVERY === 0 ? 3 : 1;
        const sent = await Promise.all(
          Array.from({ length: copies }, () =>
            request(
              `/api/attempts/${attemptId}/answers/${q.id}`,
              { method: "PUT", headers: auth, body: answer },
              { startAt: t0 },
            ),
          ),
        );
        if (new Set(sent.map((s) => s.correct)).size > 1) stats.tripleMismatch++;
        verdicts[q.id] = sent[0].correct;
      }
      const done = await request(
        `/api/attempts/${attemptId}/finish`,
        { method: "POST", headers: auth },
        { startAt: t0 },
      );
      return { n, attemptId, joinedAt, rightCount, verdicts, done };
    }

    const played = await Promise.all(Array.from({ length: STUDENTS }, (_, n) => student(n)));
    await restart;
    const playedMs = Date.now() - t0;
    // The scores' last batch reaches KV within SCORE_GAP_MS (10 s) of the last finish.
    await sleep(12_000);
    const results = await request(`/api/quizzes/${created.id}/results`, { headers: teacher });
    kill(server);
    await sleep(1_000);
    const kvScores = JSON.parse(
      execFileSync(
        "npx",
        [
          "wrangler",
          "kv",
          "key",
          "get",
          `scores:${created.id}`,
          "--binding",
          "QUIZZES",
          "--local",
          "--persist-to",
          persist,
        ],
        {
          cwd: ROOT,
          encoding: "utf8",
          env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
          stdio: ["ignore", "pipe", "ignore"],
        },
      ),
    );

    const byAttempt = new Map(results.students.map((s) => [s.attemptId, s]));
    const kvByAttempt = new Map(kvScores.map((s) => [s.attemptId, s.score]));
    let answersLost = 0;
    let scoresWrong = 0;
    let kvMissing = 0;
    for (const p of played) {
      const row = byAttempt.get(p.attemptId);
      for (const q of questions) {
        const expected = questions.indexOf(q) < p.rightCount;
        if (!row || row.answers[q.id]?.correct !== expected || p.verdicts[q.id] !== expected)
          answersLost++;
      }
      if (p.done.score !== p.rightCount || row?.score !== p.rightCount) scoresWrong++;
      if (kvByAttempt.get(p.attemptId) !== p.rightCount) kvMissing++;
    }
    const joined = played.map((p) => p.joinedAt).sort((a, b) => a - b);
    const lat = stats.latencies.sort((a, b) => a - b);
    const perKey = Object.groupBy(kvWrites, (w) => w.key);
    const minGap = Math.min(
      ...Object.values(perKey).flatMap((ws) => ws.slice(1).map((w, i) => w.at - ws[i].at)),
    );
    const seconds = (ms) => (ms / 1000).toFixed(1);
    console.log(
      `students in:          ${joined.length} of ${STUDENTS}; the last joined ` +
        `${seconds(joined.at(-1))} s after the first arrived ` +
        `(arrivals spread over ${ARRIVAL_MS / 1000} s)`,
    );
    console.log(
      `server killed:        at ${seconds(killedAt)} s (SIGKILL), ` +
        `serving again at ${seconds(upAgainAt)} s`,
    );
    console.log(
      `answers lost:         ${answersLost} of ${STUDENTS * questions.length} ` +
        "(results and verdicts checked per question)",
    );
    console.log(
      `scores wrong:         ${scoresWrong} (finish response or teacher's results), ` +
        `${kvMissing} missing or wrong in KV's scores:${created.id}`,
    );
    console.log(
      `repeated answers:     ${Math.ceil(STUDENTS / TRIPLE_EVERY)} students sent each answer ` +
        `3 times at once; ${stats.tripleMismatch} got differing verdicts`,
    );
    console.log(
      `429s:                 ${stats.starts429}; network errors retried: ${stats.retries}`,
    );
    console.log(
      `latency (ok):         p50 ${pct(lat, 50).toFixed(0)} ms, ` +
        `p99 ${pct(lat, 99).toFixed(0)} ms over ${lat.length} requests; ` +
        `class done in ${seconds(playedMs)} s`,
    );
    const writesPerKey = Object.entries(perKey)
      .map(([k, ws]) => `${k.split(":")[0]}: ${ws.length}`)
      .join(", ");
    const closest = Number.isFinite(minGap) ? `${minGap} ms apart` : "n/a";
    console.log(
      `KV writes:            ${kvWrites.length} in all (${writesPerKey}); ` +
        `closest two writes to one key ${closest}`,
    );
    console.log(
      `free plan:            1,000 KV writes a day / ${kvWrites.length} a class = ` +
        `${Math.floor(1000 / kvWrites.length)} classes a day`,
    );
  } finally {
    kill(server);
    rmSync(persist, { recursive: true, force: true });
  }
}
