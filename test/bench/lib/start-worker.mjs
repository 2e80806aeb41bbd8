import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Miniflare, convertV4MiniflareOptions } from "miniflare";
import { unstable_getMiniflareWorkerOptions } from "wrangler";

const MODULE_TYPES = { ".js": "ESModule", ".mjs": "ESModule", ".txt": "Text", ".html": "Text", ".sql": "Text", ".bin": "Data", ".wasm": "CompiledWasm" };

/** The workerd processes this Node process has started (Linux /proc; empty elsewhere). */
function workerdChildren() {
  try {
    const pids = execFileSync("ps", ["-o", "pid=", "--ppid", String(process.pid)], { encoding: "utf8" });
    return pids.split(/\s+/).filter(Boolean).filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("workerd");
      } catch {
        return false;
      }
    });
  } catch {
    return [];
  }
}

/** CPU time (user + system, ms) a process has used, or NaN when it cannot be read. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/**
 * Runs a Worker in workerd the way `wrangler dev` would, minus its dev proxy: wrangler bundles it
 * (`deploy --dry-run`) and reads its bindings from the config; Miniflare serves it on 127.0.0.1 and
 * a free port, with fresh storage or the storage kept in `persistTo`. Returns its base URL, `cpuMs()`
 * (the CPU its workerd has used, a steadier measure than throughput on a shared machine) and `stop()`.
 */
export async function startWorker(configPath, { vars = {}, persistTo } = {}) {
  const out = mkdtempSync(join(tmpdir(), "factquiz-bench-"));
  execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", out, "--config", configPath], {
    stdio: "ignore",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  const { workerOptions } = unstable_getMiniflareWorkerOptions(configPath);
  delete workerOptions.modulesRules; // Miniflare 5 takes the module list below instead
  const modules = readdirSync(out)
    .filter((f) => MODULE_TYPES[f.slice(f.lastIndexOf("."))])
    .sort((a, b) => Number(b === "index.js" || b === "worker.js") - Number(a === "index.js" || a === "worker.js"))
    .map((f) => ({ type: MODULE_TYPES[f.slice(f.lastIndexOf("."))], path: join(out, f) }));
  const before = new Set(workerdChildren());
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      ...workerOptions,
      bindings: { ...workerOptions.bindings, ...vars },
      modulesRoot: out,
      modules,
      host: "127.0.0.1",
      port: 0,
      ...(persistTo && { resourcePersistencePath: persistTo }),
      // Logging every request goes through Node and would cost more than the Worker under test.
      logRequests: false,
    }),
  );
  const url = (await mf.ready).toString().replace(/\/$/, "");
  const pid = workerdChildren().find((p) => !before.has(p));
  return {
    url,
    cpuMs: () => (pid ? cpuMs(pid) : NaN),
    async stop() {
      await mf.dispose();
      rmSync(out, { recursive: true, force: true });
    },
  };
}
