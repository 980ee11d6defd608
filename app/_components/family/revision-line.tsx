import Link from "next/link";
import { familyPagePath } from "@/lib/families/paths";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });

type Props = {
  department: string;
  slug: string;
  revision: { number: number; authorName: string; createdAt: Date };
};

/** "Revision 4 · by Ana · 3 March 2026", leading to the family's history. */
export function RevisionLine({ department, slug, revision }: Props) {
  return (
    <p className="text-sm text-slate-600" data-testid="revision-line">
      <Link href={`${familyPagePath(department, slug)}/history`}>
        Revision {revision.number} · by {revision.authorName} · {dateFormat.format(revision.createdAt)}
      </Link>
    </p>
  );
}
