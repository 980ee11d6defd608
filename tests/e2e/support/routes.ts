import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * Every page and route handler under app/, found from the file system so that a route added
 * later is checked without anyone remembering to list it.
 */
export type AppRoute = {
  file: string;
  kind: "page" | "route";
  /** The route as Next names it: /job-families/[department]/[family]. */
  pattern: string;
  /** A concrete URL with sample values in place of parameters. */
  url: string;
  /** HTTP methods a route.ts exports (GET for pages). */
  methods: string[];
  /** Reachable without a session by design. */
  isPublic: boolean;
  /** An Atom feed: no session, but nothing without a feed token in its URL. */
  isFeed: boolean;
};

/** The only routes that may answer without a session: signing in and the health probe. */
export const PUBLIC_PATTERNS = ["/sign-in", "/api/auth/[...nextauth]", "/api/auth/sign-in", "/api/auth/sign-out", "/api/health"];

const samples: Record<string, string> = {
  department: "product",
  family: "product-manager",
  n: "1",
  id: "1",
  nextauth: "signin",
};

function sampleFor(segment: string): string {
  const name = segment.replace(/^\[+(\.\.\.)?/, "").replace(/\]+$/, "");
  return samples[name] ?? (segment.includes("...") ? "some/path" : "sample");
}

function methodsOf(source: string): string[] {
  const methods = new Set<string>();
  const verbs = "GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS";
  for (const m of source.matchAll(new RegExp(`export\\s+(?:async\\s+)?(?:function|const)\\s+(${verbs})\\b`, "g"))) methods.add(m[1]);
  for (const block of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const m of block[1].matchAll(new RegExp(`\\bas\\s+(${verbs})\\b|^\\s*(${verbs})\\s*$`, "gm"))) methods.add(m[1] ?? m[2]);
  }
  return [...methods].sort();
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    // Folders starting with _ are private in the App Router: never routes.
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : walk(join(dir, entry.name));
    return /^(page|route)\.(tsx?|jsx?)$/.test(entry.name) ? [join(dir, entry.name)] : [];
  });
}

export function discoverRoutes(appDir: string): AppRoute[] {
  return walk(appDir).map((file) => {
    const parts = relative(appDir, file).split(sep);
    const name = parts.pop()!;
    // Route groups "(portal)" and parallel slots "@modal" are not part of the URL.
    const segments = parts.filter((p) => !(p.startsWith("(") && p.endsWith(")")) && !p.startsWith("@"));
    const pattern = `/${segments.join("/")}`;
    const url = `/${segments.map((s) => (s.startsWith("[") ? sampleFor(s) : s)).join("/")}`;
    const kind = name.startsWith("page") ? "page" : "route";
    return {
      file: relative(process.cwd(), file),
      kind,
      pattern,
      url,
      methods: kind === "page" ? ["GET"] : methodsOf(readFileSync(file, "utf8")),
      isPublic: PUBLIC_PATTERNS.includes(pattern),
      isFeed: pattern.startsWith("/feeds/"),
    };
  });
}
