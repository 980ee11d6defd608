import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FamilyDocument } from "@/app/_components/family/family-document";
import { Markdown } from "@/app/_components/markdown";
import { showFamilyLinks } from "@/app/_server/markdown-links";
import { getDatabase } from "@/db/server";
import { getSessionUser, requireUserPermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { departmentName } from "@/lib/families/names";
import { type FamilyRevision, getFamilyRevision } from "@/lib/families/queries";

type Params = { params: Promise<{ department: string; family: string }> };

async function load({ params }: Params): Promise<FamilyRevision> {
  const { department, family } = await params;
  try {
    return await getFamilyRevision(await getDatabase(), department, family);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  // Titles are content too: nothing about a family before the session is known.
  if (!(await getSessionUser())) return {};
  return { title: (await load(props)).document.title };
}

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });

export default async function FamilyPage(props: Params) {
  const { department, family: slug } = await props.params;
  await requireUserPermission("family.read", { department, family: slug });
  const revision = await load(props);
  const family = revision.document;
  showFamilyLinks({ department: family.department, slug: family.slug }, revision.sourcePath);
  return (
    <div className="lg:grid lg:grid-cols-[1fr_16rem] lg:gap-10">
      <article>
        <nav className="text-sm text-slate-500" aria-label="Breadcrumb">
          <Link href="/" className="hover:underline">
            Job families
          </Link>{" "}
          /{" "}
          <Link href={`/#${family.department}`} className="hover:underline">
            {departmentName(family.department)}
          </Link>
        </nav>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">{family.title}</h1>
        {family.description && <Markdown source={family.description} className="mt-2 text-slate-600" />}
        <p className="mt-3 text-sm text-slate-500" data-testid="revision-line">
          Revision {revision.number}, by {revision.authorName}, on {dateFormat.format(revision.createdAt)}
        </p>
        <div className="mt-6">
          <FamilyDocument family={family} />
        </div>
      </article>
      {family.levels.length > 0 && (
        <aside className="hidden lg:block">
          <nav className="sticky top-20 rounded-xl border border-slate-200 bg-white p-4 text-sm" aria-label="Levels">
            <h2 className="mb-2 font-semibold text-slate-900">Levels</h2>
            <ol className="space-y-1.5">
              {family.levels.map((level) => (
                <li key={level.id} className="flex justify-between gap-2">
                  <a href={`#${level.id}`} className="text-indigo-700 hover:underline">
                    {level.title}
                  </a>
                  {level.grade !== null && <span className="text-slate-500">{level.grade}</span>}
                </li>
              ))}
            </ol>
          </nav>
        </aside>
      )}
    </div>
  );
}
