import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { FamilyFacts } from "@/app/_components/family/family-facts";
import { getDatabase } from "@/db/server";
import { requireReaderViaProxy } from "@/lib/auth/session";
import { byGrade, listFamilyCards } from "@/lib/families/catalog";
import { familyPagePath, levelPagePath } from "@/lib/families/paths";

type Params = { params: Promise<{ department: string }> };

// Static, like the family page (see there): served from the page cache until a family changes.
export const dynamic = "error";
export const generateStaticParams = () => [];

async function load({ params }: Params) {
  const { department } = await params;
  const families = await listFamilyCards(await getDatabase(), department);
  // A department is known by its families: one with none published is nothing to show.
  if (families.length === 0) notFound();
  return { name: families[0].departmentName, families };
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  return { title: (await load(props)).name };
}

/** `/job-families/{department}`: the department's families, each with its levels by grade. */
export default async function DepartmentPage(props: Params) {
  const { department } = await props.params;
  requireReaderViaProxy("family.read", { department });
  const { name, families } = await load(props);
  return (
    <>
      <Breadcrumbs trail={[{ label: "Job families", href: "/" }, { label: name }]} />
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{name}</h1>
      <p className="mt-2 text-slate-600">
        {families.length} job {families.length === 1 ? "family" : "families"}.{" "}
        <Link href={`/grades?department=${department}`}>See them on the grade map</Link>
      </p>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        {families.map((family) => (
          <section key={family.slug} className="card" aria-labelledby={`f-${family.slug}`}>
            <h2 id={`f-${family.slug}`} className="text-lg font-semibold">
              <Link href={familyPagePath(family.department, family.slug)}>{family.title}</Link>
            </h2>
            <FamilyFacts family={family} />
            {family.levels.length > 0 && (
              <ol className="levels mt-3">
                {byGrade(family.levels).map((level) => (
                  <li key={level.id}>
                    <Link href={levelPagePath(family.department, family.slug, level.id)}>{level.title}</Link>
                    {level.grade !== null && <span className="grade">{level.grade}</span>}
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
