import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { NextConfig } from "next";
import * as staticInfo from "next/dist/build/analysis/get-page-static-info";
import type { BaseNextRequest } from "next/dist/server/base-http";
import { getMiddlewareRouteMatcher } from "next/dist/shared/lib/router/utils/middleware-route-matcher";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { config as proxyConfig } from "../../../proxy";
import { isPublicPath } from "../../../lib/auth/paths";
import { PUBLIC_PATTERNS, discoverRoutes } from "../../e2e/support/routes";
import { callsWithin, defaultExportFunction, exportedBindings, importedNames, isInitialisedByCall, parse } from "./ast";

// The proxy redirects every request without a session, which would hide a page that forgot its
// own check. So each page and route must also guard itself in code: this test parses them all
// (a guard's name in a comment or an unused import does not count, a call does).

const routes = discoverRoutes(join(process.cwd(), "app"));
// requireReaderViaProxy is the guard of static reading pages: it asks the policy, and the proxy
// checked the session (the proxy test below makes sure every page is behind it).
const PAGE_GUARDS = ["requireUser", "requireSubject", "requirePermission", "requireUserPermission", "requireReaderViaProxy"] as const;
const POLICY_GUARDS = ["requirePermission", "requireUserPermission", "requireReaderViaProxy"] as const;
const fromSession = (s: string) => /(^|\/)lib\/auth\/session$/.test(s);
const fromApi = (s: string) => /(^|\/)lib\/auth\/api$/.test(s);

/** The guard calls made directly in a page's default export, with imported names only. */
function pageGuardCalls(fileName: string, source: string, guards: readonly string[] = PAGE_GUARDS): ts.CallExpression[] {
  const file = parse(fileName, source);
  return callsWithin(defaultExportFunction(file), importedNames(file, fromSession, guards));
}

const fromFeeds = (s: string) => /(^|\/)lib\/feeds\/route$/.test(s);

/**
 * HTTP-method exports of a route handler that are not `const X = apiRoute(...)` — or, for an Atom
 * feed, `feedRoute(...)`, which checks the feed token in the URL instead of a session.
 */
function unguardedHandlers(fileName: string, source: string, feed = false): string[] {
  const file = parse(fileName, source);
  const wrapper = feed ? importedNames(file, fromFeeds, ["feedRoute"]) : importedNames(file, fromApi, ["apiRoute"]);
  return exportedBindings(file)
    .filter(([name]) => /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(name))
    .filter(([, node]) => !isInitialisedByCall(node, wrapper))
    .map(([name]) => name);
}

/** The pages that show job families: they ask the policy for "family.read", like everything else. */
const READING_PAGES = [
  "/",
  "/job-families/[department]",
  "/job-families/[department]/[family]",
  "/job-families/[department]/[family]/[level]",
  "/grades",
  "/compare",
  "/search",
];

describe("every route guards itself", () => {
  it("finds the portal's pages and API routes (the walk is not empty)", () => {
    const patterns = routes.map((r) => r.pattern);
    expect(patterns).toEqual(expect.arrayContaining(["/", "/tokens", "/admin/people", "/api/v1/families", ...PUBLIC_PATTERNS]));
  });

  it.each(routes.filter((r) => !r.isPublic && r.kind === "page"))("page $pattern checks the session", ({ file }) => {
    expect(pageGuardCalls(file, readFileSync(file, "utf8")), file).not.toEqual([]);
  });

  it.each(READING_PAGES)("reading page %s asks the policy for family.read", (pattern) => {
    const route = routes.find((r) => r.kind === "page" && r.pattern === pattern);
    expect(route, pattern).toBeDefined();
    const calls = pageGuardCalls(route!.file, readFileSync(route!.file, "utf8"), POLICY_GUARDS);
    const actions = calls.map((c) => c.arguments[0]).map((a) => (a && ts.isStringLiteral(a) ? a.text : null));
    expect(actions).toContain("family.read");
  });

  it.each(routes.filter((r) => !r.isPublic && r.kind === "route"))("route $pattern authenticates with apiRoute (feeds: feedRoute)", ({ file, methods, isFeed }) => {
    const source = readFileSync(file, "utf8");
    expect(unguardedHandlers(file, source, isFeed), file).toEqual([]);
    expect(exportedBindings(parse(file, source)).map(([name]) => name)).toEqual(expect.arrayContaining(methods));
  });

  it("every route handler exports at least one HTTP method (or the walk misread it)", () => {
    for (const route of routes.filter((r) => r.kind === "route")) expect(route.methods, route.file).not.toEqual([]);
  });
});

