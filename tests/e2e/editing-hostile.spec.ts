import fc from "fast-check";
import { type Page, type Request, expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

// Random and hostile input to the two write paths a browser or a script can reach: the edit
// form's server action and the write API. Every bad one must be refused with field errors
// (4xx for the API, an error state for the action), none may crash the server, none may write.
test.setTimeout(180_000);
const REFERENCE_API = "/api/v1/families/product/product-management-leadership";

/** A family of this test's own (a copy of the reference, created through POST), so no other test changes it meanwhile. */
async function ownFamily(page: Page, name: string) {
  const slug = `${name}-${Date.now().toString(36)}`;
  const reference = (await (await page.request.get(REFERENCE_API)).json()).document;
  // One level, named apart from the reference's, so the copy never competes with the reference
  // family in the grade map, the department page or search, which other tests read meanwhile.
  const level = { ...reference.levels[0], title: "Hostile input target", abbreviation: null, nextStep: null };
  const created = await page.request.post("/api/v1/families", {
    data: {
      department: "product",
      slug,
      summary: "A target for hostile input",
      document: { ...reference, slug, title: `Target ${slug}`, levels: [level] },
    },
  });
  expect(created.status()).toBe(201);
  expect((await created.json()).revision.number).toBe(1);
  return { slug, api: `/api/v1/families/product/${slug}`, edit: `/job-families/product/${slug}/edit` };
}

/** A field the form really has, with a value the schema must refuse. */
const badField = fc.oneof(
  fc.constantFrom("", "   ").map((v) => ["title", v] as const),
  fc.oneof(fc.string().filter((s) => s.trim() !== "" && !Number.isFinite(Number(s))), fc.constantFrom("-1", "101", "1e9")).map((v) => ["levels.0.grade", v] as const),
  fc.string().filter((s) => !/^[a-z0-9][a-z0-9-]*$/.test(s)).map((v) => ["levels.0.id", v] as const),
  fc.string().filter((s) => !["item", "group", "note", ""].includes(s)).map((v) => ["levels.0.responsibilities.0.kind", v] as const),
  fc.constantFrom("{bad json", "[", "nul").map((v) => ["frontMatter", v] as const),
  fc.constantFrom("1.5", "-3", "abc").map((v) => ["levels.0.hiringProcess.0.durationMinutes", v] as const),
  // The conflict view's choices (posted by a form without JavaScript): a field that is none.
  fc.constantFrom("{bad", '["__proto__","polluted"]', "[]", '["levels",0,"constructor"]').map((v) => ["conflict.0.path", v] as const),
);
const noise = fc.dictionary(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("__proto__", "constructor.prototype", "levels.99999.title", "a.".repeat(50))), fc.string({ maxLength: 50 }), { maxKeys: 5 });

test("the write API answers random and hostile documents with 4xx and field paths, and writes nothing", async ({ page }) => {
  await signIn(page, "manager@example.com");
  const { api: FAMILY_API } = await ownFamily(page, "hostile-api");
  const current = await (await page.request.get(FAMILY_API)).json();
  const valid = current.document;
  const documents = fc.sample(
    fc.oneof(
      fc.anything(),
      fc.record({ title: fc.oneof(fc.constant(""), fc.integer(), fc.constant(null)) }).map((p) => ({ ...valid, ...p })),
      fc.constantFrom(
        { ...valid, levels: [{ ...valid.levels[0], grade: "nine" }] },
        { ...valid, levels: [{ ...valid.levels[0], id: "<script>" }] },
        { ...valid, formatVersion: 99 },
        { ...valid, slug: "somewhere-else" },
        { ...valid, responsibilities: [{ kind: "item", text: 5, ordered: false, children: [] }] },
      ),
    ),
    { numRuns: 40, seed: 9 },
  );
  for (const document of documents) {
    const response = await page.request.put(FAMILY_API, { data: { baseRevision: current.revision.number, summary: "hostile", document } });
    expect(response.status(), JSON.stringify(document)?.slice(0, 200)).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
    const body = await response.json();
    expect(body.error.code).toBeTruthy();
    if (response.status() === 422) expect(body.error.issues.length).toBeGreaterThan(0);
  }
  for (const raw of ["not json", "[]", '{"baseRevision":"1"}', '{"baseRevision":1,"summary":"x"}']) {
    const response = await page.request.put(FAMILY_API, { headers: { "content-type": "application/json" }, data: raw });
    expect(response.status(), raw).toBe(422);
  }
  const after = await (await page.request.get(FAMILY_API)).json();
  expect(after.revision.number).toBe(current.revision.number);
});

test("the edit form's server action answers hostile fields with field errors, and writes nothing", async ({ page }) => {
  await signIn(page, "manager@example.com");
  const { slug, api: FAMILY_API, edit: EDIT } = await ownFamily(page, "hostile-form");
  const before = (await (await page.request.get(FAMILY_API)).json()).revision.number;
  await page.goto(EDIT);
  await expect(page.getByTestId("preview")).not.toContainText("The preview appears here", { timeout: 60_000 });
  await page.getByLabel("Summary of your change").fill("Nothing, really");
  const captured = page.waitForRequest((r: Request) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await page.getByRole("button", { name: "Save" }).click();
  const request = await captured;
  await expect(page.getByRole("status").filter({ hasText: "Nothing changed" })).toBeVisible();

  // The action's own envelope from the real request, with the form's fields replaced.
  const sent = await new Response(new Uint8Array(request.postDataBuffer() ?? Buffer.alloc(0)), { headers: { "content-type": request.headers()["content-type"] } }).formData();
  const envelope = [...sent.entries()].filter(([key]) => !key.startsWith("1_")) as [string, string][];
  const samples = fc.sample(fc.tuple(fc.array(badField, { minLength: 1, maxLength: 3 }), noise), { numRuns: 25, seed: 7 });
  for (const [bad, extra] of samples) {
    const fields: Record<string, string> = { department: "product", family: slug, baseRevision: String(before), summary: "hostile", scope: "" };
    for (const [k, v] of Object.entries(extra)) fields[k] = v;
    for (const [k, v] of bad) fields[k] = v;
    const multipart: Record<string, string> = Object.fromEntries(envelope);
    for (const [k, v] of Object.entries(fields)) multipart[`1_${k}`] = v;
    const response = await page.request.post(new URL(request.url()).pathname, {
      headers: { "next-action": request.headers()["next-action"], accept: "text/x-component" },
      multipart,
    });
    expect(response.status(), JSON.stringify(bad)).toBeLessThan(500);
    const text = await response.text();
    expect(text, JSON.stringify(bad)).toContain('"status":"error"');
    expect(text).toContain('"fieldErrors"');
  }
  expect((await (await page.request.get(FAMILY_API)).json()).revision.number).toBe(before);
});
