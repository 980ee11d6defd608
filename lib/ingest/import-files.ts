import { readFile, readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Database } from "../../db/client";
import { saveRevision } from "../revisions/save";
import { ImportError, parseFamilyMarkdown } from "../families/markdown/import";
import { InvalidError, SourceConflictError } from "../errors";

/** What became of one file: every file is exactly one of created, updated, unchanged or failed. */
export type ImportOutcome =
  | {
      file: string;
      status: "created" | "updated" | "unchanged";
      family: string;
      levels: number;
      revision: number;
      warnings: string[];
    }
  | { file: string; status: "failed"; error: string; warnings?: string[] };

/** Where a file goes: its family by its path (or `--into`), and the handbook path it records. */
export type FileTarget = { department: string; slug: string; sourcePath: string; replace: boolean };

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
    for (const file of found.sort()) collected.files.push(file); // no spread: a folder may hold many thousand files
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
 * revision rather than against a base it read earlier. A family imported from another file
 * refuses this one unless `target.replace` (`--into`) says so.
 */
export async function importFile(db: Database, file: string, target: FileTarget): Promise<ImportOutcome> {
  const shown = file; // as the user named it (or found under the folder they named)
  const warnings: string[] = [];
  try {
    const family = parseFamilyMarkdown(await readFile(file), {
      file: shown,
      department: target.department,
      slug: target.slug,
      onWarning: (warning) => warnings.push(warning),
    });
    const result = await saveRevision(db, {
      document: family,
      baseRevision: "current",
      author: { id: null, name: "import" },
      summary: `Imported from ${target.sourcePath}`,
      source: { path: target.sourcePath, replace: target.replace },
    });
    return {
      file: shown,
      status: result.status === "unchanged" ? "unchanged" : result.number === 1 ? "created" : "updated",
      family: `${family.department}/${family.slug}`,
      levels: family.levels.length,
      revision: result.number,
      warnings,
    };
  } catch (error: unknown) {
    return { file: shown, status: "failed", error: failure(shown, error), warnings };
  }
}

/** One bad file must not stop the others: every failure is reported as `file:line: what`. */
export function failure(file: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ImportError) return message;
  if (error instanceof SourceConflictError) {
    return (
      `${file}:1: not imported: ${error.family} was imported from ${error.storedPath}, a different page. ` +
      `Import it with --into ${error.family} to make this file its source, or rename one of them.`
    );
  }
  if (error instanceof InvalidError) return `${file}:1: ${message}`;
  return `${file}:1: could not import: ${message}`;
}

