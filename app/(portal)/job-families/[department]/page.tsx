import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { HtmlOnce } from "@/app/_components/html-once/html-once";
import { getDatabase } from "@/db/server";
import { requireReaderViaProxy } from "@/lib/auth/session";
import { listFamilyCards } from "@/lib/families/catalog";
import { familyCardsHtml } from "@/lib/families/html/catalog";
import { departmentPagePath } from "@/lib/families/paths";

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

/**
 * `/job-families/{department}`: the department's families, each with its levels by grade, as HTML
 * carried once (HtmlOnce), not a React tree: with a thousand families a department holds dozens.
 */
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
      <HtmlOnce html={familyCardsHtml(families)} src={departmentPagePath(department)} part="families" className="mt-6" />
    </>
  );
}
