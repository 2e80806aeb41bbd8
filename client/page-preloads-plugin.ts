import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Plugin } from "vite";

type ManifestChunk = { file: string; imports?: string[]; css?: string[] };

/**
 * Writes, for each page of the app, the page's own chunk and the stylesheets it needs beyond
 * index.html's: the Worker sends them as `Link` preloads with the page's HTML
 * (worker/http/page-preloads.ts), so they download alongside the entry instead of after it has run
 * and routed. The small chunks the page shares with others are left to the entry's loader, which
 * fetches them as soon as it runs: preloaded too, they would hold the entry script and stylesheet
 * back behind them on an HTTP/1.1 connection (six at most per host), and with them the first paint.
 * `pages` maps a path to a module under src/pages/ (client/src/pages.ts); `out` is the JSON file
 * the Worker imports.
 */
export function pagePreloads(pages: Record<string, string>, out: string): Plugin {
  let outDir = "";
  return {
    name: "factquiz-page-preloads",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      const manifest: Record<string, ManifestChunk> = JSON.parse(
        readFileSync(join(outDir, ".vite/manifest.json"), "utf8"),
      );
      const closure = (key: string, files = new Set<string>()) => {
        const chunk = manifest[key];
        if (!chunk || files.has(chunk.file)) return files;
        files.add(chunk.file);
        for (const css of chunk.css ?? []) files.add(css);
        for (const dep of chunk.imports ?? []) closure(dep, files);
        return files;
      };
      const inHtml = closure("index.html");
      const preloads: Record<string, string[]> = {};
      for (const [path, page] of Object.entries(pages)) {
        const key = `src/pages/${page}.tsx`;
        if (!manifest[key]) throw new Error(`${key} (for ${path}) is not a chunk of the build`);
        const css = [...closure(key)].filter((f) => f.endsWith(".css") && !inHtml.has(f));
        preloads[path] = [manifest[key].file, ...css].map((f) => `/${f}`);
      }
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, `${JSON.stringify(preloads, null, 2)}\n`);
    },
  };
}
