import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Plugin } from "vite";

/**
 * Files over this size stay out of the shell: only the question engine (about 4 MB) is that big,
 * and students never load it.
 */
const MAX_PRECACHED_BYTES = 400 * 1024;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * Builds the service worker: `sw` (client/sw/service-worker.ts) is bundled as its own entry,
 * `sw.js` at the site's root, and once every file is written this prepends the precache list —
 * the built app shell (`/` for index.html, every script, stylesheet and public file under the size
 * cap) and a version hashed from their contents, so each deploy installs a fresh worker.
 */
export function precacheServiceWorker(): Plugin {
  let outDir = "";
  return {
    name: "factquiz-precache",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      const skip = (file: string) =>
        file === "sw.js" ||
        file.startsWith(".vite/") ||
        file === "_headers" ||
        file === ".assetsignore";
      const paths = listFiles(outDir)
        .map((path) => ({ path, file: relative(outDir, path).split("\\").join("/") }))
        .filter(({ path, file }) => !skip(file) && statSync(path).size <= MAX_PRECACHED_BYTES)
        .sort((a, b) => a.file.localeCompare(b.file));
      const hash = createHash("sha256");
      for (const { path, file } of paths) hash.update(file).update(readFileSync(path));
      const files = paths.map(({ file }) => (file === "index.html" ? "/" : `/${file}`));
      const precache = { version: hash.digest("hex").slice(0, 12), files };
      const sw = join(outDir, "sw.js");
      writeFileSync(
        sw,
        `self.__PRECACHE__=${JSON.stringify(precache)};\n${readFileSync(sw, "utf8")}`,
      );
    },
  };
}
