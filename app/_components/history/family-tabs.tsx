import Link from "next/link";
import { departmentName } from "@/lib/families/names";
import { familyPagePath } from "@/lib/families/paths";

export type FamilyTab = "family" | "history" | "diff" | "blame";

const tabs: { tab: FamilyTab; label: string; suffix: string }[] = [
  { tab: "family", label: "Family", suffix: "" },
  { tab: "history", label: "History", suffix: "/history" },
  { tab: "diff", label: "Compare", suffix: "/diff" },
  { tab: "blame", label: "Blame", suffix: "/blame" },
];

/** The heading of a family's review pages: breadcrumb, title and the History / Compare / Blame tabs. */
export function FamilyTabs({ department, slug, title, current }: { department: string; slug: string; title: string; current: FamilyTab }) {
  const base = familyPagePath(department, slug);
  return (
    <header>
      <nav className="text-sm text-slate-500" aria-label="Breadcrumb">
        <Link href="/" className="hover:underline">
          Job families
        </Link>{" "}
        / {departmentName(department)} /{" "}
        <Link href={base} className="hover:underline">
          {title}
        </Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{title}</h1>
      <nav aria-label="Family views" className="mt-4 flex gap-1 border-b border-slate-200 text-sm">
        {tabs.map((t) => (
          <Link
            key={t.tab}
            href={base + t.suffix}
            aria-current={t.tab === current ? "page" : undefined}
            className={`-mb-px rounded-t-md border px-3 py-2 ${
              t.tab === current ? "border-slate-200 border-b-white bg-white font-semibold text-slate-900" : "border-transparent text-slate-600 hover:text-slate-900"
            }`}
          >
            {t.label}
          </Link>
        ))}
      </nav>
    </header>
  );
}
