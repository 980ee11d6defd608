import Link from "next/link";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { showFamilyLinks } from "@/app/_server/markdown-links";
import { levelAnchors } from "@/lib/families/anchors";
import type { Level } from "@/lib/families/document";
import { levelAbove } from "@/lib/families/levels";
import { departmentName } from "@/lib/families/names";
import { comparePath, departmentPagePath, familyPagePath } from "@/lib/families/paths";
import type { FamilyRevision } from "@/lib/families/queries";
import { ItemList } from "./item-list";
import { LevelSection } from "./level";
import { RevisionLine } from "./revision-line";

/**
 * One level on its own page: what a candidate or a new hire needs (and what prints as a handout),
 * with the family-wide expectations that apply to every level, and the way to the next level up.
 */
export function LevelView({ revision, level }: { revision: FamilyRevision; level: Level }) {
  const family = revision.document;
  // Markdown below resolves handbook links relative to this family's source page.
  // Its anchors are the level's; a link to another part of the family leads to the family page.
  showFamilyLinks({ department: family.department, slug: family.slug }, revision.sourcePath, new Set(levelAnchors(level)));
  const familyPath = familyPagePath(family.department, family.slug);
  const above = levelAbove(family, level);
  const here = { department: family.department, slug: family.slug, level: level.id };
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumbs
        trail={[
          { label: "Job families", href: "/" },
          { label: departmentName(family.department), href: departmentPagePath(family.department) },
          { label: family.title, href: familyPath },
          { label: level.title },
        ]}
      />
      <div className="mt-3">
        <LevelSection family={family} level={level} ownPage />
      </div>
      {(family.responsibilities.length > 0 || family.requirements.length > 0) && (
        <section className="mt-8" aria-labelledby="family-wide">
          <h2 id="family-wide" className="text-lg font-semibold">
            For every level of {family.title}
          </h2>
          <ItemList items={[...family.responsibilities, ...family.requirements]} />
        </section>
      )}
      <p className="no-print mt-8 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {above && (
          <Link href={comparePath(here, { ...here, level: above.id })} data-testid="compare-next">
            Compare with {above.title} →
          </Link>
        )}
        <Link href={`${familyPath}#${level.id}`}>See it in the whole family</Link>
      </p>
      <div className="mt-4">
        <RevisionLine department={family.department} slug={family.slug} revision={revision} />
      </div>
    </div>
  );
}
