// Runs every bench module in this folder in turn: `npm run bench` (or `npm run bench -- api` for
// the ones whose file name contains "api"). A bench module exports `name` and an async `run()`
// that prints its own report.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv.slice(2);
const modules = readdirSync(dir)
  .filter((f) => f.endsWith(".mjs") && f !== "run.mjs")
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const file of modules) {
  const mod = await import(pathToFileURL(`${dir}/${file}`).href);
  console.log(`\n## ${mod.name ?? file}`);
  await mod.run();
}
