import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { e2ePorts } from "./tests/e2e/support/ports";

// Debian's Chromium when installed (CI and this machine): Playwright must not download browsers here.
const debianChromium = "/usr/bin/chromium";
const { app } = e2ePorts();

export default defineConfig({
  testDir: "tests/e2e",
  // One production build and one server for the whole run (tests/e2e/support/global-setup.ts).
  globalSetup: "./tests/e2e/support/global-setup.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  // The history tests read the revisions their fixture wrote on the reference family and restore
  // one; the editing tests save new ones. Running the history tests first keeps both exact.
  projects: [
    { name: "history", testMatch: /history\.spec\.ts$/ },
    { name: "portal", testIgnore: /history\.spec\.ts$/, dependencies: ["history"] },
  ],
  use: {
    baseURL: process.env.LADDER_E2E_BASE_URL ?? `http://localhost:${app}`,
    browserName: "chromium",
    trace: "retain-on-failure",
    launchOptions: existsSync(debianChromium)
      ? {
          executablePath: debianChromium,
          args: [
            "--no-sandbox",
            "--headless",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        }
      : {},
  },
});
