import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--headless","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const base = process.env.BASE;
await page.goto(base + (process.env.PATHNAME ?? "/"), { waitUntil: "domcontentloaded" });
await page.screenshot({ path: "/tmp/s1.png" });
const btn = page.getByRole("button", { name: /sign in/i }).first();
await btn.click();
await page.waitForURL(/interaction/, { timeout: 30000 });
await page.screenshot({ path: "/tmp/s2.png" });
console.log(page.url());
await page.locator("#login").fill(process.env.WHO ?? "employee@example.com");
await page.locator("#password").fill("x");
await page.locator("button.primary").click();
await page.waitForURL(new RegExp("^" + base), { timeout: 30000 });
await page.waitForLoadState("domcontentloaded");
console.log(page.url());
await page.screenshot({ path: "/tmp/s3.png", fullPage: process.env.FULL === "1" });
for (const y of (process.env.CLIPS ?? "").split(",").filter(Boolean)) {
  await page.screenshot({ path: `/tmp/clip-${y}.png`, fullPage: true, clip: { x: 0, y: Number(y), width: 1280, height: 1400 } });
}
for (const p of (process.env.MORE ?? "").split(",").filter(Boolean)) {
  await page.goto(base + p, { waitUntil: "domcontentloaded" });
  await page.screenshot({ path: `/tmp/s-${p.replace(/\W/g, "_")}.png`, fullPage: process.env.FULL === "1" });
}
await browser.close();
