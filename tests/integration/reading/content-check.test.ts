import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { contentVersion, departments, jobFamilies } from "../../../db/schema";
import { emptyFamily } from "../../../lib/families/document";
import { saveRevision } from "../../../lib/revisions/save";
import { cachedPageAnswer } from "../../../lib/server/cached-document";
import { contentConfirmed } from "../../../lib/server/content-check.mjs";
import PageCache from "../../../lib/server/page-cache.mjs";
import { type TestDatabase, stores, useDatabase } from "../../support/databases";
import { PASSED_TO_NEXT, serveWithFrontDoor, sessionCookieHeader } from "../../support/front-door";

// A save committed by any writer must be what the next request sees on every instance: the
// content version, read from PostgreSQL before each answer from memory, is how an instance learns
// of a change it did not make.

const author = { id: null, name: "another instance" };
const FAMILY = "/job-families/design/ux";
const DEPARTMENT = "/job-families/design";
const keyOf = (path: string) => `/route-cache/APP_PAGE/4d6f/$${path}`;

/**
 * A page request as Next handles it: a cache lookup and, on a miss, a render kept for the next
 * request. Returns what the lookup found (null: rendered anew).
 */
async function requestedFromNext(path: string, html: string) {
  await new Promise((r) => setTimeout(r, 2)); // a render begun in the millisecond of a change is not kept
  const cache = new PageCache();
  const found = await cache.get(keyOf(path));
  if (!found) await cache.set(keyOf(path), { kind: "APP_PAGE", html, rscData: Buffer.from("0:{}"), status: 200 }, { tags: [] });
  return found;
}

let server: Awaited<ReturnType<typeof serveWithFrontDoor>>;
let cookie: string;
beforeAll(async () => {
  server = await serveWithFrontDoor([cachedPageAnswer]);
  cookie = await sessionCookieHeader();
});

/** The page a signed-in reader gets from memory; null when the request went on to Next. */
async function served(path: string) {
  const body = await (await fetch(`${server.base}${path}`, { headers: { cookie } })).text();
  return body === PASSED_TO_NEXT ? null : body;
}

async function version(database: TestDatabase): Promise<number> {
  const [row] = await database.db.select().from(contentVersion);
  return row.version;
}

afterAll(async () => {
  vi.unstubAllEnvs();
  await server.close();
});

describe.each(stores)("the content version, on $label", (store) => {
  const database = useDatabase(store);

  it.skipIf(store.skip)("moves once for each committed transaction that changes families or departments, and not for one rolled back", async () => {
    const { db } = database();
    const start = await version(database());
    await saveRevision(db, { document: emptyFamily("design", "ux", "UX Design"), baseRevision: null, author, summary: "first" });
    expect(await version(database())).toBe(start + 1);

    // One transaction that changes many rows (as an import of a whole folder does) counts once.
    await db.transaction(async (tx) => {
      await tx.update(departments).set({ name: sql`${departments.name} || ' '` }).where(eq(departments.slug, "design"));
      await tx.update(jobFamilies).set({ title: sql`${jobFamilies.title} || ' '` });
      await tx.update(departments).set({ name: sql`trim(${departments.name})` });
    });
    expect(await version(database())).toBe(start + 2);

    await expect(
      db.transaction(async (tx) => {
        await tx.update(jobFamilies).set({ title: "never" });
        throw new Error("abandoned");
      }),
    ).rejects.toThrow("abandoned");
    expect(await version(database())).toBe(start + 2);
  });
});

describe.skipIf(stores[1].skip)("answers from memory, against PostgreSQL", () => {
  const database = useDatabase(stores[1]);

  it("stop at once after a save committed elsewhere", async () => {
    const { db, url } = database();
    vi.stubEnv("DATABASE_URL", url!);
    await saveRevision(db, { document: emptyFamily("design", "ux", "UX Design"), baseRevision: null, author, summary: "first" });
    expect(await contentConfirmed()).toBe(true); // this process's first read: nothing kept before it is trusted
    await requestedFromNext(FAMILY, "<h1>UX Design, revision 1</h1>");
    expect(await served(FAMILY)).toBe("<h1>UX Design, revision 1</h1>");

    const current = await saveRevision(db, {
      document: emptyFamily("design", "ux", "UX Design, renamed"),
      baseRevision: 1,
      author,
      summary: "renamed",
    });
    expect(current.number).toBe(2);
    // The very next request: not the page from before the save; Next renders it anew.
    expect(await served(FAMILY)).toBeNull();
    expect(await requestedFromNext(FAMILY, "<h1>UX Design, renamed</h1>")).toBeNull();
    expect(await served(FAMILY)).toBe("<h1>UX Design, renamed</h1>");
  });

  it("shares one read among the requests that arrive while it is on its way, and never one begun before them", async () => {
    vi.stubEnv("DATABASE_URL", database().url!);
    const first = contentConfirmed();
    const [second, third] = [contentConfirmed(), contentConfirmed()];
    // The read on its way may have begun before a commit these requests follow: they wait for the next one, together.
    expect(second).not.toBe(first);
    expect(third).toBe(second);
    expect(await Promise.all([first, second, third])).toEqual([true, true, true]);
    expect(contentConfirmed()).not.toBe(second);
  });

  it("answers nothing from memory while the version cannot be read", async () => {
    const { db, url } = database();
    vi.stubEnv("DATABASE_URL", url!);
    expect(await contentConfirmed()).toBe(true);
    await requestedFromNext(DEPARTMENT, "<h1>Design, kept</h1>");
    expect(await served(DEPARTMENT)).toBe("<h1>Design, kept</h1>");

    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    await db.execute(sql`alter table content_version rename to content_version_away`);
    try {
      expect(await served(DEPARTMENT)).toBeNull();
      expect(await requestedFromNext(DEPARTMENT, "<h1>Design, rendered in the outage</h1>")).toBeNull();
      expect(error).toHaveBeenCalledWith(expect.stringContaining("cannot read the content version"), expect.anything());
    } finally {
      await db.execute(sql`alter table content_version_away rename to content_version`);
      error.mockRestore();
    }
    // Back: nothing kept until now is trusted (a change may have gone unseen); a new render is.
    expect(await served(DEPARTMENT)).toBeNull();
    expect(await requestedFromNext(DEPARTMENT, "<h1>Design, after</h1>")).toBeNull();
    expect(await served(DEPARTMENT)).toBe("<h1>Design, after</h1>");
  });
});
