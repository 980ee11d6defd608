import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { exportedBindings, hasUseServerDirective, importedNames, isInitialisedByCall, parse } from "./ast";

// A server action is a public POST endpoint: every one must be built by protectedAction, which
// authenticates, validates and asks the policy. This finds every server-action module under app/
// (a top-level "use server" directive, or any actions.ts) and parses it.

const fromAction = (s: string) => /(^|\/)lib\/auth\/action$/.test(s);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|jsx|mts|mjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Exports of a server-action module that are not `const x = protectedAction(...)`. */
function unprotectedExports(fileName: string, source: string): string[] {
  const file = parse(fileName, source);
  const protectedAction = importedNames(file, fromAction, ["protectedAction"]);
  return exportedBindings(file)
    .filter(([, node]) => !isInitialisedByCall(node, protectedAction))
    .map(([name]) => name);
}

const modules = sourceFiles(join(process.cwd(), "app"))
  .map((path) => ({ file: relative(process.cwd(), path), source: readFileSync(path, "utf8") }))
  .filter(({ file, source }) => /(^|\/)actions\.(ts|tsx|js|jsx)$/.test(file) || hasUseServerDirective(parse(file, source)));

describe("every server action goes through protectedAction", () => {
  it("finds the portal's server-action modules (the walk is not empty)", () => {
    expect(modules.map((m) => m.file)).toEqual(
      expect.arrayContaining(["app/(portal)/tokens/actions.ts", "app/(portal)/admin/people/actions.ts"]),
    );
  });

  it.each(modules)("$file exports only protectedAction(...) bindings", ({ file, source }) => {
    expect(exportedBindings(parse(file, source)), file).not.toEqual([]);
    expect(unprotectedExports(file, source), file).toEqual([]);
  });
});

describe("the server-action check itself", () => {
  const head = '"use server";\nimport { protectedAction } from "@/lib/auth/action";\n';

  it("recognises the directive only in the prologue", () => {
    expect(hasUseServerDirective(parse("a.ts", head))).toBe(true);
    expect(hasUseServerDirective(parse("a.ts", '"use strict";\n"use server";\nexport {};'))).toBe(true);
    expect(hasUseServerDirective(parse("a.ts", 'import x from "y";\n"use server";'))).toBe(false);
    expect(hasUseServerDirective(parse("a.ts", '// "use server"\nexport const a = 1;'))).toBe(false);
  });

  it("accepts protectedAction(...) bindings, exported directly or by name", () => {
    expect(unprotectedExports("a.ts", `${head}export const a = protectedAction({} as never);`)).toEqual([]);
    expect(unprotectedExports("a.ts", `${head}const a = protectedAction({} as never);\nexport { a, a as b };`)).toEqual([]);
  });

  it("rejects everything else, however it mentions protectedAction", () => {
    const cases: [string, string[]][] = [
      [`${head}// protectedAction\nexport async function raw(form: FormData) {}`, ["raw"]],
      [`${head}export const raw = async () => { protectedAction({} as never); };`, ["raw"]],
      [`${head}export let swap = protectedAction({} as never);`, ["swap"]],
      [`${head}export default async function act() {}`, ["default"]],
      [`${head}const impl = async () => {};\nexport { impl as act };`, ["act"]],
      [`"use server";\nconst protectedAction = (f: unknown) => f;\nexport const fake = protectedAction(async () => {});`, ["fake"]],
    ];
    for (const [source, expected] of cases) expect(unprotectedExports("a.ts", source), source).toEqual(expected);
    expect(unprotectedExports("a.ts", `${head}export * from "./other";`)).toHaveLength(1);
  });
});
