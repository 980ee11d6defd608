import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Database } from "../../db/client";
import { familyToMarkdown } from "./markdown/export";
import { familyFilePath } from "./source";
import { allCurrentFamilies } from "./queries";

export type ExportFormat = "md" | "json";

/** The JSON export of one family: its document and the revision it is. Deterministic. */
export function familyJson(document: unknown, revision: number): string {
  return `${JSON.stringify({ revision, document }, null, 2)}\n`;
}

/** Writes every family's current revision under `outDir`; returns the paths written. */
export async function exportFamilies(db: Database, format: ExportFormat, outDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const { document, number, sourcePath } of await allCurrentFamilies(db)) {
    const path =
      format === "md"
        ? join(outDir, familyFilePath(document, sourcePath))
        : join(outDir, document.department, `${document.slug}.json`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, format === "md" ? familyToMarkdown(document) : familyJson(document, number));
    written.push(path);
  }
  return written.sort();
}
