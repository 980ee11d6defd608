import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ArchivedBanner } from "@/app/_components/family/archived-banner";
import { EditLink } from "@/app/_components/family/edit-link";
import { FamilyView } from "@/app/_components/family/family-view";
import { familyUrl } from "@/app/api/v1/present";
import { familyLadder } from "@/app/_server/family-ladder";
import { getDatabase } from "@/db/server";
import { requireReaderViaProxy } from "@/lib/auth/session";
import { movedTo } from "@/lib/editing/lifecycle";
import { NotFoundError } from "@/lib/errors";
import { familyPagePath } from "@/lib/families/paths";
import { type RenderedFamily, getRenderedFamily } from "@/lib/families/rendered";
import { handbookUrlFromEnv } from "@/lib/markdown/handbook-url";

/*
 * A static page: rendered on its first request, then served from the page cache
 * (lib/server/page-cache.mjs) to every reader until a family changes. It must not read cookies
 * or headers ("error" makes Next refuse it): the proxy checked the session, and anything per
 * user (the account menu, an Edit button) is a client island that asks /api/v1/me
 * (app/_components/viewer.tsx). Saves call familyChanged() (app/_server/family-changed.ts).
 */
export const dynamic = "error";
export const generateStaticParams = () => [];

type Params = { params: Promise<{ department: string; family: string }> };

const load = cache(async (department: string, slug: string): Promise<RenderedFamily> => {
  try {
    return await getRenderedFamily(await getDatabase(), department, slug, handbookUrlFromEnv());
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    // A renamed or moved family keeps its old address working.
    const moved = await movedTo(await getDatabase(), { department, slug });
    if (moved) permanentRedirect(familyPagePath(moved.department, moved.slug));
    notFound();
  }
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { department, family } = await params;
  return { title: (await load(department, family)).title };
}

export default async function FamilyPage({ params }: Params) {
  const { department, family } = await params;
  requireReaderViaProxy("family.read", { department, family });
  const rendered = await load(department, family); // first: an unknown family is a 404
  return (
    <FamilyView
      family={rendered}
      documentSrc={`${familyUrl(department, family)}/revisions/${rendered.revision.number}/html`}
      ladder={await familyLadder(department, family)}
      actions={<EditLink department={department} slug={family} href={`${familyPagePath(department, family)}/edit`} />}
      banner={<ArchivedBanner department={department} slug={family} />}
    />
  );
}
