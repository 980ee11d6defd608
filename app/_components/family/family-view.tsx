import type { ReactNode } from "react";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { showFamilyLinks } from "@/app/_server/markdown-links";
import { Markdown } from "@/app/_components/markdown";
import { familyContents } from "@/lib/families/contents";
import { departmentName } from "@/lib/families/names";
import type { FamilyRevision } from "@/lib/families/queries";
import { Contents } from "./contents";
import { FamilyDocument } from "./family-document";
import { RevisionLine } from "./revision-line";

type Props = { revision: FamilyRevision; banner?: ReactNode; ladder?: ReactNode };

/**
 * A family page's body, shared by the published page and the page as of a date: breadcrumbs,
 * title, revision line, the drawn ladder, the whole document and its table of contents.
 */
export function FamilyView({ revision, banner, ladder }: Props) {
  const family = revision.document;
  // Markdown below resolves handbook links relative to this family's source page.
  showFamilyLinks({ department: family.department, slug: family.slug }, revision.sourcePath);
  return (
    <>
      <header>
        <Breadcrumbs
          trail={[
            { label: "Job families", href: "/" },
            { label: departmentName(family.department), href: `/job-families/${family.department}` },
            { label: family.title },
          ]}
        />
        {banner}
        <h1 className="mt-2 text-3xl font-bold tracking-tight">{family.title}</h1>
        {family.description && <Markdown source={family.description} className="mt-2 text-slate-600" />}
        <div className="mt-3">
          <RevisionLine department={family.department} slug={family.slug} revision={revision} />
        </div>
      </header>
      <div className="with-toc mt-6">
        <article className="min-w-0">
          {ladder}
          <FamilyDocument family={family} />
        </article>
        <aside>
          <Contents entries={familyContents(family)} />
        </aside>
      </div>
    </>
  );
}
