import { fileURLToPath } from "node:url";
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * One `vitest run` covers the three layers: the question engine in Node, the Worker inside
 * workerd with its real KV, Durable Objects and rate limiter, and the built app in real Chromium.
 */
export default defineConfig({
  root,
  test: {
    reporters: ["default", "./test/summary-reporter.ts"],
    projects: [
      {
        root,
        test: { name: "questions", include: ["test/questions/**/*.test.ts"], environment: "node" },
      },
      {
        root,
        // The client's pure modules (schedulers, the offline queue): no DOM, so they run in Node.
        test: { name: "client", include: ["test/client/**/*.test.ts"], environment: "node" },
      },
      {
        root,
        plugins: [
          cloudflareTest({
            wrangler: { configPath: `${root}/wrangler.toml` },
            miniflare: { bindings: { TOKEN_SECRET: "test-secret-not-for-production" } },
          }),
        ],
        test: { name: "worker", include: ["test/worker/**/*.test.ts"] },
      },
      {
        root,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/e2e/server.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
