import { type FamilyCard, gradeRange } from "@/lib/families/catalog";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** "4 levels · grades 9.5–12 · changed 3 Mar 2026": a family at a glance. */
export function FamilyFacts({ family }: { family: FamilyCard }) {
  const range = gradeRange(family.levels);
  const count = family.levels.length;
  const grades = range && (range.min === range.max ? `grade ${range.min}` : `grades ${range.min}–${range.max}`);
  return (
    <span className="block text-sm text-slate-600">
      {count} {count === 1 ? "level" : "levels"}
      {grades && ` · ${grades}`} · changed <time dateTime={family.updatedAt.toISOString()}>{dateFormat.format(family.updatedAt)}</time>
    </span>
  );
}
