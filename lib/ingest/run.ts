import type { Database } from "../../db/client";
import { slugSchema } from "../families/document";
import { familyLocation, handbookPath } from "../families/markdown/import";
import { LadderError } from "../errors";
import { familiesBySourcePath } from "../families/queries";
import { type FileTarget, type ImportOutcome, failure, importFile } from "./import-files";
import { plural } from "../plural";

export type ImportOptions = {
  /** Every file goes into this department (`--department`). */
  department?: string;
  /** `department/family`: the one file given is imported into this family, whatever its source (`--into`). */
  into?: string;
};

/** `--into product/product-manager` as a family key; a bad value is refused before anything is read. */
export function parseInto(value: string): { department: string; slug: string } {
  const [department, slug, ...more] = value.split("/");
  if (more.length > 0 || !slugSchema.safeParse(department).success || !slugSchema.safeParse(slug ?? "").success) {
    throw new LadderError(`--into ${value}: expected department/family, e.g. engineering/backend-engineer`, 400, "invalid");
  }
  return { department, slug };
}

/**
 * Where each file goes, decided before any is read: `--into`, else the family already recorded
 * as imported from the page's handbook path (`recorded`; so a page once imported `--into` a family
 * keeps going there), else the family its path names. Files that map to one family are all
 * reported, none imported: which one is "the" page is for the user to say (rename one, or import
 * it with `--into`), never for the order of a folder listing.
 */
export function planImport(
  files: string[],
  options: ImportOptions,
  recorded: ReadonlyMap<string, { department: string; slug: string }> = new Map(),
): (FileTarget | ImportOutcome)[] {
  if (options.into !== undefined && files.length !== 1) {
    throw new LadderError(`--into names one family, so it takes exactly one file (found ${files.length})`, 400, "invalid");
  }
  const into = options.into === undefined ? null : parseInto(options.into);
  const planned = files.map((file): FileTarget | ImportOutcome => {
    try {
      const sourcePath = handbookPath(file);
      const known = options.department === undefined ? recorded.get(sourcePath) : undefined;
      const location = into ?? known ?? familyLocation(file, { department: options.department });
      return { ...location, sourcePath, replace: into !== null };
    } catch (error) {
      return { file, status: "failed", error: failure(file, error) };
    }
  });
  const byFamily = new Map<string, string[]>();
  planned.forEach((target, i) => {
    if (!("slug" in target)) return;
    const key = `${target.department}/${target.slug}`;
    byFamily.set(key, [...(byFamily.get(key) ?? []), files[i]]);
  });
  return planned.map((target, i) => {
    if (!("slug" in target)) return target;
    const key = `${target.department}/${target.slug}`;
    const same = byFamily.get(key)!;
    if (same.length === 1) return target;
    const others = same.filter((f) => f !== files[i]).join(", ");
    return {
      file: files[i],
      status: "failed",
      error:
        `${files[i]}:1: not imported: ${others} ${same.length === 2 ? "maps" : "map"} to the same family ${key}, ` +
        `and pages are never merged. Rename all but one, or import one on its own with --into department/family.`,
    };
  });
}

/** Imports the files in order, each in its own transaction; `onEach` sees every outcome as it comes. */
export async function importFiles(
  db: Database,
  files: string[],
  options: ImportOptions,
  onEach: (outcome: ImportOutcome) => void = () => {},
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  const recorded = await familiesBySourcePath(db, [...new Set(files.map(handbookPath))]);
  const plan = planImport(files, options, recorded);
  for (let i = 0; i < files.length; i++) {
    const target = plan[i];
    const outcome = "slug" in target ? await importFile(db, files[i], target) : target;
    outcomes.push(outcome);
    onEach(outcome);
  }
  return outcomes;
}

/** Every file is counted once in created, updated, unchanged or failed: they add up to `files`. */
export type ImportSummary = {
  files: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  warnings: number;
  families: number;
  levels: number;
};

export function summarise(outcomes: ImportOutcome[]): ImportSummary {
  const ok = outcomes.filter((o) => o.status !== "failed");
  const count = (status: ImportOutcome["status"]) => outcomes.filter((o) => o.status === status).length;
  return {
    files: outcomes.length,
    created: count("created"),
    updated: count("updated"),
    unchanged: count("unchanged"),
    failed: count("failed"),
    warnings: outcomes.reduce((sum, o) => sum + (o.warnings?.length ?? 0), 0),
    families: new Set(ok.map((o) => o.family)).size,
    levels: ok.reduce((sum, o) => sum + o.levels, 0),
  };
}

/** The line that ends every import: "Imported 208 files: 200 created, 2 updated, 0 unchanged, 6 failed; 1 warning; 202 families, 871 levels." */
export function summaryLine(s: ImportSummary): string {
  return (
    `Imported ${plural(s.files, "file")}: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed; ` +
    `${plural(s.warnings, "warning")}; ${plural(s.families, "family", "families")}, ${plural(s.levels, "level")}.`
  );
}
