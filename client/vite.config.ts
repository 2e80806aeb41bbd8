import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

// The client lives in client/; its build lands in client/dist, which wrangler.toml serves as assets.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [preact()],
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", assetsInlineLimit: 0, manifest: true },
});
