import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { parse } from "../access/ast";

/*
 * What a reader's browser downloads is the framework plus the client islands of the page. An
 * island that imports, however indirectly, the document schema or the markdown pipeline sends
 * hundreds of KB to every reader (an Edit link once brought zod and any-ascii: 252 KB gzip).
 * This follows the imports from each reading page to its "use client" modules and on from them.
 */

const root = process.cwd();
const readingPages = [
  "app/(portal)/layout.tsx",
  "app/(portal)/page.tsx",
  "app/(portal)/job-families/[department]/page.tsx",
  "app/(portal)/job-families/[department]/[family]/page.tsx",
  "app/(portal)/job-families/[department]/[family]/[level]/page.tsx",
  "app/(portal)/grades/page.tsx",
  "app/(portal)/search/page.tsx",
  "app/(portal)/compare/page.tsx",
];

/** Server-side work, tens to hundreds of KB each in a browser bundle. */
const heavyPackage = /^(zod|any-ascii|unified|remark-.*|rehype-.*|micromark.*|mdast-.*|hast-.*|diff|drizzle-orm|postgres|next-auth)(\/|$)/;
const heavyFile = /^lib\/(families\/document|markdown\/|revisions\/|editing\/)/;

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? join(root, specifier.slice(2)) : join(dirname(join(root, from)), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx"), base]) {
    if (existsSync(candidate) && /\.(tsx?|m?js)$/.test(candidate)) return relative(root, candidate);
  }
  return null;
}

type Source = { imports: string[]; client: boolean };
const sources = new Map<string, Source>();

/** A module's imports that exist at run time (not `import type`), and whether it is a client module. */
function read(file: string): Source {
  const known = sources.get(file);
  if (known) return known;
  const tree = parse(file, readFileSync(join(root, file), "utf8"));
  const imports: string[] = [];
  let client = false;
  for (const [i, statement] of tree.statements.entries()) {
    if (i === 0 && ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression)) client = statement.expression.text === "use client";
    const isImport = ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly;
    const isReexport = ts.isExportDeclaration(statement) && !statement.isTypeOnly;
    if (!(isImport || isReexport) || !statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
    const onlyTypes = bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
    if (!onlyTypes) imports.push(statement.moduleSpecifier.text);
  }
  const source = { imports, client };
  sources.set(file, source);
  return source;
}

/** Each heavy module a page's browser code reaches, with the chain of imports that leads there. */
function heavyInBrowser(page: string): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string, chain: string[], inBrowser: boolean) => {
    const key = `${inBrowser}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    const source = read(file);
    const browser = inBrowser || source.client;
    if (browser && heavyFile.test(file)) found.add([...chain, file].join(" → "));
    for (const specifier of source.imports) {
      const isLocal = specifier.startsWith(".") || specifier.startsWith("@/");
      if (!isLocal) {
        if (browser && heavyPackage.test(specifier)) found.add([...chain, file, specifier].join(" → "));
        continue;
      }
      const target = resolveLocal(file, specifier);
      if (target) walk(target, [...chain, file], browser);
    }
  };
  walk(page, [], false);
  return [...found];
}

describe("the browser code of reading pages", () => {
  it.each(readingPages)("%s: its client islands import nothing heavy", (page) => {
    expect(heavyInBrowser(page)).toEqual([]);
  });

  it("the check sees through to client modules and would catch a heavy import", () => {
    // The edit page's form really does validate with the document schema in the browser.
    const edit = heavyInBrowser("app/(portal)/job-families/[department]/[family]/edit/page.tsx");
    expect(edit.some((chain) => chain.endsWith("→ zod"))).toBe(true);
  });
});