describe("the proxy stands before every page", () => {
  // Next's own reading of the matcher (the functions the server uses), conditions included;
  // getMiddlewareMatchers is left out of Next's type declarations.
  const { getMiddlewareMatchers } = staticInfo as unknown as {
    getMiddlewareMatchers(matcher: typeof proxyConfig.matcher, nextConfig: NextConfig): staticInfo.ProxyMatcher[];
  };
  const matches = getMiddlewareRouteMatcher(getMiddlewareMatchers(proxyConfig.matcher, {} as NextConfig));
  const proxied = (path: string, headers: Record<string, string> = {}) =>
    matches(path, { headers } as unknown as BaseNextRequest, {}) && !isPublicPath(path);
  /** A client navigation or prefetch asks for the same path (with ?_rsc= or an RSC header); Next also knows `.rsc` and segment-prefetch forms of a static page's address. */
  const addresses = (url: string) => [url, `${url === "/" ? "/index" : url}.rsc`, `${url}.segments/_tree.segment.rsc`, `${url}/`];
  const token = { authorization: "Bearer ladder_pat_x" };

  it.each(routes.filter((r) => !r.isPublic && r.kind === "page"))("page $pattern, and its RSC and prefetch addresses, pass through the proxy, with or without a token", ({ url }) => {
    for (const path of addresses(url)) {
      expect(proxied(path), path).toBe(true);
      // A page never trusts a token: it is static, and only the proxy checks its session.
      expect(proxied(path, token), `${path} with a token`).toBe(true);
    }
  });

  it.each(routes.filter((r) => !r.isPublic && r.kind === "route"))("route $pattern passes through the proxy unless it carries a token (apiRoute checks that)", ({ url }) => {
    expect(proxied(url), url).toBe(true);
    expect(proxied(url, token), `${url} with a token`).toBe(!url.startsWith("/api/"));
  });

  it("leaves out only build assets and the icons browsers fetch on their own", () => {
    expect(proxied("/_next/static/chunks/main.js")).toBe(false);
    expect(proxied("/favicon.ico")).toBe(false);
    expect(proxied("/job-families/_next/x")).toBe(true);
    expect(proxied("/api")).toBe(true);
    expect(proxied("/apix", token)).toBe(true);
  });
});

describe("the guard checks themselves", () => {
  const page = (body: string, imports = 'import { requireUser, requirePermission } from "@/lib/auth/session";') =>
    `${imports}\nexport default async function Page() {\n${body}\n  return null;\n}\n`;

  it("accept a guard called in the page's default export", () => {
    expect(pageGuardCalls("page.tsx", page("  await requireUser();"))).toHaveLength(1);
    expect(pageGuardCalls("page.tsx", `import { requireUser } from "../../lib/auth/session";\nasync function P() { await requireUser(); }\nexport default P;`)).toHaveLength(1);
  });

  it("do not accept a mention in a comment or a string, an unused import, or a call in a nested callback", () => {
    expect(pageGuardCalls("page.tsx", page("  // await requireUser();"))).toEqual([]);
    expect(pageGuardCalls("page.tsx", page('  const note = "requireUser()";'))).toEqual([]);
    expect(pageGuardCalls("page.tsx", page(""))).toEqual([]);
    expect(pageGuardCalls("page.tsx", page("  const later = async () => { await requireUser(); };"))).toEqual([]);
    expect(pageGuardCalls("page.tsx", page("  await requireUser();", "const requireUser = async () => {};"))).toEqual([]);
    expect(pageGuardCalls("page.tsx", `import { requireUser } from "@/lib/auth/session";\nexport async function helper() { await requireUser(); }\nexport default async function Page() { return null; }`)).toEqual([]);
  });

  it("do not accept a route handler that only mentions apiRoute", () => {
    const imports = 'import { apiRoute } from "@/lib/auth/api";\n';
    expect(unguardedHandlers("route.ts", `${imports}export const GET = apiRoute(async () => ({}));`)).toEqual([]);
    expect(unguardedHandlers("route.ts", `${imports}const h = apiRoute(async () => ({}));\nexport { h as GET, h as POST };`)).toEqual([]);
    expect(unguardedHandlers("route.ts", `${imports}// apiRoute\nexport async function GET() { return new Response(); }`)).toEqual(["GET"]);
    expect(unguardedHandlers("route.ts", `${imports}const h = async () => new Response(); // apiRoute(h)\nexport { h as GET };`)).toEqual(["GET"]);
  });

  it("accept only feedRoute for a feed, and feedRoute only for a feed", () => {
    const feed = 'import { feedRoute } from "@/lib/feeds/route";\nexport const GET = feedRoute(async () => ({}));';
    expect(unguardedHandlers("route.ts", feed, true)).toEqual([]);
    expect(unguardedHandlers("route.ts", feed)).toEqual(["GET"]);
    expect(unguardedHandlers("route.ts", 'import { apiRoute } from "@/lib/auth/api";\nexport const GET = apiRoute(async () => ({}));', true)).toEqual(["GET"]);
  });
});
