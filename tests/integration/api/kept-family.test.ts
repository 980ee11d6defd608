import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { familyJsonResponse } from "../../../app/api/v1/present";
import { keptFamilyAnswer } from "../../../app/api/v1/kept-family";
import { grantRole } from "../../../lib/access/grants";
import { emptyFamily } from "../../../lib/families/document";
import { getPublishedFamily } from "../../../lib/families/published";
import { saveRevision } from "../../../lib/revisions/save";
import { contentChanged } from "../../../lib/server/cached-pages.mjs";
import { createToken } from "../../../lib/tokens/tokens";
import { stores, useDatabase } from "../../support/databases";
import { PASSED_TO_NEXT, serveWithFrontDoor } from "../../support/front-door";

vi.mock("server-only", () => ({}));
const { authenticateRequest } = await import("../../../lib/auth/api");

// No DATABASE_URL here: this process is the only writer, as with the embedded store, and changes are signalled by contentChanged().
let server: Awaited<ReturnType<typeof serveWithFrontDoor>>;
beforeAll(async () => {
  vi.stubEnv("DATABASE_URL", "");
  server = await serveWithFrontDoor([keptFamilyAnswer]);
});
afterAll(() => server.close());

/** What a caller gets in front of Next: the JSON answered from memory, or null when the request went on to the route. */
async function keptFamily(path: string, headers: Record<string, string>, method = "GET") {
  const response = await fetch(`${server.base}${path}`, { method, headers });
  const body = await response.text();
  return body === PASSED_TO_NEXT ? null : { status: response.status, headers: response.headers, body };
}
const kept = (token: string, path = "/api/v1/families/design/ux") => keptFamily(path, { authorization: `Bearer ${token}` });

const author = { id: null, name: "tester" };
const admin = { id: null, name: "test" };
const bearer = (token: string, path = "/api/v1/families/design/ux") =>
  new NextRequest(`http://localhost${path}`, { headers: { authorization: `Bearer ${token}` } });

describe.each(stores)("a family's JSON answered by the proxy from memory, on $label", (store) => {
  const database = useDatabase(store);

  it.skipIf(store.skip)("is the route's own answer once the route has met the caller and the family, and nothing before or after a change", async () => {
    const db = database().db;
    await saveRevision(db, { document: emptyFamily("design", "ux", "UX Design"), baseRevision: null, author, summary: "first" });
    const { token } = await createToken(db, admin, { email: "reader@example.com" }, "kept");
    const { token: stranger } = await createToken(db, admin, { email: "other@example.com" }, "never used");

    // Nothing is known yet: the route answers (and checks the token against the database).
    expect(await kept(token)).toBeNull();
    const subject = await authenticateRequest(db, bearer(token));
    const published = await getPublishedFamily(db, "design", "ux");

    const answered = await kept(token);
    expect(answered?.status).toBe(200);
    expect(answered?.headers.get("content-type")).toBe("application/json");
    expect(answered?.headers.get("x-ladder-cache")).toBe("HIT");
    const body = answered!.body;
    expect(body).toBe(await familyJsonResponse(subject, "design", "ux", published).text());
    expect(JSON.parse(body)).toMatchObject({ title: "UX Design", revision: { number: 1 } });

    // Each caller gets their own permissions in the answer: an editor of the department may edit.
    await grantRole(db, admin, { email: "editor@example.com", role: "editor", department: "design", family: null });
    const { token: editor } = await createToken(db, admin, { email: "editor@example.com" }, "editor's");
    await authenticateRequest(db, bearer(editor));
    expect(JSON.parse((await kept(editor))!.body)).toMatchObject({ permissions: { edit: true, restore: false } });
    // A change of rights made every caller unknown again (the grant's audit forgets them) until the route checks them anew.
    expect(await kept(token)).toBeNull();
    await authenticateRequest(db, bearer(token));
    expect(JSON.parse((await kept(token))!.body)).toMatchObject({ permissions: { edit: false, restore: false } });

    // Only that caller, that address, that method: everything else goes on to the route.
    expect(await kept(stranger)).toBeNull();
    expect(await kept("ladder_pat_not-a-token")).toBeNull();
    expect(await keptFamily("/api/v1/families/design/ux", { authorization: "Basic eA==" })).toBeNull();
    expect(await keptFamily("/api/v1/families/design/ux", {})).toBeNull();
    expect(await kept(token, "/api/v1/families/design/ux/revisions")).toBeNull();
    expect(await kept(token, "/api/v1/families/design/ux?x=1")).toBeNull();
    expect(await kept(token, "/api/v1/families/design/other")).toBeNull();
    expect(await keptFamily("/api/v1/families/design/ux", { authorization: `Bearer ${token}` }, "DELETE")).toBeNull();

    // A save anywhere: the kept JSON is no longer current, so the route reads the new revision.
    await saveRevision(db, { document: emptyFamily("design", "ux", "UX Design 2"), baseRevision: 1, author, summary: "second" });
    contentChanged();
    expect(await kept(token)).toBeNull();
  });
});
