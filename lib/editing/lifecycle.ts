import { and, eq, sql } from "drizzle-orm";
import type { Database, Executor } from "../../db/client";
import { auditEvents, departments, familyRedirects, jobFamilies, roleGrants } from "../../db/schema";
import type { Actor } from "../access/audit";
import { jobFamilySchema } from "../families/document";
import { departmentName } from "../families/names";
import { InvalidError, LadderError, NotFoundError } from "../errors";
import { saveRevision } from "../revisions/save";
import { getFamilyRevision } from "../families/queries";

/**
 * A family's life beyond its content: renaming or moving it to another department (a revision,
 * with the old address redirecting and family-scoped editor grants following), archiving and
 * restoring it (audit events: hidden from lists, still readable by its address, history kept).
 */
export type FamilyKey = { department: string; slug: string };

class AddressTakenError extends LadderError {
  constructor(key: FamilyKey) {
    super(`A job family ${key.department}/${key.slug} exists already`, 409, "exists");
  }
}

async function lockedFamily(tx: Executor, key: FamilyKey) {
  const [row] = await tx
    .select({ id: jobFamilies.id, current: jobFamilies.currentRevision, archivedAt: jobFamilies.archivedAt })
    .from(jobFamilies)
    .innerJoin(departments, eq(departments.id, jobFamilies.departmentId))
    .where(and(eq(departments.slug, key.department), eq(jobFamilies.slug, key.slug)))
    .for("update", { of: jobFamilies });
  if (!row || row.current === 0) throw new NotFoundError(`No job family ${key.department}/${key.slug}`);
  return row;
}

/** Renames and/or moves a family in one transaction: row, old address, grants, and a new revision. */
export async function moveFamily(db: Database, actor: Actor, from: FamilyKey, to: FamilyKey, summary: string): Promise<{ number: number }> {
  const checked = jobFamilySchema.pick({ department: true, slug: true }).safeParse(to);
  if (!checked.success) throw new InvalidError(checked.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  if (from.department === to.department && from.slug === to.slug) {
    throw new InvalidError([{ path: "slug", message: "is the family's address already" }]);
  }
  return db.transaction(async (tx) => {
    const family = await lockedFamily(tx, from);
    await tx.insert(departments).values({ slug: to.department, name: departmentName(to.department) }).onConflictDoNothing();
    const [target] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.slug, to.department));
    const [taken] = await tx.select({ id: jobFamilies.id }).from(jobFamilies).where(and(eq(jobFamilies.departmentId, target.id), eq(jobFamilies.slug, to.slug)));
    if (taken) throw new AddressTakenError(to);

    const current = await getFamilyRevision(tx as unknown as Database, from.department, from.slug);
    await tx.update(jobFamilies).set({ departmentId: target.id, slug: to.slug, updatedAt: sql`now()` }).where(eq(jobFamilies.id, family.id));
    // The new address is the family's own now; the old one leads to it.
    await tx.delete(familyRedirects).where(and(eq(familyRedirects.department, to.department), eq(familyRedirects.slug, to.slug)));
    await tx.insert(familyRedirects).values({ department: from.department, slug: from.slug, familyId: family.id });
    // Editors of exactly this family keep editing it under its new name.
    await tx
      .update(roleGrants)
      .set({ department: to.department, family: to.slug })
      .where(and(eq(roleGrants.department, from.department), eq(roleGrants.family, from.slug)));
    const saved = await saveRevision(tx as unknown as Database, {
      document: { ...current.document, department: to.department, slug: to.slug },
      baseRevision: current.number,
      author: actor,
      summary: summary.trim() || `Moved from ${from.department}/${from.slug} to ${to.department}/${to.slug}`,
    });
    await tx.insert(auditEvents).values({
      actorId: actor.id,
      actorName: actor.name,
      action: "family.moved",
      target: `family:${to.department}/${to.slug}`,
      details: { from: `${from.department}/${from.slug}`, to: `${to.department}/${to.slug}`, revision: saved.number },
    });
    return { number: saved.number };
  });
}

/** Archives (hides from lists) or restores a family; an audit event either way, content untouched. */
export async function setArchived(db: Database, actor: Actor, key: FamilyKey, archived: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    const family = await lockedFamily(tx, key);
    if ((family.archivedAt !== null) === archived) return;
    await tx.update(jobFamilies).set({ archivedAt: archived ? sql`now()` : null }).where(eq(jobFamilies.id, family.id));
    await tx.insert(auditEvents).values({
      actorId: actor.id,
      actorName: actor.name,
      action: archived ? "family.archived" : "family.unarchived",
      target: `family:${key.department}/${key.slug}`,
      details: {},
    });
  });
}

/** When the family was archived, or null; throws NotFoundError for no family. */
export async function archivedAt(db: Database, key: FamilyKey): Promise<Date | null> {
  const [row] = await db
    .select({ archivedAt: jobFamilies.archivedAt })
    .from(jobFamilies)
    .innerJoin(departments, eq(departments.id, jobFamilies.departmentId))
    .where(and(eq(departments.slug, key.department), eq(jobFamilies.slug, key.slug)));
  if (!row) throw new NotFoundError(`No job family ${key.department}/${key.slug}`);
  return row.archivedAt;
}

/**
 * Where a family that used to live at `key` lives now, or null: also when another family lives
 * at `key` again (created there after the move), whose address it then is.
 */
export async function movedTo(db: Database, key: FamilyKey): Promise<FamilyKey | null> {
  const [row] = await db
    .select({ department: departments.slug, slug: jobFamilies.slug })
    .from(familyRedirects)
    .innerJoin(jobFamilies, eq(jobFamilies.id, familyRedirects.familyId))
    .innerJoin(departments, eq(departments.id, jobFamilies.departmentId))
    .where(and(eq(familyRedirects.department, key.department), eq(familyRedirects.slug, key.slug)));
  if (!row) return null;
  const [living] = await db
    .select({ id: jobFamilies.id })
    .from(jobFamilies)
    .innerJoin(departments, eq(departments.id, jobFamilies.departmentId))
    .where(and(eq(departments.slug, key.department), eq(jobFamilies.slug, key.slug), sql`${jobFamilies.currentRevision} > 0`));
  return living ? null : row;
}

