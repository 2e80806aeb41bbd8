import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";
import { inlineEntryStyles } from "./inline-styles-plugin.ts";
import { pagePreloads } from "./page-preloads-plugin.ts";
import { precacheServiceWorker } from "./precache-plugin.ts";
import { PAGES } from "./src/pages.ts";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Small modules the student pages share (play, learning, home). Left to the default splitting,
 * each becomes a file of its own, a few hundred bytes, and a page waits for ten of them after the
 * entry has run. Grouped, they are one chunk with Preact and Hono's client (which they import),
 * and index.html preloads it beside the entry.
 */
const SHARED = [
  "client/src/api.ts",
  "client/src/components/LoadFailed.tsx",
  "client/src/components/use-focused-heading.ts",
  "client/src/learn/revealed.ts",
  "client/src/learn/review-due.ts",
  "client/src/play/AnswerText.tsx",
  "client/src/play/Evidence.tsx",
  "client/src/play/saved-attempt.ts",
  "questions/grade.ts",
];

// The client lives in client/; its build lands in client/dist, which wrangler.toml serves as
// assets.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [
    preact(),
    inlineEntryStyles(),
    precacheServiceWorker(),
    // What each page loads beyond the entry, for the Worker to preload with the page's HTML.
    pagePreloads(PAGES, here("../worker/generated/page-preloads.json")),
  ],
  // The question engine with its language model (about 1.1 MB gzipped) is one lazy chunk, loaded
  // only by the create page when the server asks the browser to write the questions; no route loads
  // it.
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    assetsInlineLimit: 0,
    manifest: true,
    chunkSizeWarningLimit: 4500,
    // The service worker is a second entry with a fixed name at the root (its scope is the whole
    // site).
    rolldownOptions: {
      input: { index: here("index.html"), sw: here("sw/service-worker.ts") },
      output: {
        codeSplitting: {
          groups: [
            { name: "shared", test: (id) => SHARED.some((path) => id.endsWith(`/${path}`)) },
          ],
        },
        entryFileNames: (chunk) => (chunk.name === "sw" ? "sw.js" : "assets/[name]-[hash].js"),
      },
    },
  },
});
