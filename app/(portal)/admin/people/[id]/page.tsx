import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDatabase } from "@/db/server";
import { listAuditEvents, userTarget } from "@/lib/access/audit";
import { listGrantsOfUser } from "@/lib/access/grants";
import { describeGrant } from "@/lib/access/roles";
import { getUser } from "@/lib/access/users";
import { requirePermission } from "@/lib/auth/session";
import { listTokens } from "@/lib/tokens/tokens";
import { formatTime } from "@/app/_components/format-time";
import { ActionButton } from "@/app/_components/action-button";
import { revokeGrantAction, revokeUserTokenAction } from "../actions";
import { GrantForm } from "../grant-form";
import { TitledSection } from "@/app/_components/titled-section";
import { TokenTable } from "@/app/_components/token-table";

export const metadata: Metadata = { title: "Person" };

type Props = { params: Promise<{ id: string }> };

export default async function PersonPage({ params }: Props) {
  await requirePermission("admin.people");
  const { id } = await params;
  const db = await getDatabase();
  const user = /^\d{1,9}$/.test(id) ? await getUser(db, Number(id)) : undefined;
  if (!user) notFound();
  const [grants, tokens, events] = await Promise.all([
    listGrantsOfUser(db, user.id),
    listTokens(db, user.id),
    listAuditEvents(db, userTarget(user.email)),
  ]);

  return (
    <div className="max-w-4xl">
      <nav className="text-sm text-slate-500" aria-label="Breadcrumb">
        <Link href="/admin/people" className="hover:underline">
          People
        </Link>
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{user.name ?? user.email}</h1>
      <p className="mt-1 text-slate-600">
        {user.email} · {user.lastSeenAt ? `last signed in ${formatTime(user.lastSeenAt)}` : "has not signed in yet"}
        {user.groups.length > 0 && <> · groups: {user.groups.join(", ")}</>}
      </p>

      <TitledSection
        id="roles-heading"
        title="Roles"
        empty={grants.length === 0}
        emptyText="No roles: reads everything, edits nothing."
      >
        <ul className="mt-3 divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="grants">
          {grants.map((grant) => (
            <li key={grant.id} className="flex items-center justify-between gap-4 px-4 py-3">
              <span>
                <span className="font-medium">{describeGrant(grant)}</span>
                <span className="ml-2 text-sm text-slate-500">
                  {grant.source === "group" ? "from identity-provider groups" : "granted by an admin"}
                </span>
              </span>
              {grant.source === "admin" && (
                <ActionButton
                  action={revokeGrantAction}
                  fields={{ grantId: grant.id }}
                  label="Revoke"
                  ariaLabel={`Revoke ${describeGrant(grant)}`}
                />
              )}
            </li>
          ))}
        </ul>
      </TitledSection>
      <div className="mt-4 rounded-xl border border-slate-200 bg-white p-5">
        <h3 className="mb-3 font-semibold">Grant a role</h3>
        <GrantForm email={user.email} />
      </div>

      <TitledSection id="tokens-heading" title="Access tokens" empty={tokens.length === 0} emptyText="No tokens.">
        <TokenTable tokens={tokens} revoke={revokeUserTokenAction} revokeFields={{ userId: user.id }} />
      </TitledSection>

      <TitledSection
        id="audit-heading"
        title="Recent changes"
        empty={events.length === 0}
        emptyText="Nothing recorded yet."
      >
        <ol className="mt-3 space-y-1 text-sm">
          {events.map((event) => (
            <li key={event.id}>
              <span className="text-slate-500">{formatTime(event.at)}</span> · {event.actorName} · {event.action}
              {typeof event.details.summary === "string" && <> — {event.details.summary}</>}
              {typeof event.details.name === "string" && <> — {event.details.name}</>}
            </li>
          ))}
        </ol>
      </TitledSection>
    </div>
  );
}
