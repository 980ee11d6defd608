import { expect, test } from "@playwright/test";
import { ADMIN, ADMIN_TEXT, MANAGER, MANAGER_TEXT, REFERENCE } from "./support/history-data";
import { personIn } from "./support/sign-in";

// The reference family as the history fixture left it: revision 1 imported, 2 saved by the
// manager (one requirement rewritten), 3 saved by the admin (one responsibility added).
const family = `/job-families/${REFERENCE.department}/${REFERENCE.slug}`;
const api = `/api/v1/families/${REFERENCE.department}/${REFERENCE.slug}`;

test("an admin reads the history and diffs two revisions: structured, word-level, inline and as markdown", async ({ browser, baseURL }) => {
  const admin = await personIn(browser, baseURL!, ADMIN);
  await admin.goto(`${family}/history`);
  const rows = admin.getByTestId("history").locator("tbody tr");
  await expect(rows.first()).toContainText(ADMIN);
  const byNumber = (n: number) => admin.locator(`tr[data-revision="${n}"]`);
  await expect(byNumber(3)).toContainText("Quarterly strategy reviews");
  await expect(byNumber(3).getByTestId("change-size")).toContainText("Responsibilities: 1 added");
  await expect(byNumber(2)).toContainText(MANAGER);
  await expect(byNumber(2).getByTestId("change-size")).toContainText(/→ Requirements: 1 changed/);
  await expect(byNumber(1)).toContainText("import");

  // Filter by author, then compare the first and the third revision from the history's radios.
  await admin.getByLabel("Author").selectOption(MANAGER);
  await admin.getByRole("button", { name: "Filter" }).click();
  await expect(rows).toHaveCount(1);
  await admin.goto(`${family}/history`);
  await admin.getByLabel("Compare from revision 1").check();
  await admin.getByLabel("Compare to revision 3").check();
  await admin.getByRole("button", { name: "Compare selected revisions" }).click();
  await expect(admin).toHaveURL(/\/diff\?/);
  expect(Object.fromEntries(new URL(admin.url()).searchParams)).toEqual({ from: "1", to: "3" });

  const diff = admin.getByTestId("structured-diff");
  const requirements = diff.locator("section", { hasText: MANAGER_TEXT });
  await expect(requirements.locator("[data-kind=changed]")).toHaveCount(1);
  // Word level: only the appended words are marked as added.
  await expect(requirements.locator("ins")).toHaveText([` ${MANAGER_TEXT}`]);
  const responsibilities = diff.getByRole("region", { name: "Responsibilities", exact: true });
  await expect(responsibilities.locator("[data-kind=added]")).toContainText(ADMIN_TEXT);
  await expect(admin.getByTestId("diff-counts")).toHaveText(/1 added, 1 changed in 2 places/);

  await admin.getByRole("link", { name: "Inline" }).click();
  await expect(admin).toHaveURL(/view=inline/);
  await expect(admin.getByTestId("structured-diff").locator("ins", { hasText: ADMIN_TEXT })).toBeVisible();
  await admin.getByRole("link", { name: "Markdown" }).click();
  await expect(admin.getByTestId("raw-diff")).toContainText(`+ * ${ADMIN_TEXT}`);

  const json = await (await admin.request.get(`${api}/diff?from=1&to=3`)).json();
  expect(json.counts).toEqual({ added: 1, removed: 0, changed: 1, moved: 0 });
  expect(json.groups.map((g: { place: string }) => g.place)).toContain("Responsibilities");
  expect((await admin.request.get(`${api}/diff?from=x`)).status()).toBe(422);
});

test("blame names the person who last changed each item", async ({ browser, baseURL }) => {
  const reader = await personIn(browser, baseURL!, "reader@example.com");
  await reader.goto(`${family}/blame?revision=3`);
  const row = (text: string) => reader.getByTestId("blame-row").filter({ hasText: text });
  await expect(row(MANAGER_TEXT).getByTestId("blame-by")).toContainText(`r2 · ${MANAGER}`);
  await expect(row(ADMIN_TEXT).getByTestId("blame-by")).toContainText(`r3 · ${ADMIN}`);
  await expect(reader.getByTestId("blame-by").filter({ hasText: "r1 · import" }).first()).toBeVisible();

  const json = await (await reader.request.get(`${api}/blame?revision=3`)).json();
  const entries = json.parts.flatMap((p: { entries?: { text: string; author: string }[] }) => p.entries ?? []);
  expect(entries.find((e: { text: string }) => e.text.endsWith(MANAGER_TEXT))?.author).toBe(MANAGER);
  expect(entries.find((e: { text: string }) => e.text === ADMIN_TEXT)?.author).toBe(ADMIN);
});

test.describe.serial("restoring", () => {
  test("only admins may restore; a stale base is a conflict", async ({ browser, baseURL }) => {
    const employee = await personIn(browser, baseURL!, "employee@example.com");
    expect((await employee.goto(`${family}/restore?revision=1`))?.status()).toBe(403);
    const refused = await employee.request.post(`${api}/restore`, { data: { revision: 1, baseRevision: 3 } });
    expect(refused.status()).toBe(403);

    const admin = await personIn(browser, baseURL!, ADMIN);
    const stale = await admin.request.post(`${api}/restore`, { data: { revision: 1, baseRevision: 2 } });
    expect(stale.status()).toBe(409);
    const invalid = await admin.request.post(`${api}/restore`, { data: { revision: "one" } });
    expect(invalid.status()).toBe(422);
  });

  test("an admin restores an old revision and sees it as a new revision", async ({ browser, baseURL }) => {
    const admin = await personIn(browser, baseURL!, ADMIN);
    await admin.goto(`${family}/history`);
    await admin.locator('tr[data-revision="1"]').getByRole("link", { name: "Restore" }).click();
    await expect(admin.getByRole("heading", { name: "Restore revision 1?" })).toBeVisible();
    await expect(admin.getByTestId("structured-diff").locator("[data-kind=removed]")).toContainText(ADMIN_TEXT);
    await expect(admin.getByTestId("structured-diff").locator("[data-kind=changed] del")).toContainText(MANAGER_TEXT);
    await admin.getByRole("button", { name: "Restore revision 1" }).click();
    await expect(admin.getByRole("status")).toContainText("Revision 1 restored as revision 4.");
    await admin.getByRole("link", { name: "See the history" }).click();
    const top = admin.getByTestId("history").locator("tbody tr").first();
    await expect(top).toContainText("Restored revision 1");
    await expect(top).toHaveAttribute("data-revision", "4");
    // Nothing was rewritten: revision 3 is still there, as it was.
    await expect(admin.locator('tr[data-revision="3"]')).toContainText("Quarterly strategy reviews");
  });
});
