/** The "Department" filter of a GET form: every department, or all of them (empty value). */
export function DepartmentSelect({ departments, value }: { departments: { slug: string; name: string }[]; value: string | undefined }) {
  return (
    <label className="flex flex-col gap-1">
      Department
      <select name="department" defaultValue={value ?? ""} className="rounded-md border border-slate-300 bg-white px-2 py-1.5">
        <option value="">All departments</option>
        {departments.map((d) => (
          <option key={d.slug} value={d.slug}>
            {d.name}
          </option>
        ))}
      </select>
    </label>
  );
}
