import { and, eq, gt, inArray } from "drizzle-orm";
import type { Database } from "../../db/client";
import { departments, jobFamilies } from "../../db/schema";
import { getFamilyRevision } from "./queries";
import { slugFromFolders } from "./paths";

/** A place in the portal that a handbook address leads to. */
export type FamilyAddress = { department: string; slug: string; level: string | null };

/** The handbook's page file names, which its URLs may carry: `…/senior/index.html`. */
const isIndexName = (segment: string) => /^index(?:\.html?)?(?:\.md)?$/i.test(segment);

/**
 * The family (and level) a handbook address names: `engineering/development/backend/senior` is
 * the family `engineering/development--backend--senior`; one more segment after a family is one
 * of its levels. The longest family path wins, so a nested family is never mistaken for a level
 * of its parent folder's family. Null when nothing matches.
 */
export async function resolveHandbookAddress(db: Database, segments: readonly string[]): Promise<FamilyAddress | null> {
  const parts = segments.filter((s) => s !== "" && !isIndexName(s));
  if (parts.length < 2) return null;
  const [department, ...rest] = parts;
  const candidates = rest.map((_, i) => slugFromFolders(rest.slice(0, i + 1))).filter(Boolean);
  if (candidates.length === 0) return null;
  const found = await db
    .select({ slug: jobFamilies.slug })
    .from(jobFamilies)
    .innerJoin(departments, eq(departments.id, jobFamilies.departmentId))
    .where(and(eq(departments.slug, department), inArray(jobFamilies.slug, candidates), gt(jobFamilies.currentRevision, 0)));
  const existing = new Set(found.map((f) => f.slug));

  for (let length = candidates.length; length >= 1; length--) {
    const slug = candidates[length - 1];
    if (!existing.has(slug)) continue;
    const remainder = rest.slice(length);
    if (remainder.length === 0) return { department, slug, level: null };
    if (remainder.length > 1) return null;
    const { document } = await getFamilyRevision(db, department, slug);
    const level = document.levels.find((l) => l.id === remainder[0]);
    return level ? { department, slug, level: level.id } : null;
  }
  return null;
}
