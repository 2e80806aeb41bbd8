import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin } from "vite";

/** The stylesheet link Vite writes into index.html for the entry's CSS. */
const ENTRY_STYLESHEET = /<link rel="stylesheet"[^>]* href="\/(assets\/index-[\w-]+\.css)">/;

/**
 * Puts the entry's stylesheet (about 3 KB gzipped: every page's base styles) into index.html as a
 * `<style>` element, so the first paint waits for the HTML alone rather than for a second,
 * render-blocking request. The strict CSP stays: public/_headers allows that one element by its
 * SHA-256 hash (`style-src 'self' 'sha256-…'`), never inline styles in general. Pages' own
 * stylesheets (learn, teacher) still load as files with their chunks.
 */
export function inlineEntryStyles(): Plugin {
  let outDir = "";
  let hash = "";
  return {
    name: "factquiz-inline-entry-styles",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: "post",
      handler(html, { bundle }) {
        const link = ENTRY_STYLESHEET.exec(html);
        const asset = link && bundle?.[link[1]!];
        if (!link || asset?.type !== "asset")
          throw new Error("index.html names no entry stylesheet");
        const css = String(asset.source);
        hash = createHash("sha256").update(css).digest("base64");
        return html.replace(link[0], () => `<style>${css}</style>`);
      },
    },
    writeBundle() {
      const path = join(outDir, "_headers");
      const headers = readFileSync(path, "utf8");
      if (!headers.includes("style-src 'self';"))
        throw new Error("_headers has no style-src 'self'");
      writeFileSync(
        path,
        headers.replace("style-src 'self';", `style-src 'self' 'sha256-${hash}';`),
      );
    },
  };
}
