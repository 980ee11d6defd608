import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDatabase } from "@/db/server";
import { requirePermission } from "@/lib/auth/session";
import { loadCheckSettings, loadLinkIndex } from "@/lib/checks/store";
import { levelTargets } from "@/lib/editing/level-targets";
import { NotFoundError } from "@/lib/errors";
import { familyPagePath } from "@/lib/families/paths";
import { getFamilyRevision } from "@/lib/families/queries";
import { can } from "@/lib/access/policy";
import { archivedAt } from "@/lib/editing/lifecycle";
import { FamilyEditor } from "./editor";
import { ManageFamily } from "./manage-family";
import { followMovedFamily } from "@/app/_server/moved-family";

type Props = {
  params: Promise<{ department: string; family: string }>;
  searchParams: Promise<{ level?: string | string[] }>;
};

export const metadata: Metadata = { title: "Edit job family" };

/** The edit form of a family, or of one of its levels (`?level=<id>`), for editors of the family. */
export default async function EditFamilyPage(props: Props) {
  const { department, family: slug } = await props.params;
  await followMovedFamily(department, slug);
  const subject = await requirePermission("family.edit", { department, family: slug });
  const db = await getDatabase();
  const revision = await getFamilyRevision(db, department, slug).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { level } = await props.searchParams;
  const levelIndex = typeof level === "string" ? revision.document.levels.findIndex((l) => l.id === level) : -1;
  if (typeof level === "string" && levelIndex < 0) notFound();
  const scope = levelIndex >= 0 ? `levels.${levelIndex}` : "";
  const familyPath = familyPagePath(department, slug);
  return (
    <div>
      <nav className="text-sm text-slate-500" aria-label="Breadcrumb">
        <Link href={familyPath} className="hover:underline">
          {revision.document.title}
        </Link>
        {scope && (
          <>
            {" / "}
            <Link href={`${familyPath}/edit`} className="hover:underline">
              Edit the whole family
            </Link>
          </>
        )}
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">
        Edit {scope ? revision.document.levels[levelIndex].title : revision.document.title}
      </h1>
      <FamilyEditor
        department={department}
        slug={slug}
        document={revision.document}
        revision={revision.number}
        scope={scope}
        targets={await levelTargets(db)}
        checks={{ settings: await loadCheckSettings(db), index: await loadLinkIndex(db) }}
      />
      {!scope && can(subject, "family.create", { department }) && (
        <ManageFamily department={department} slug={slug} archived={(await archivedAt(db, { department, slug })) !== null} />
      )}
    </div>
  );
}
