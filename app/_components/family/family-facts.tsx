import { type DepartmentSummary, type FamilyCard, gradeRange } from "@/lib/families/catalog";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** " · grades 9.5–12", " · grade 10", or nothing when no level states a grade. */
function grades(range: { min: number; max: number } | null): string {
  if (!range) return "";
  return range.min === range.max ? ` · grade ${range.min}` : ` · grades ${range.min}–${range.max}`;
}

function Facts({ count, range, changed }: { count: string; range: { min: number; max: number } | null; changed: Date }) {
  return (
    <span className="block text-sm text-slate-600">
      {count}
      {grades(range)} · changed <time dateTime={changed.toISOString()}>{dateFormat.format(changed)}</time>
    </span>
  );
}

/** "4 levels · grades 9.5–12 · changed 3 Mar 2026": a family at a glance. */
export function FamilyFacts({ family }: { family: FamilyCard }) {
  return <Facts count={plural(family.levels.length, "level", "levels")} range={gradeRange(family.levels)} changed={family.updatedAt} />;
}

/** "12 job families · grades 5–12 · changed 3 Mar 2026": a department at a glance. */
export function DepartmentFacts({ department }: { department: DepartmentSummary }) {
  return <Facts count={plural(department.families, "job family", "job families")} range={department.grades} changed={department.updatedAt} />;
}
