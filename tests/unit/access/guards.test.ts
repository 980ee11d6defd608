import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PUBLIC_PATTERNS, discoverRoutes } from "../../e2e/support/routes";

// The proxy redirects every request without a session, which would hide a page that forgot its
// own check. So each page and route must also guard itself in code: this test reads them all.

const routes = discoverRoutes(join(process.cwd(), "app"));
const pageGuard = /\b(requireUser|requireSubject|requirePermission)\(/;
const routeGuard = /\bapiRoute\b/;

describe("every route guards itself", () => {
  it("finds the portal's pages and API routes (the walk is not empty)", () => {
    const patterns = routes.map((r) => r.pattern);
    expect(patterns).toEqual(expect.arrayContaining(["/", "/tokens", "/admin/people", "/api/v1/families", ...PUBLIC_PATTERNS]));
  });

  it.each(routes.filter((r) => !r.isPublic && r.kind === "page"))("page $pattern checks the session", ({ file }) => {
    expect(readFileSync(file, "utf8")).toMatch(pageGuard);
  });

  it.each(routes.filter((r) => !r.isPublic && r.kind === "route"))("route $pattern authenticates with apiRoute", ({ file }) => {
    expect(readFileSync(file, "utf8")).toMatch(routeGuard);
  });

  it("every route handler exports at least one HTTP method (or the walk misread it)", () => {
    for (const route of routes.filter((r) => r.kind === "route")) expect(route.methods, route.file).not.toEqual([]);
  });
});
