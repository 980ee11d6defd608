import type { Metadata } from "next";
import { ChangeList } from "@/app/_components/history/change-list";
import { FamilyTabs } from "@/app/_components/history/family-tabs";
import { PageProblem, loadOrExplain } from "@/app/_components/history/page-problem";
import { RevisionCard } from "@/app/_components/history/revision-card";
import { getDatabase } from "@/db/server";
import { requirePermission } from "@/lib/auth/session";
import { InvalidError } from "@/lib/errors";
import { getFamilyRevision } from "@/lib/families/queries";
import { familyPagePath } from "@/lib/families/paths";
import { compareRevisions, parseRevisionParam } from "@/lib/revisions/compare";
import { describeCounts } from "@/lib/revisions/diff";
import { RestoreForm } from "./restore-form";
import { followMovedFamily } from "@/app/_server/moved-family";

export const metadata: Metadata = { title: "Restore a revision" };

type Props = {
  params: Promise<{ department: string; family: string }>;
  searchParams: Promise<{ revision?: string | string[] }>;
};

/**
 * Confirmation before a restore (admins only): what the family would look like changed from now to
 * revision N. Restoring writes a new revision; nothing older is touched.
 */
export default async function RestorePage({ params, searchParams }: Props) {
  const { department, family: slug } = await params;
  await followMovedFamily(department, slug);
  await requirePermission("revision.restore", { department, family: slug });
  const requested = (await searchParams).revision;
  const base = familyPagePath(department, slug);

  const loaded = await loadOrExplain(async () => {
    const revision = parseRevisionParam(requested);
    if (revision === undefined) throw new InvalidError([{ path: "revision", message: "say which revision to restore: ?revision=N" }]);
    const db = await getDatabase();
    const now = await getFamilyRevision(db, department, slug);
    return compareRevisions(db, department, slug, { from: now.number, to: revision });
  });
  if (!loaded.ok) {
    return <PageProblem title="Restore a revision" message={loaded.message} href={`${base}/history`} linkText="Back to the history" />;
  }
  const comparison = loaded.value;
  const { from: current, to: target, diff } = comparison;

  return (
    <div>
      <FamilyTabs department={department} slug={slug} title={current.document.title} current="history" />
      <h2 className="mt-6 text-xl font-semibold">Restore revision {target.number}?</h2>
      <p className="mt-2 max-w-3xl text-slate-700">
        Restoring writes a new revision {current.number + 1} whose content equals revision {target.number}, with the summary
        &ldquo;Restored revision {target.number}&rdquo;. Every revision stays in the history; you can restore revision {current.number}{" "}
        the same way afterwards. Below is what changes from now: {describeCounts(diff.counts)}.
      </p>
      <div className="mt-4 grid gap-3 sm:grid-cols-2">
        <RevisionCard label="Now" revision={current} />
        <RevisionCard label="Restoring" revision={target} />
      </div>
      <RestoreForm
        department={department}
        slug={slug}
        revision={target.number}
        baseRevision={current.number}
        historyHref={`${base}/history`}
        nothingToRestore={diff.groups.length === 0}
      />
      <ChangeList diff={diff} view="side" />
    </div>
  );
}
