// Runs before `npm test`: the browser tests need Chromium. Debian's (/usr/bin/chromium) is used
// where it is installed (CI, and machines where Playwright must never download a browser);
// elsewhere Playwright's own Chromium is installed once, so `npm install && npm test` is enough.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

if (!existsSync("/usr/bin/chromium") && !existsSync(chromium.executablePath())) {
  console.log("Installing Playwright's Chromium for the browser tests (once)…");
  execFileSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
}
