import Link from "next/link";

const areas = [
  { href: "/admin/people", label: "People" },
  { href: "/admin/sign-in", label: "Sign-in" },
  { href: "/admin/activity", label: "Activity" },
] as const;

/** The admin area's own tabs; `current` is the page being shown. */
export function AdminNav({ current }: { current: (typeof areas)[number]["href"] }) {
  return (
    <nav aria-label="Admin" className="mb-6 flex gap-1 border-b border-slate-200 text-sm">
      {areas.map((area) => (
        <Link
          key={area.href}
          href={area.href}
          aria-current={area.href === current ? "page" : undefined}
          className={`-mb-px border-b-2 px-3 py-2 ${
            area.href === current ? "border-indigo-700 font-semibold text-indigo-800" : "border-transparent text-slate-600 hover:text-slate-900"
          }`}
        >
          {area.label}
        </Link>
      ))}
    </nav>
  );
}
