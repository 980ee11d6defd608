import { readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { familyLocation } from "../../lib/families/markdown/locate";
import { familyPagePath, levelPagePath } from "../../lib/families/paths";
import { signIn } from "./support/sign-in";

/** The demo families' pages, from the demo folder itself (the server may hold other families too). */
function demoFamilyPages(): string[] {
  const folder = join(process.cwd(), "db", "seed", "job-families");
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === "index.html.md")
    .map((e) => familyLocation(join(e.parentPath, e.name)))
    .map((f) => familyPagePath(f.department, f.slug));
}

type Anchor = { href: string; text: string };

test.describe("links on the demo family pages", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, "employee@example.com");
  });

  test("every link on every demo family page and level page leads to a page that exists, and every anchor to its place", async ({ page, baseURL }) => {
    test.setTimeout(300_000);
    const familyPages = demoFamilyPages();
    expect(familyPages).toContain("/job-families/engineering/development--documentation--technical-writer");
    // A level's page shows part of its family: links to the family's other parts must still land.
    const levelPages: string[] = [];
    for (const path of familyPages) {
      const { document } = await (await page.request.get(path.replace(/^\/job-families\//, "/api/v1/families/"))).json();
      levelPages.push(...document.levels.map((l: { id: string }) => levelPagePath(document.department, document.slug, l.id)));
    }
    expect(levelPages.length).toBeGreaterThan(familyPages.length);

    const origin = new URL(baseURL!).origin;
    const internal = new Map<string, string>(); // link → the page it is on
    for (const path of [...familyPages, ...levelPages]) {
      await page.goto(path);
      const anchors: Anchor[] = await page
        .locator("a[href]")
        .evaluateAll((links) =>
          // SVG links (the drawn ladder) have no string `href` property: resolve the attribute.
          links.map((a) => ({ href: new URL(a.getAttribute("href")!, document.baseURI).href, text: a.textContent ?? "" })),
        );
      for (const anchor of anchors) {
        const url = new URL(anchor.href);
        // No handbook path may be left as a portal link: the portal does not serve /handbook/.
        expect(url.pathname, `${path}: "${anchor.text}"`).not.toMatch(/^\/handbook\//);
        if (url.origin === origin) internal.set(anchor.href, path);
      }
      // Without LADDER_HANDBOOK_URL, handbook links are text with the target in a tooltip.
      if (familyPages.includes(path)) await expect(page.locator('span.handbook-link[title^="Handbook: /handbook/"]').first()).toBeAttached();
    }

    // Each linked page once (a link's #anchor does not change what the server answers).
    const pages = new Map<string, { from: string; ids: Set<string> }>();
    for (const [href, from] of internal) {
      const url = new URL(href);
      const id = decodeURIComponent(url.hash.slice(1));
      url.hash = "";
      const entry = pages.get(url.href) ?? { from, ids: new Set<string>() };
      if (id) entry.ids.add(id);
      pages.set(url.href, entry);
    }
    for (const [url, { from, ids }] of pages) {
      const response = await page.request.get(url);
      expect(response.status(), `${url} (linked from ${from})`).toBeLessThan(400);
      if (ids.size === 0) continue;
      await page.goto(url);
      for (const id of ids) expect(await page.locator(`[id="${id}"]`).count(), `${url}#${id} (linked from ${from})`).toBe(1);
    }
  });

  test("a nested family answers at its handbook address, and its relative links lead to their families", async ({ page }) => {
    await page.goto("/job-families/engineering/development/documentation/technical-writer/");
    await expect(page).toHaveURL(/\/job-families\/engineering\/development--documentation--technical-writer$/);
    await expect(page.getByRole("heading", { level: 1, name: "Technical Writer" })).toBeVisible();

    await page.getByRole("link", { name: "Software Engineers", exact: true }).click();
    await expect(page).toHaveURL(/\/job-families\/engineering\/software-engineer$/);
    await page.getByRole("link", { name: "Technical Writer job family" }).click();
    await expect(page).toHaveURL(/\/job-families\/engineering\/development--documentation--technical-writer$/);
  });
});
