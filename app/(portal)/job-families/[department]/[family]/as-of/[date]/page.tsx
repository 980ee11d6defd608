import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState } from "@/app/_components/empty-state";
import { FamilyView } from "@/app/_components/family/family-view";
import { familyLadder } from "@/app/_server/family-ladder";
import { getDatabase } from "@/db/server";
import { getSessionUser, requireUserPermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { endOfDay, parseDay } from "@/lib/families/as-of";
import { familyPagePath } from "@/lib/families/paths";
import { type FamilyRevision, getFamilyRevisionBefore } from "@/lib/families/queries";
import { renderPastRevision } from "@/lib/families/rendered";
import { handbookUrlFromEnv } from "@/lib/markdown/handbook-url";
import { followMovedFamily } from "@/app/_server/moved-family";

type Params = { params: Promise<{ department: string; family: string; date: string }> };

const dayFormat = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  if (!(await getSessionUser())) return {};
  const { date } = await params;
  return { title: `As of ${date}` };
}

/** A page with nothing of the family to show still says where the reader is. */
function Nothing({ date, children }: { date: string; children: React.ReactNode }) {
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold tracking-tight">As of {date}</h1>
      {children}
    </>
  );
}

function rendered(revision: FamilyRevision) {
  const { department, slug, title } = revision.document;
  return { department, slug, title, revision, ...renderPastRevision(revision, handbookUrlFromEnv()) };
}

/**
 * A family as it was at the end of a day (UTC). proxy.ts rewrites `/job-families/{d}/{f}?asOf=…`
 * here, so the published family page stays static and never reads the query string. Rare, so
 * rendered per request (and an old revision's HTML is not stored).
 */
export default async function FamilyAsOfPage({ params }: Params) {
  const { department, family, date } = await params;
  // The reader asked for `…?asOf=` (proxy.ts rewrites it here): the same at the new address.
  await followMovedFamily(department, family, `?asOf=${encodeURIComponent(date)}`);
  await requireUserPermission("history.read", { department, family });
  const today = familyPagePath(department, family);
  const day = parseDay(date);
  if (!day) {
    return (
      <Nothing date={date}>
        <EmptyState title={`“${date}” is not a date`}>
          Give the day as YEAR-MONTH-DAY, e.g. <code>?asOf=2024-03-01</code>. <Link href={today}>See the family as it is today</Link>.
        </EmptyState>
      </Nothing>
    );
  }
  let revision;
  try {
    revision = await getFamilyRevisionBefore(await getDatabase(), department, family, endOfDay(day));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const shownDay = dayFormat.format(new Date(`${day}T00:00:00Z`));
  if (!revision) {
    return (
      <Nothing date={date}>
        <EmptyState title={`This family had not been written yet on ${shownDay}`}>
          <Link href={today}>See the family as it is today</Link>.
        </EmptyState>
      </Nothing>
    );
  }
  const banner = (
    <p className="as-of-banner" role="status" data-testid="as-of-banner">
      You are reading this family as it was at the end of {shownDay} (UTC): revision {revision.number}.{" "}
      <Link href={today}>See it as it is today</Link>
    </p>
  );
  const ladder = await familyLadder(department, family, revision.document);
  return <FamilyView family={rendered(revision)} banner={banner} ladder={ladder} />;
}
