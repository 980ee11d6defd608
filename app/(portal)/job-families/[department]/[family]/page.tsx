import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FamilyView } from "@/app/_components/family/family-view";
import { getDatabase } from "@/db/server";
import { getSessionUser, requireUserPermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
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

export default async function FamilyPage(props: Params) {
  const { department, family } = await props.params;
  await requireUserPermission("family.read", { department, family });
  return <FamilyView revision={await load(props)} />;
}
