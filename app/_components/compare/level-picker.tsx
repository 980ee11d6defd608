import type { FamilyCard } from "@/lib/families/catalog";
import { byGrade } from "@/lib/families/catalog";
import { levelReference } from "@/lib/families/paths";

type Props = { families: FamilyCard[]; a: string; b: string };

function LevelSelect({ name, label, families, value }: { name: string; label: string; families: FamilyCard[]; value: string }) {
  return (
    <label className="flex min-w-0 flex-1 flex-col gap-1">
      {label}
      <select name={name} defaultValue={value} className="rounded-md border border-slate-300 bg-white px-2 py-1.5" required>
        <option value="">Choose a level…</option>
        {families.map((family) => (
          <optgroup key={`${family.department}/${family.slug}`} label={`${family.departmentName} · ${family.title}`}>
            {byGrade(family.levels).map((level) => (
              <option key={level.id} value={levelReference({ department: family.department, slug: family.slug, level: level.id })}>
                {level.title}
                {level.grade !== null ? ` (${level.grade})` : ""}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

/** Two levels to compare, from any families: a plain GET form, so it works without scripts. */
export function LevelPicker({ families, a, b }: Props) {
  return (
    <form method="get" action="/compare" className="no-print flex flex-wrap items-end gap-3 text-sm">
      <LevelSelect name="a" label="First level" families={families} value={a} />
      <LevelSelect name="b" label="Second level" families={families} value={b} />
      <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white">
        Compare
      </button>
    </form>
  );
}
