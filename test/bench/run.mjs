// `npm run bench`: runs every test/bench/*.mjs in turn. A bench either exports `run()` (or a
// default function) or does its work when imported.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith(".mjs") && f !== "run.mjs")
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

for (const file of benches) {
  console.log(`\n== ${file}`);
  const mod = await import(pathToFileURL(dir + file).href);
  const run = typeof mod.run === "function" ? mod.run : typeof mod.default === "function" ? mod.default : null;
  if (run) await run();
}
