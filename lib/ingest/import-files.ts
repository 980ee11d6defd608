import { readFile, readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Database } from "../../db/client";
import { saveRevision } from "../revisions/save";
import { ImportError, familyLocation, parseFamilyMarkdown } from "../families/markdown/import";
import { InvalidError } from "../errors";

export type ImportOutcome =
  | { file: string; status: "saved" | "unchanged"; family: string; levels: number; revision: number }
  | { file: string; status: "failed"; error: string };

// A folder's README describes the folder; it is not a job family. Named explicitly, it is imported.
const isFamilyFile = (name: string) =>
  (name.endsWith(".md") || name.endsWith(".md.erb")) && name.toLowerCase() !== "readme.md";

/** What to import: the files found, and each path that could not be searched, as a failed outcome. */
export type CollectedFiles = { files: string[]; failed: Extract<ImportOutcome, { status: "failed" }>[] };

/**
 * The files named, and the handbook markdown files under the folders named (READMEs aside), in a
 * stable order. A path that does not exist or cannot be read is reported like a failed file and
 * the others are still collected. Symbolic links are followed (handbook checkouts use them for
 * shared pages); a link back into a folder already being searched is skipped, so a loop ends.
 */
export async function collectMarkdownFiles(paths: string[]): Promise<CollectedFiles> {
  const collected: CollectedFiles = { files: [], failed: [] };
  const fail = (path: string, reason: string) => collected.failed.push({ file: path, status: "failed", error: `${path}: ${reason}` });
  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      fail(path, error.code === "ENOENT" ? "no such file or folder" : `cannot be read (${error.code ?? error.message})`);
      return null;
    });
    if (!info) continue;
    if (!info.isDirectory()) {
      collected.files.push(path);
      continue;
    }
    const found: string[] = [];
    await walkFolder(path, new Set(), found, fail);
    collected.files.push(...found.sort());
  }
  return collected;
}

async function walkFolder(folder: string, ancestors: Set<string>, found: string[], fail: (path: string, reason: string) => void) {
  const real = await realpath(folder);
  if (ancestors.has(real)) return; // a link back to a folder above: following it would never end
  const inside = new Set(ancestors).add(real);
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    fail(folder, `cannot be read (${error.code ?? error.message})`);
    return [];
  });
  for (const entry of entries) {
    const path = join(folder, entry.name);
    let kind: "file" | "folder" | "other" = entry.isFile() ? "file" : entry.isDirectory() ? "folder" : "other";
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      if (!target) {
        if (isFamilyFile(entry.name)) fail(path, "a symbolic link to nothing (its target does not exist)");
        continue;
      }
      kind = target.isFile() ? "file" : target.isDirectory() ? "folder" : "other";
    }
    if (kind === "file" && isFamilyFile(entry.name)) found.push(path);
    else if (kind === "folder") await walkFolder(path, inside, found, fail);
  }
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
