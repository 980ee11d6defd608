import Link from "next/link";

export type Crumb = { label: string; href?: string };

/** Where this page sits: links up the hierarchy, the current page last and unlinked. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="crumbs text-sm text-slate-600">
      <ol className="flex flex-wrap gap-x-1">
        {trail.map((crumb, i) => (
          <li key={i}>
            {crumb.href ? <Link href={crumb.href}>{crumb.label}</Link> : <span aria-current="page">{crumb.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
