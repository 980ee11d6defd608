import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts", "lib/**/*.test.ts"],
    // PGlite start-up and migrations take seconds on this 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration files each open their own databases; two at a time keeps memory sane.
    maxWorkers: 2,
  },
  resolve: { alias: { "@": new URL(".", import.meta.url).pathname } },
});
