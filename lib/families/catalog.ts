import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { departments, jobFamilies, revisions } from "../../db/schema";

/** A level as lists need it: no prose, so lists never read or parse whole documents. */
export type LevelStub = { id: string; title: string; abbreviation: string | null; grade: number | null };

export type FamilyCard = {
  department: string;
  departmentName: string;
  slug: string;
  title: string;
  currentRevision: number;
  updatedAt: Date;
  /** In the document's order. */
  levels: LevelStub[];
};

export type DepartmentCards = { slug: string; name: string; families: FamilyCard[] };

/**
 * Every published family with its levels' names and grades, taken out of the newest revision's
 * JSONB by the database (the same SQL on PGlite and PostgreSQL), optionally for one department.
 */
export async function listFamilyCards(db: Database, department?: string): Promise<FamilyCard[]> {
  const rows = await db
    .select({
      department: departments.slug,
      departmentName: departments.name,
      slug: jobFamilies.slug,
      title: jobFamilies.title,
      currentRevision: jobFamilies.currentRevision,
      updatedAt: jobFamilies.updatedAt,
      levels: sql<LevelStub[]>`(
        select coalesce(jsonb_agg(jsonb_build_object(
          'id', l->'id', 'title', l->'title', 'abbreviation', l->'abbreviation', 'grade', l->'grade'
        ) order by n), '[]'::jsonb)
        from jsonb_array_elements(${revisions.document}->'levels') with ordinality as e(l, n)
      )`,
    })
    .from(jobFamilies)
    .innerJoin(departments, eq(departments.id, jobFamilies.departmentId))
    .innerJoin(revisions, and(eq(revisions.familyId, jobFamilies.id), eq(revisions.number, jobFamilies.currentRevision)))
    // Archived families stay readable by their address but leave the lists.
    .where(and(gt(jobFamilies.currentRevision, 0), isNull(jobFamilies.archivedAt), department === undefined ? undefined : eq(departments.slug, department)))
    .orderBy(asc(departments.name), asc(jobFamilies.title));
  // postgres.js hands back JSON as text in some configurations; PGlite parses it.
  return rows.map((row) => ({
    ...row,
    updatedAt: new Date(row.updatedAt),
    levels: typeof row.levels === "string" ? (JSON.parse(row.levels) as LevelStub[]) : row.levels,
  }));
}

/** Families grouped by department, departments in name order. */
export function groupByDepartment(cards: FamilyCard[]): DepartmentCards[] {
  const groups = new Map<string, DepartmentCards>();
  for (const card of cards) {
    const group = groups.get(card.department) ?? { slug: card.department, name: card.departmentName, families: [] };
    group.families.push(card);
    groups.set(card.department, group);
  }
  return [...groups.values()];
}

/** The lowest and highest grade among levels that state one; null when none does. */
export function gradeRange(levels: readonly { grade: number | null }[]): { min: number; max: number } | null {
  const grades = levels.map((l) => l.grade).filter((g): g is number => g !== null);
  if (grades.length === 0) return null;
  return { min: Math.min(...grades), max: Math.max(...grades) };
}

/** Levels ordered by grade (ungraded last), keeping the document's order among equals. */
export function byGrade<T extends { grade: number | null }>(levels: readonly T[]): T[] {
  return [...levels].sort((a, b) => (a.grade ?? Infinity) - (b.grade ?? Infinity));
}
