import { type FamilyCard, type LevelStub, groupByDepartment } from "./catalog";

export type PlacedLevel = LevelStub & { department: string; slug: string; familyTitle: string };
export type GradeRow = { grade: number | null; cells: PlacedLevel[][] };
export type GradeMap = { departments: { slug: string; name: string }[]; rows: GradeRow[] };

/**
 * Every level placed by grade (highest first, ungraded last) in one column per department: the
 * answer to "which roles sit at grade 10?".
 */
export function gradeMap(cards: FamilyCard[]): GradeMap {
  const departments = groupByDepartment(cards).map(({ slug, name }) => ({ slug, name }));
  const column = new Map(departments.map((d, i) => [d.slug, i]));
  const rows = new Map<number | null, PlacedLevel[][]>();
  for (const card of cards) {
    for (const level of card.levels) {
      const cells = rows.get(level.grade) ?? departments.map(() => []);
      cells[column.get(card.department)!].push({ ...level, department: card.department, slug: card.slug, familyTitle: card.title });
      rows.set(level.grade, cells);
    }
  }
  const grades = [...rows.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : b - a));
  return { departments, rows: grades.map((grade) => ({ grade, cells: rows.get(grade)! })) };
}
