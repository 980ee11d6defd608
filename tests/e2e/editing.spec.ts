import { type Page, type Request, expect, test } from "@playwright/test";
import { personIn, signIn } from "./support/sign-in";

// The reference family (imported into product by the global setup) and a demo family that only
// these tests change. Serial: the tests build on each other's revisions.
const REFERENCE = "/job-families/product/product-management-leadership";
const REFERENCE_API = "/api/v1/families/product/product-management-leadership";
const DEMO = "/job-families/product/product-management";
const GROUP_MANAGER = "group-manager-product-gmp";
test.describe.configure({ mode: "serial" });
// Two browsers and several server renders per test: generous on a busy two-core machine.
test.setTimeout(180_000);

/** The form is interactive once the first live preview is in (typing before hydration could be reset). */
async function editorReady(page: Page) {
  await expect(page.getByTestId("preview")).not.toContainText("The preview appears here", { timeout: 60_000 });
}

const responsibility = (page: Page, n: string) => page.getByRole("textbox", { name: `Responsibilities ${n}`, exact: true });

async function revisionOf(page: Page, api: string): Promise<number> {
  const response = await page.request.get(api);
  expect(response.status()).toBe(200);
  return (await response.json()).revision.number;
}

test("a manager edits the Group Manager's responsibilities: adds, reorders, nests, saves with a summary", async ({ page }) => {
  await signIn(page, "manager@example.com");
  await page.goto(REFERENCE);
  const before = await revisionOf(page, REFERENCE_API);
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page).toHaveURL(/\/edit$/);
  await page.goto(`${REFERENCE}/edit?level=${GROUP_MANAGER}`);
  await editorReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit Group Manager, Product (GMP)");

  const first = await responsibility(page, "1").inputValue();
  const second = await responsibility(page, "2").inputValue();
  // Add one after the first, by pointer.
  await page.getByRole("button", { name: "Add an entry after Responsibilities 1", exact: true }).click();
  await expect(responsibility(page, "2")).toBeFocused();
  await responsibility(page, "2").fill("Runs a quarterly review of the group's roadmap");
  // Reorder by keyboard: the new entry moves above the first one.
  await page.keyboard.press("Alt+ArrowUp");
  await expect(responsibility(page, "1")).toHaveValue("Runs a quarterly review of the group's roadmap");
  await expect(responsibility(page, "1")).toBeFocused();
  await expect(responsibility(page, "2")).toHaveValue(first);
  // Nest: the old second entry (now third) goes under the one above it, as its last sub-entry, by pointer.
  await page.getByRole("button", { name: "Indent Responsibilities 3", exact: true }).click();
  await expect(page.locator('[aria-label^="Responsibilities 2."]').last()).toHaveValue(second);
  await expect(page.locator('[aria-label^="Responsibilities 2."]').last()).toBeFocused();

  // The preview is the reading page's rendering of the edit.
  await expect(page.getByTestId("preview").getByText("Runs a quarterly review of the group's roadmap")).toBeVisible();

  // No summary, no save: the error sits beside the summary field.
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#edit-summary-error")).toContainText("must not be empty");
  await page.getByLabel("Summary of your change").fill("Roadmap reviews for group managers");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as revision" })).toHaveText(new RegExp(`Saved as revision ${before + 1}`));

  await page.goto(REFERENCE);
  await expect(page.getByTestId("revision-line")).toHaveText(new RegExp(`^Revision ${before + 1} · by `));
  const level = page.locator(`section#${GROUP_MANAGER}`);
  const list = level.locator(`#${GROUP_MANAGER}---responsibilities > ul`);
  await expect(list.locator(":scope > li").first()).toHaveText("Runs a quarterly review of the group's roadmap");
  await expect(list.locator(":scope > li").nth(1).locator("ul > li").last()).toContainText(second.replace(/[_*]/g, "").slice(0, 40));
});

