// Runs every bench module in this folder in turn: `npm run bench`.
// A bench module exports `name` and an async `run()` that prints its own report.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const modules = readdirSync(dir).filter((f) => f.endsWith(".mjs") && f !== "run.mjs").sort();
for (const file of modules) {
  const mod = await import(pathToFileURL(`${dir}/${file}`).href);
  console.log(`\n## ${mod.name ?? file}`);
  await mod.run();
}
