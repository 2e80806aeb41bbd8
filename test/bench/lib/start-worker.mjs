import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { unstable_startWorker } from "wrangler";

/** The workerd processes this Node process has started (Linux /proc; empty elsewhere). */
function workerdChildren() {
  try {
    const pids = execFileSync("ps", ["-o", "pid=", "--ppid", String(process.pid)], {
      encoding: "utf8",
    });
    return pids
      .split(/\s+/)
      .filter(Boolean)
      .filter((pid) => {
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
 * Runs a Worker in workerd through wrangler's own dev server (`unstable_startWorker`, what
 * `wrangler dev` uses) on 127.0.0.1 and a free port, with fresh storage or the storage kept in
 * `persistTo`. Returns its base URL, `cpuMs()` (the CPU its workerd has used, a steadier measure
 * than throughput on a shared machine) and `stop()`.
 */
export async function startWorker(configPath, { vars = {}, persistTo } = {}) {
  const before = new Set(workerdChildren());
  const bindings = Object.fromEntries(
    Object.entries(vars).map(([name, value]) => [name, { type: "plain_text", value }]),
  );
  const worker = await unstable_startWorker({
    config: configPath,
    bindings,
    dev: {
      server: { hostname: "127.0.0.1", port: 0 },
      inspector: false,
      persist: persistTo ?? false,
      logLevel: "none",
    },
  });
  await worker.ready;
  const url = (await worker.url).toString().replace(/\/$/, "");
  const pids = workerdChildren().filter((p) => !before.has(p));
  return {
    url,
    cpuMs: () => pids.reduce((sum, pid) => sum + cpuMs(pid), 0),
    async stop() {
      await worker.dispose();
    },
  };
}
