import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Database } from "../../db/client";
import { saveRevision } from "../revisions/save";
import { ImportError, familyLocation, parseFamilyMarkdown } from "../families/markdown/import";
import { InvalidError, LadderError } from "../errors";

export type ImportOutcome =
  | { file: string; status: "saved" | "unchanged"; family: string; levels: number; revision: number }
  | { file: string; status: "failed"; error: string };

// A folder's README describes the folder; it is not a job family. Named explicitly, it is imported.
const isFamilyFile = (name: string) =>
  (name.endsWith(".md") || name.endsWith(".md.erb")) && name.toLowerCase() !== "readme.md";

/**
 * The files named, and the handbook markdown files under the folders named (READMEs aside), in a
 * stable order.
 */
export async function collectMarkdownFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => {
      throw new LadderError(`${path}: no such file or folder`, 400, "invalid");
    });
    if (info.isFile()) files.push(path);
    else {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      files.push(
        ...entries
          .filter((e) => e.isFile() && isFamilyFile(e.name))
          .map((e) => join(e.parentPath, e.name))
          .sort(),
      );
    }
  }
  return files;
}

/**
 * Imports one file as a new revision of its family, in its own transaction, or not at all.
 * The importer is the source of truth for what it imports, so it saves on top of the current
 * revision rather than against a base it read earlier.
 */
export async function importFile(db: Database, file: string, options: { department?: string } = {}) {
  const shown = file; // as the user named it (or found under the folder they named)
  try {
    const location = familyLocation(file, options);
    const family = parseFamilyMarkdown(await readFile(file), { file: shown, ...location });
    const result = await saveRevision(db, {
      document: family,
      baseRevision: "current",
      author: { id: null, name: "import" },
      summary: `Imported from ${shown}`,
    });
    return {
      file: shown,
      status: result.status,
      family: `${family.department}/${family.slug}`,
      levels: family.levels.length,
      revision: result.number,
    } satisfies ImportOutcome;
  } catch (error: unknown) {
    // One bad file must not stop the others: every failure is reported against its file.
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof ImportError) return { file: shown, status: "failed", error: message } satisfies ImportOutcome;
    if (error instanceof InvalidError) {
      return { file: shown, status: "failed", error: `${shown}: ${message}` } satisfies ImportOutcome;
    }
    return { file: shown, status: "failed", error: `${shown}: could not import: ${message}` } satisfies ImportOutcome;
  }
}

export type ImportSummary = {
  files: number;
  families: number;
  levels: number;
  written: number;
  unchanged: number;
  failed: number;
};

export function summarise(outcomes: ImportOutcome[]): ImportSummary {
  const ok = outcomes.filter((o) => o.status !== "failed");
  return {
    files: outcomes.length,
    families: new Set(ok.map((o) => o.family)).size,
    levels: ok.reduce((sum, o) => sum + o.levels, 0),
    written: ok.filter((o) => o.status === "saved").length,
    unchanged: ok.filter((o) => o.status === "unchanged").length,
    failed: outcomes.length - ok.length,
  };
}
