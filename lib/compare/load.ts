import type { Database } from "../../db/client";
import { anchorSchema, type Level, slugSchema } from "../families/document";
import { type FamilyRevision, getFamilyRevision } from "../families/queries";
import { NotFoundError } from "../errors";

export type LevelReference = { department: string; slug: string; level: string };

/** `product/product-management-leadership/director-of-product-management` → its three parts; null if malformed. */
export function parseLevelReference(value: unknown): LevelReference | null {
  if (typeof value !== "string") return null;
  const parts = value.split("/");
  if (parts.length !== 3) return null;
  const [department, slug, level] = parts;
  const valid = slugSchema.safeParse(department).success && slugSchema.safeParse(slug).success && anchorSchema.safeParse(level).success;
  return valid ? { department, slug, level } : null;
}

export type LoadedLevel = { revision: FamilyRevision; level: Level };

/** The level a reference names, in its family's newest revision; NotFoundError names what is missing. */
export async function loadLevel(db: Database, ref: LevelReference): Promise<LoadedLevel> {
  const revision = await getFamilyRevision(db, ref.department, ref.slug);
  const level = revision.document.levels.find((l) => l.id === ref.level);
  if (!level) throw new NotFoundError(`${revision.document.title} has no level ${ref.level}`);
  return { revision, level };
}
