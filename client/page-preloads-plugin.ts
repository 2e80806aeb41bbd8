import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Plugin } from "vite";

type ManifestChunk = { file: string; imports?: string[]; css?: string[] };

/**
 * Writes, for each page of the app, every file it loads beyond index.html's: its own chunk first,
 * then the chunks it imports and its stylesheets. The Worker sends them as `Link` preloads with the
 * page's HTML (worker/http/page-preloads.ts), so they download alongside the entry instead of after
 * it has run and routed. Since the shared chunk gathered the many small modules, a student's page
 * imports two or three chunks: left to the entry's loader they were a second round trip before the
 * first paint (the play page waited for its question-screen chunk), where preloaded they share the
 * first one with the entry (HTTP/1.1 allows six connections a host: the document's, the entry's,
 * the shared chunk's and three more).
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
        const files = [...closure(key)].filter((f) => !inHtml.has(f));
        preloads[path] = files.map((f) => `/${f}`);
      }
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, `${JSON.stringify(preloads, null, 2)}\n`);
    },
  };
}
