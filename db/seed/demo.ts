import { join } from "node:path";
import { count } from "drizzle-orm";
import type { Database } from "../client";
import { jobFamilies } from "../schema";
import { collectMarkdownFiles } from "../../lib/ingest/import-files";
import { importFiles } from "../../lib/ingest/run";

export const demoFolder = join(process.cwd(), "db", "seed", "job-families");

/**
 * Fills an empty database with the project's fictional demo families, through the same importer
 * an admin uses. Does nothing once any family exists, so it never competes with real content.
 */
export async function seedDemoContent(db: Database): Promise<number> {
  const [{ families }] = await db.select({ families: count() }).from(jobFamilies);
  if (families > 0) return 0;
  const { files, failed } = await collectMarkdownFiles([demoFolder]);
  if (failed.length > 0) throw new Error(`Demo content does not import: ${failed[0].error}`);
  const outcomes = await importFiles(db, files, {});
  const broken = outcomes.find((o) => o.status === "failed");
  if (broken) throw new Error(`Demo content does not import: ${broken.error}`);
  return outcomes.length;
}
