import autocannon from "autocannon";
import { readFileSync } from "node:fs";
import { execSync } from "node:child_process";
import { startWorker } from "./start-worker.mjs";
const isWorkerd = (p) => { try { return readFileSync(`/proc/${p}/cmdline`, "utf8").includes("workerd"); } catch { return false; } };
const children = () => execSync(`ps -o pid= --ppid ${process.pid}`).toString().trim().split(/\s+/).map(Number).filter(isWorkerd);
const cpu = (pid) => { const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" "); return (Number(f[11]) + Number(f[12])) * 10; }; // ms
const root = "/work/wt/api";
const app = await startWorker(`${root}/wrangler.toml`, { vars: { TOKEN_SECRET: "x" } });
const appPid = children()[0];
const bare = await startWorker(`${root}/test/bench/bare/wrangler.toml`);
const barePid = children().find((p) => p !== appPid);
console.log(appPid, barePid);
const [{ id }] = await (await fetch(`${app.url}/api/quizzes`)).json();
const b2 = await startWorker("/tmp/bare-noassets/wrangler.toml"); const b2Pid = children().find((p) => p !== appPid && p !== barePid); const cases = { bare: [barePid, bare.url + "/api/bare"], noassets: [b2Pid, b2.url + "/api/bare"], quiz: [appPid, `${app.url}/api/quizzes/${id}`] };
for (let round = 0; round < 3; round++) for (const [k, [pid, url]] of Object.entries(cases)) {
  const before = cpu(pid);
  const r = await autocannon({ url, connections: 10, amount: 3000 });
  const used = cpu(pid) - before;
  console.log(k.padEnd(7), "rps", Math.round(r.requests.average), "cpu µs/req", Math.round((used * 1000) / 3000));
}
await app.stop(); await bare.stop();
