import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

// The client lives in client/; its build lands in client/dist, which wrangler.toml serves as assets.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [preact()],
  // The question engine with its language model (about 1.1 MB gzipped) is one lazy chunk, loaded
  // only by the create page when the server asks the browser to write the questions; no route loads it.
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", assetsInlineLimit: 0, manifest: true, chunkSizeWarningLimit: 4500 },
});
