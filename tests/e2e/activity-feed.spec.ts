import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parseAtom } from "../support/atom";
import { parseCsv } from "../support/csv";
import { ADMIN } from "./support/history-data";
import { devAccounts } from "../../lib/auth/dev-accounts";
import { personIn } from "./support/sign-in";

/** How the admin is named where an action of theirs is shown: by the name their sign-in gave. */
const ADMIN_NAME = devAccounts.find((a) => a.email === ADMIN)!.name;

test("an admin filters the activity log, reads it in words, and downloads it as CSV a spreadsheet opens", async ({ browser, baseURL }) => {
  const admin = await personIn(browser, baseURL!, ADMIN);
  const person = `activity-${randomBytes(4).toString("hex")}@example.com`;
  await admin.goto("/admin/people");
  await admin.getByLabel("Email", { exact: true }).fill(person);
  await admin.getByLabel("Role", { exact: true }).selectOption("editor");
  await admin.getByLabel("Scope (editors)", { exact: true }).fill("product");
  await admin.getByRole("button", { name: "Grant" }).click();
  await expect(admin.getByRole("status")).toContainText(`${person} is now`);

  await admin.goto("/admin/activity");
  await admin.getByLabel("Person").fill(person);
  await admin.getByLabel("Kind").selectOption({ label: "Role grants" });
  await admin.getByRole("button", { name: "Filter" }).click();
  await expect(admin).toHaveURL(/kind=grant/);
  const events = admin.getByTestId("activity").locator("li");
  await expect(events).toHaveCount(1);
  await expect(events.first()).toContainText(`granted editor of product to ${person}`);
  await expect(events.first()).toContainText(ADMIN_NAME);
  await expect(events.first()).toHaveAttribute("data-kind", "grant");
  await expect(admin.getByTestId("activity")).not.toContainText("role.granted");

  // Every save and import is there too, in words: the reference family's history as the fixture wrote it.
  await admin.goto("/admin/activity?family=product/product-management-leadership");
  await expect(admin.getByTestId("activity")).toContainText("saved revision 3 of product/product-management-leadership — “Quarterly strategy reviews”");
  await expect(admin.getByTestId("activity")).toContainText("imported revision 1 of product/product-management-leadership");

  await admin.goto(`/admin/activity?person=${encodeURIComponent(person)}`);
  const [download] = await Promise.all([admin.waitForEvent("download"), admin.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ladder-activity-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync((await download.path())!);
  // UTF-8 with a byte-order mark, so a spreadsheet reads "→" and “quotes” as written.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8").slice(1);
  // Every field quoted, every record ended by CRLF.
  for (const line of text.split("\r\n").filter(Boolean)) expect(line).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
  const [header, ...rows] = parseCsv(text);
  expect(header).toEqual(["time (UTC)", "person", "kind", "what happened", "family", "about person", "summary"]);
  const granted = rows.find((r) => r[2] === "grant");
  expect(granted).toBeDefined();
  expect(granted![1]).toBe(ADMIN_NAME);
  expect(granted![3]).toBe(`granted editor of product to ${person}`);
  expect(granted![5]).toBe(person);
  expect(Date.parse(granted![0])).not.toBeNaN();
});

test("a feed token made on a family's history reads its Atom feed without a session, until it is revoked", async ({ browser, baseURL, request }) => {
  const admin = await personIn(browser, baseURL!, ADMIN);
  // A family of this test's own, so no other test's saves interleave: a copy of a demo family.
  const source = await (await admin.request.get("/api/v1/families/executive/chief-product-officer")).json();
  const slug = `feed-watch-${randomBytes(3).toString("hex")}`;
  const created = await admin.request.post("/api/v1/families", {
    data: { department: "executive", slug, summary: "Copied to watch its feed", document: { ...source.document, slug, title: "Feed watch" } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const api = `/api/v1/families/executive/${slug}`;
  const edited = { ...source.document, slug, title: "Feed watch", description: `${source.document.description} Now with <em>markup</em> & more.` };
  const saved = await admin.request.put(api, { data: { baseRevision: 1, summary: "Described <b>better</b> & shorter", document: edited } });
  expect(saved.status(), await saved.text()).toBe(200);
  const restored = await admin.request.post(`${api}/restore`, { data: { revision: 1, baseRevision: 2 } });
  expect(restored.status(), await restored.text()).toBe(200);

  // The history page offers the feed to browsers and readers, and makes its URL.
  const history = `/job-families/executive/${slug}/history`;
  await admin.goto(history);
  await expect(admin.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", `/feeds/families/executive/${slug}.atom`);
  await admin.getByText("Subscribe (Atom)").click();
  const name = `Reader ${randomBytes(3).toString("hex")}`;
  await admin.getByLabel("Feed token name").fill(name);
  await admin.getByRole("button", { name: "Create feed URL" }).click();
  const feedUrl = await admin.getByTestId("feed-url").inputValue();
  expect(feedUrl).toMatch(new RegExp(`^${baseURL}/feeds/families/executive/${slug}\\.atom\\?token=ladder_feed_[A-Za-z0-9_-]{43}$`));

  // A feed reader: no cookies, only the URL.
  const response = await request.get(feedUrl);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const feed = parseAtom(await response.text());
  expect(feed.title).toBe("Ladder: Feed watch");
  expect(feed.entries.map((e) => e.title)).toEqual([
    "revision 3 — Restored revision 1",
    "revision 2 — Described &lt;b&gt;better&lt;/b&gt; &amp; shorter",
    "revision 1 — Copied to watch its feed",
  ]);
  expect(feed.entries[0].author).toBe(ADMIN_NAME);
  expect(feed.entries[0].link).toBe(`${baseURL}/job-families/executive/${slug}/diff?from=2&to=3`);
  expect(feed.entries[1].content).toBe("<ul><li>Description: 1 changed</li></ul>");
  // The diff permalink the entry links to answers the signed-in admin with that change.
  await admin.goto(feed.entries[1].link);
  await expect(admin.getByTestId("structured-diff").locator("ins")).toContainText(["Now with <em>markup</em> & more."]);

  // The same token reads the portal-wide feed; the admin's includes the token's own creation.
  const token = new URL(feedUrl).searchParams.get("token")!;
  const changes = parseAtom(await (await request.get(`/feeds/changes.atom?token=${token}`)).text());
  expect(changes.entries.map((e) => e.title)).toContain("Feed watch: revision 3 — Restored revision 1");
  expect(changes.entries.map((e) => e.title)).toContain(`${ADMIN_NAME} created feed token “${name}” for ${ADMIN}`);

  // A feed token is not an API token, and an API token works neither in a feed URL nor in any URL.
  expect((await request.get(api, { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);
  expect((await request.get(`${api}?token=${token}`)).status()).toBe(401);
  await admin.goto("/tokens");
  await admin.getByLabel("Token name").fill(`Script ${randomBytes(3).toString("hex")}`);
  await admin.getByRole("button", { name: "Create token" }).click();
  const apiToken = await admin.getByTestId("new-token").inputValue();
  expect((await request.get(api, { headers: { authorization: `Bearer ${apiToken}` } })).status()).toBe(200);
  expect((await request.get(`${api}?token=${apiToken}`)).status()).toBe(401);
  expect((await request.get(feedUrl.replace(token, apiToken))).status()).toBe(401);

  // Listed with the others on Tokens, revoked there: the feed stops at once.
  await admin.goto("/tokens");
  const row = admin.getByTestId("token-row").filter({ hasText: name });
  await expect(row).toContainText("Feed");
  await row.getByRole("button", { name: `Revoke token ${name}` }).click();
  await expect(row).toContainText("Revoked");
  const refused = await request.get(feedUrl);
  expect(refused.status()).toBe(401);
  expect(await refused.text()).not.toContain("<feed");
  await admin.goto("/admin/activity?kind=token");
  await expect(admin.getByTestId("activity").locator("li").first()).toContainText(`revoked feed token “${name}” of ${ADMIN}`);
});