test("an employee sees no edit controls; its replayed server action and its API PUT get 403", async ({ page, browser, baseURL }) => {
  await signIn(page, "manager@example.com");
  await page.goto(`${REFERENCE}/edit?level=${GROUP_MANAGER}`);
  await editorReady(page);
  await responsibility(page, "1").fill("Captured by the test");
  await page.getByLabel("Summary of your change").fill("An edit whose request the employee replays");
  const captured = page.waitForRequest((r: Request) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await page.getByRole("button", { name: "Save" }).click();
  const request = await captured;
  await expect(page.getByRole("status").filter({ hasText: "Saved as revision" })).toBeVisible();
  const revision = await revisionOf(page, REFERENCE_API);

  const employee = await personIn(browser, baseURL!, "employee@example.com");
  await employee.goto(REFERENCE);
  await expect(employee.getByTestId("revision-line")).toBeVisible();
  // The island asked the server and heard "no".
  await employee.waitForLoadState("networkidle");
  await expect(employee.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  expect((await employee.request.get(`${REFERENCE}/edit`)).status()).toBe(403);

  const headers = Object.fromEntries(Object.entries(request.headers()).filter(([k]) => ["next-action", "content-type", "accept", "next-router-state-tree"].includes(k)));
  const replay = await employee.request.post(new URL(request.url()).pathname + new URL(request.url()).search, {
    headers,
    data: request.postDataBuffer() ?? undefined,
  });
  expect(replay.status()).toBe(403);
  expect(await replay.text()).not.toContain("Saved as revision");
  expect(await revisionOf(employee, REFERENCE_API)).toBe(revision);

  const current = await (await employee.request.get(REFERENCE_API)).json();
  const put = await employee.request.put(REFERENCE_API, {
    data: { baseRevision: revision, summary: "Not mine to change", document: { ...current.document, title: "Hijacked" } },
  });
  expect(put.status()).toBe(403);
  expect((await put.json()).error.code).toBe("forbidden");
  expect(await revisionOf(employee, REFERENCE_API)).toBe(revision);
  await employee.context().close();
});

test("two people edit the same family: separate changes merge, the same field is chosen, nothing is lost", async ({ browser, baseURL }) => {
  const alice = await personIn(browser, baseURL!, "manager@example.com");
  const bob = await personIn(browser, baseURL!, "admin@example.com");
  for (const person of [alice, bob]) {
    await person.goto(`${DEMO}/edit`);
    await editorReady(person);
  }

  // Different fields: both saves land, the second merged with the first.
  await alice.locator("#field-description").fill("Alice's description");
  await alice.getByLabel("Summary of your change").fill("Description by Alice");
  await alice.getByRole("button", { name: "Save" }).click();
  await expect(alice.getByRole("status").filter({ hasText: "Saved as revision" })).toBeVisible();

  await bob.locator("#field-careerLadder").fill("Bob's career ladder");
  await bob.getByLabel("Summary of your change").fill("Career ladder by Bob");
  await bob.getByRole("button", { name: "Save" }).click();
  await expect(bob.getByRole("status").filter({ hasText: "merged with revision" })).toBeVisible();
  const merged = await (await bob.request.get("/api/v1/families/product/product-management")).json();
  expect(merged.document.description).toBe("Alice's description");
  expect(merged.document.careerLadder).toBe("Bob's career ladder");

  // The same field: Bob (still on his old base) sees both versions and chooses.
  await alice.locator("#field-title").fill("Product Management (Alice)");
  await alice.getByLabel("Summary of your change").fill("Title by Alice");
  await alice.getByRole("button", { name: "Save" }).click();
  await expect(alice.getByRole("status").filter({ hasText: "Saved as revision" })).toBeVisible();

  await bob.locator("#field-title").fill("Product Management (Bob)");
  await bob.locator("#field-overview").fill("Bob's overview survives the conflict");
  await bob.getByLabel("Summary of your change").fill("Title and overview by Bob");
  await bob.getByRole("button", { name: "Save" }).click();
  const conflict = bob.locator('[data-conflict="title"]');
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("Product Management (Alice)");
  await expect(bob.locator("#field-title")).toHaveValue("Product Management (Bob)");
  await conflict.getByLabel("Take theirs").check();
  await expect(bob.locator("#field-title")).toHaveValue("Product Management (Alice)");
  await bob.getByRole("button", { name: "Save" }).click();
  await expect(bob.getByRole("status").filter({ hasText: "Saved as revision" })).toBeVisible();

  const final = await (await bob.request.get("/api/v1/families/product/product-management")).json();
  expect(final.document).toMatchObject({
    title: "Product Management (Alice)",
    description: "Alice's description",
    careerLadder: "Bob's career ladder",
    overview: "Bob's overview survives the conflict",
  });
  for (const person of [alice, bob]) await person.context().close();
});

test("without JavaScript, a conflict is chosen field by field (mine / theirs / a new value), and nothing typed is lost", async ({ page, browser, baseURL }) => {
  // A family of this test's own, copied from the demo one (one level, named apart, so lists and
  // the grade map other tests read stay as they were).
  await signIn(page, "manager@example.com");
  const demo = (await (await page.request.get("/api/v1/families/product/product-management")).json()).document;
  const slug = `no-script-${Date.now().toString(36)}`;
  const api = `/api/v1/families/product/${slug}`;
  const level = { ...demo.levels[0], title: "Conflict without scripts", abbreviation: null, nextStep: null };
  const created = await page.request.post("/api/v1/families", {
    data: { department: "product", slug, summary: "A family to edit without scripts", document: { ...demo, slug, title: `No script ${slug}`, levels: [level] } },
  });
  expect(created.status()).toBe(201);

  const bob = await personIn(browser, baseURL!, "admin@example.com", { javaScriptEnabled: false });
  await bob.goto(`/job-families/product/${slug}/edit`);
  await expect(bob.getByTestId("preview")).toContainText("The preview appears here");

  // Meanwhile the manager changes the title and the overview.
  const start = await (await page.request.get(api)).json();
  const put = await page.request.put(api, {
    data: { baseRevision: start.revision.number, summary: "Title and overview by the manager", document: { ...start.document, title: "Their title", overview: "Their overview" } },
  });
  expect(put.status()).toBe(200);

  await bob.locator("#field-title").fill("Bob's title");
  await bob.locator("#field-overview").fill("Bob's overview");
  await bob.locator("#field-description").fill("Bob's description merges");
  await bob.getByLabel("Summary of your change").fill("Bob's edit without scripts");
  await bob.getByRole("button", { name: "Save" }).click();

  // The page comes back with a choice per field, and with everything Bob typed.
  const title = bob.locator('[data-conflict="title"]');
  const overview = bob.locator('[data-conflict="overview"]');
  await expect(title).toContainText("Their title");
  await expect(overview).toContainText("Their overview");
  await expect(bob.locator("#field-title")).toHaveValue("Bob's title");
  await expect(bob.locator("#field-overview")).toHaveValue("Bob's overview");
  await expect(bob.locator("#field-description")).toHaveValue("Bob's description merges");
  await expect(bob.getByLabel("Summary of your change")).toHaveValue("Bob's edit without scripts");
  await expect(title.getByLabel("Keep mine")).toBeChecked();

  // Theirs for the title, a new text for the overview; a save without a summary fails and keeps them.
  await title.getByLabel("Take theirs").check();
  await overview.getByLabel("Write it anew").check();
  await overview.getByLabel("New value for overview").fill("An overview both agree on");
  await bob.getByLabel("Summary of your change").fill("");
  await bob.getByRole("button", { name: "Save" }).click();
  await expect(bob.locator("#edit-summary-error")).toContainText("must not be empty");
  await expect(title.getByLabel("Take theirs")).toBeChecked();
  await expect(overview.getByLabel("Write it anew")).toBeChecked();
  await expect(overview.getByLabel("New value for overview")).toHaveValue("An overview both agree on");
  await expect(bob.locator("#field-description")).toHaveValue("Bob's description merges");

  await bob.getByLabel("Summary of your change").fill("Bob's edit without scripts");
  await bob.getByRole("button", { name: "Save" }).click();
  await expect(bob.getByRole("status").filter({ hasText: "Saved as revision" })).toContainText(`Saved as revision ${start.revision.number + 2}`);
  const saved = await (await page.request.get(api)).json();
  expect(saved.document).toMatchObject({ title: "Their title", overview: "An overview both agree on", description: "Bob's description merges" });
  expect(saved.revision.summary).toBe("Bob's edit without scripts");
  await bob.context().close();
});

test("what was typed survives a reload", async ({ page }) => {
  await signIn(page, "manager@example.com");
  await page.goto(`${DEMO}/edit`);
  await editorReady(page);
  await page.locator("#field-description").fill("Typed, then the tab was reloaded");
  await page.waitForTimeout(700); // the draft is written a moment after typing stops
  page.on("dialog", (dialog) => dialog.accept());
  await page.reload();
  await expect(page.getByText("Your unsaved changes from")).toBeVisible();
  await expect(page.locator("#field-description")).toHaveValue("Typed, then the tab was reloaded");
  await page.getByRole("button", { name: "Discard them" }).click();
});

test("hostile markdown is inert in the preview and on the reading page", async ({ page }) => {
  await signIn(page, "manager@example.com");
  const alerts: string[] = [];
  page.on("dialog", (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${DEMO}/edit`);
  await editorReady(page);
  const hostile = [
    "Hostile-start <script>window.__pwned = 'script'</script>",
    '<img src="x" onerror="window.__pwned = \'onerror\'"> <b onclick="window.__pwned=\'click\'">bold</b>',
    "[a link](javascript:window.__pwned='link') <iframe src=\"javascript:alert(1)\"></iframe>",
    '<a href="javascript:alert(2)">raw link</a> <svg onload="alert(3)"></svg> hostile-end',
  ].join("\n\n");
  await page.locator("#field-overview").fill(hostile);
  const preview = page.getByTestId("preview");
  await expect(preview.getByText("hostile-end")).toBeVisible();

  async function expectInert(scope: ReturnType<Page["locator"]>) {
    await expect(scope.locator("script, iframe, svg, [onerror], [onclick], [onload]")).toHaveCount(0);
    await expect(scope.locator('a[href^="javascript:"]')).toHaveCount(0);
    await scope.getByText("bold").click();
    await scope.getByText("raw link").click();
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(alerts).toEqual([]);
  }
  await expectInert(preview);

  await page.getByLabel("Summary of your change").fill("Hostile markdown check");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as revision" })).toBeVisible();
  await page.goto(DEMO);
  await expect(page.getByText("hostile-end")).toBeVisible();
  // The rendered content, not the page around it (whose drawn ladder is an SVG of our own).
  await expectInert(page.locator("article .family"));
});
