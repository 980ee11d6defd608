import type { Metadata } from "next";
import { LevelView } from "@/app/_components/family/level-view";
import { redirectHandbookAddress } from "@/app/_server/handbook-redirect";
import { getDatabase } from "@/db/server";
import { getSessionUser, requireUserPermission } from "@/lib/auth/session";
import type { Level } from "@/lib/families/document";
import { NotFoundError } from "@/lib/errors";
import { type FamilyRevision, getFamilyRevision } from "@/lib/families/queries";

type Params = { params: Promise<{ department: string; family: string; level: string }> };

/** The family and the level the address names, or null when it is not a level of a family. */
async function load({ params }: Params): Promise<{ revision: FamilyRevision; level: Level } | null> {
  const { department, family, level } = await params;
  try {
    const revision = await getFamilyRevision(await getDatabase(), department, family);
    const found = revision.document.levels.find((l) => l.id === level);
    return found ? { revision, level: found } : null;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  // Titles are content too: nothing about a family before the session is known.
  if (!(await getSessionUser())) return {};
  const found = await load(props);
  return found ? { title: `${found.level.title} · ${found.revision.document.title}` } : {};
}

/**
 * `/job-families/{department}/{family}/{level}`: a level of a family on its own page, or else an
 * old handbook address of a nested family (`/job-families/engineering/infrastructure/site-reliability-engineer`),
 * which redirects to the family or level it names.
 */
export default async function LevelPage(props: Params) {
  const { department, family, level } = await props.params;
  await requireUserPermission("family.read", { department, family });
  const found = await load(props);
  if (found) return <LevelView revision={found.revision} level={found.level} />;
  return redirectHandbookAddress([department, family, level]);
}
