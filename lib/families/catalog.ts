import { and, asc, desc, eq, gt, isNull, sql } from "drizzle-orm";
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

/** The families lists show: published, not archived (they stay readable by their address). */
const listed = (department?: string) =>
  and(gt(jobFamilies.currentRevision, 0), isNull(jobFamilies.archivedAt), department === undefined ? undefined : eq(departments.slug, department));

/** The newest revision's levels as stubs, taken out of its JSONB by the database (the same SQL on PGlite and PostgreSQL). */
const levelStubs = sql<LevelStub[] | string>`(
  select coalesce(jsonb_agg(jsonb_build_object(
    'id', l->'id', 'title', l->'title', 'abbreviation', l->'abbreviation', 'grade', l->'grade'
  ) order by n), '[]'::jsonb)
  from jsonb_array_elements(${revisions.document}->'levels') with ordinality as e(l, n)
)`;

/** How a family meets its department and its newest revision, in every list. */
const itsDepartment = eq(departments.id, jobFamilies.departmentId);
const itsCurrentRevision = and(eq(revisions.familyId, jobFamilies.id), eq(revisions.number, jobFamilies.currentRevision));

const familyCards = (db: Database) =>
  db
    .select({
      department: departments.slug,
      departmentName: departments.name,
      slug: jobFamilies.slug,
      title: jobFamilies.title,
      currentRevision: jobFamilies.currentRevision,
      updatedAt: jobFamilies.updatedAt,
      levels: levelStubs,
    })
    .from(jobFamilies)
    .innerJoin(departments, itsDepartment)
    .innerJoin(revisions, itsCurrentRevision);

type CardRow = Omit<FamilyCard, "levels" | "updatedAt"> & { updatedAt: Date | string; levels: LevelStub[] | string };

// postgres.js hands back JSON as text in some configurations; PGlite parses it.
const toCard = (row: CardRow): FamilyCard => ({
  ...row,
  updatedAt: new Date(row.updatedAt),
  levels: typeof row.levels === "string" ? (JSON.parse(row.levels) as LevelStub[]) : row.levels,
});

/** Every listed family with its levels' names and grades, optionally for one department, by department and title. */
export async function listFamilyCards(db: Database, department?: string): Promise<FamilyCard[]> {
  const rows = await familyCards(db).where(listed(department)).orderBy(asc(departments.name), asc(jobFamilies.title));
  return rows.map(toCard);
}

/** The `limit` listed families changed last, newest first. */
export async function listRecentlyChanged(db: Database, limit: number): Promise<FamilyCard[]> {
  const rows = await familyCards(db).where(listed()).orderBy(desc(jobFamilies.updatedAt), asc(jobFamilies.title)).limit(limit);
  return rows.map(toCard);
}

export type DepartmentSummary = {
  slug: string;
  name: string;
  families: number;
  /** Over every level of its families that states a grade; null when none does. */
  grades: { min: number; max: number } | null;
  updatedAt: Date;
};

/**
 * Each department with listed families: how many, their grade range and when one last changed,
 * in name order. What the home page shows, so that it stays one line per department however
 * many families there are.
 */
export async function listDepartments(db: Database): Promise<DepartmentSummary[]> {
  const grade = (fn: "min" | "max") => sql<number | null>`${sql.raw(fn)}((
    select ${sql.raw(fn)}((l->>'grade')::float8) from jsonb_array_elements(${revisions.document}->'levels') l
    where jsonb_typeof(l->'grade') = 'number'
  ))`;
  const rows = await db
    .select({
      slug: departments.slug,
      name: departments.name,
      families: sql<number>`count(*)::int`,
      minGrade: grade("min"),
      maxGrade: grade("max"),
      updatedAt: sql<Date | string>`max(${jobFamilies.updatedAt})`,
    })
    .from(jobFamilies)
    .innerJoin(departments, itsDepartment)
    .innerJoin(revisions, itsCurrentRevision)
    .where(listed())
    .groupBy(departments.slug, departments.name)
    .orderBy(asc(departments.name));
  return rows.map(({ minGrade, maxGrade, ...row }) => ({
    ...row,
    families: Number(row.families),
    grades: minGrade === null || maxGrade === null ? null : { min: Number(minGrade), max: Number(maxGrade) },
    updatedAt: new Date(row.updatedAt),
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
