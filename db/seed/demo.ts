import { join } from "node:path";
import { count } from "drizzle-orm";
import type { Database } from "../client";
import { jobFamilies } from "../schema";
import { collectMarkdownFiles, importFile } from "../../lib/ingest/import-files";

export const demoFolder = join(process.cwd(), "db", "seed", "job-families");

/**
 * Fills an empty database with the project's fictional demo families, through the same importer
 * an admin uses. Does nothing once any family exists, so it never competes with real content.
 */
export async function seedDemoContent(db: Database): Promise<number> {
  const [{ families }] = await db.select({ families: count() }).from(jobFamilies);
  if (families > 0) return 0;
  let imported = 0;
  const { files, failed } = await collectMarkdownFiles([demoFolder]);
  if (failed.length > 0) throw new Error(`Demo content does not import: ${failed[0].error}`);
  for (const file of files) {
    const outcome = await importFile(db, file);
    if (outcome.status === "failed") throw new Error(`Demo content does not import: ${outcome.error}`);
    imported++;
  }
  return imported;
}
