// Client size bench: the gzipped JavaScript and CSS the play route (/q/:id) loads, read from the
// Vite manifest of the last `npm run build`, against the 30 KB budget for its JavaScript.
// Run alone with `node test/bench/client-size.mjs`, or with the others through `npm run bench`.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

export const name = "client size (play route)";

const DIST = "client/dist";
const BUDGET = 30 * 1024;

/**
 * Every file a route loads: the entry, the route's chunk, and all they import, statically or
 * lazily.
 */
function routeFiles(manifest, routeSrc) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const dep of chunk.imports ?? []) visit(dep);
    // A lazy import inside the route is still code the route may load.
    if (key !== "index.html") for (const dep of chunk.dynamicImports ?? []) visit(dep);
  };
  visit("index.html");
  if (!manifest[routeSrc])
    throw new Error(`${routeSrc} is not in the Vite manifest: is it still a lazy route?`);
  visit(routeSrc);
  return [...files].sort();
}

function sizes(file) {
  const bytes = readFileSync(join(DIST, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export async function run() {
  const manifestPath = join(DIST, ".vite/manifest.json");
  if (!existsSync(manifestPath)) throw new Error("No client build: run `npm run build` first.");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  const routes = {
    "/q/:id (play)": "src/pages/Play.tsx",
    "/ (home)": "src/pages/Home.tsx",
    "/q/:id/leaderboard": "src/pages/LeaderboardPage.tsx",
  };

  for (const [route, src] of Object.entries(routes)) {
    const files = routeFiles(manifest, src).map(sizes);
    const js = files.filter((f) => f.file.endsWith(".js"));
    const css = files.filter((f) => f.file.endsWith(".css"));
    const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);
    console.log(`\n${route}`);
    for (const f of files)
      console.log(
        `  ${f.file.padEnd(40)} ${String(f.raw).padStart(7)} B  ` +
          `${String(f.gzip).padStart(6)} B gzipped`,
      );
    console.log(
      `  JavaScript ${kb(sum(js, "gzip"))} gzipped (${kb(sum(js, "raw"))} raw), ` +
        `CSS ${kb(sum(css, "gzip"))} gzipped`,
    );
    if (src.endsWith("Play.tsx")) {
      const within = sum(js, "gzip") < BUDGET;
      console.log(
        `  play route JavaScript: ${sum(js, "gzip")} B gzipped, ` +
          `budget ${BUDGET} B: ${within ? "within" : "OVER BUDGET"}`,
      );
      if (!within) process.exitCode = 1;
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
