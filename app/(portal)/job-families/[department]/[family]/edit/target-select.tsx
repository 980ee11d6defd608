"use client";

import type { NextStep } from "@/lib/families/document";
import { pathName } from "@/lib/revisions/merge";
import { FieldError, fieldId, useEditor } from "./editor-context";
import { inputClass } from "./schema-field";

type Target = NonNullable<NextStep["target"]>;

/** The next step of a career ladder: any level of any family, posted as the target's JSON. */
export function TargetSelect({ name, value, label }: { name: string; value: Target | null; label: string }) {
  const { targets, setAt } = useEditor();
  const id = fieldId(name);
  const current = value ? JSON.stringify(value) : "";
  const options = targets.map((t) => ({
    value: JSON.stringify({ department: t.department, family: t.family, level: t.level }),
    label: `${t.familyTitle} — ${t.levelTitle}`,
  }));
  // A target as imported (e.g. "same family", written without department) stays selectable as is.
  if (current && !options.some((o) => o.value === current)) {
    options.unshift({ value: current, label: `As written: ${[value?.department, value?.family, value?.level].filter(Boolean).join(" / ")}` });
  }
  const path = name.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label} level
      </label>
      <select id={id} name={name} value={current} onChange={(e) => setAt(path, e.target.value ? JSON.parse(e.target.value) : null)} className={inputClass}>
        <option value="">No link</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError name={pathName(path)} />
    </div>
  );
}
