import type { Metadata } from "next";
import { headers } from "next/headers";
import { getDatabase } from "@/db/server";
import { grantsFromGroups } from "@/lib/access/group-roles";
import { describeGrant, formatScope } from "@/lib/access/roles";
import { getUser } from "@/lib/access/users";
import { getAuthConfig } from "@/lib/auth/config";
import { diagnoseSetup } from "@/lib/auth/diagnose";
import { getDiscovery } from "@/lib/auth/discovery";
import { requirePermission } from "@/lib/auth/session";
import { TitledSection } from "@/app/_components/titled-section";
import { AdminNav } from "../admin-nav";
import { DiscoveryFacts, Facts, LastSignInFacts, ProblemList } from "./setup-sections";

export const metadata: Metadata = { title: "Sign-in setup" };

/**
 * Where an admin sets up SSO without reading logs: what the provider says about itself, what
 * Ladder asks of it, what it sent at the admin's own last sign-in (values of email, name and
 * groups only; never tokens), what the role map makes of those groups, and what to change.
 */
export default async function SignInSetupPage() {
  const subject = await requirePermission("admin.sign-in");
  const { oidc, roleRules, url } = getAuthConfig();
  const [discovery, me] = await Promise.all([getDiscovery(oidc.issuer), getDatabase().then((db) => getUser(db, subject.id))]);
  const lastSignIn = me?.lastSignIn ?? null;
  const problems = diagnoseSetup({ oidc, roleRules, discovery, lastSignIn });
  const host = (await headers()).get("host");
  const site = (url ?? `http://${host}`).replace(/\/$/, "");
  const yields = lastSignIn?.groups ? grantsFromGroups(lastSignIn.groups, roleRules) : null;

  return (
    <div className="max-w-4xl">
      <AdminNav current="/admin/sign-in" />
      <h1 className="text-3xl font-bold tracking-tight">Sign-in</h1>
      <p className="mt-2 text-slate-600">
        How Ladder signs people in through {oidc.kind === "development" ? "the built-in development SSO" : oidc.issuer}, checked
        against what the provider says and what it sent when you last signed in. Settings are environment variables (README: SSO).
      </p>

      <section className="mt-8" aria-labelledby="problems-heading">
        <h2 id="problems-heading" className="text-lg font-semibold">
          Problems
        </h2>
        <ProblemList problems={problems} />
      </section>

      <section className="mt-8" aria-labelledby="settings-heading">
        <h2 id="settings-heading" className="text-lg font-semibold">
          Ladder&apos;s settings
        </h2>
        <Facts
          rows={[
            ["Issuer (LADDER_OIDC_ISSUER)", oidc.issuer],
            ["Client ID", oidc.clientId],
            ["Scopes (LADDER_OIDC_SCOPES)", oidc.scopes],
            ["Groups claim (LADDER_OIDC_GROUPS_CLAIM)", oidc.groupsClaim],
            ["Sign-out (LADDER_OIDC_LOGOUT)", oidc.logout === "provider" ? "provider: also ends the provider's session" : "local: Ladder's session only"],
            ["Redirect URI to register", `${site}/api/auth/callback/oidc`],
            ["Post-logout redirect URI to register", `${site}/sign-in`],
          ]}
        />
      </section>

      <section className="mt-8" aria-labelledby="provider-heading">
        <h2 id="provider-heading" className="text-lg font-semibold">
          The provider
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          From <code>{discovery.url}</code>
        </p>
        {discovery.ok ? <DiscoveryFacts document={discovery.document} /> : <p className="mt-2 text-red-800">Not readable: {discovery.error}</p>}
      </section>

      <TitledSection
        id="last-heading"
        title="Your last sign-in"
        empty={!lastSignIn}
        emptyText="Not recorded yet: sign out and in again to see what the provider sends."
      >
        {lastSignIn && <LastSignInFacts report={lastSignIn} />}
      </TitledSection>

      <TitledSection id="map-heading" title="Role map (LADDER_ROLE_MAP)" empty={roleRules.length === 0} emptyText="No group gives a role.">
        <table className="mt-3 w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-slate-600">
              <th className="py-2 pr-4 font-medium">Group</th>
              <th className="py-2 pr-4 font-medium">Role</th>
              <th className="py-2 font-medium">Scope</th>
            </tr>
          </thead>
          <tbody>
            {roleRules.map((rule) => (
              <tr key={`${rule.group}=${rule.role}:${formatScope(rule)}`} className="border-b border-slate-100">
                <td className="py-2 pr-4 font-mono">{rule.group}</td>
                <td className="py-2 pr-4">{rule.role}</td>
                <td className="py-2">{formatScope(rule)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3 text-sm" data-testid="map-yields">
          {yields === null
            ? "Your groups are not known yet, so what the map gives you cannot be shown."
            : yields.length === 0
              ? "For your groups, the map gives no role."
              : `For your groups, the map gives: ${yields.map(describeGrant).join("; ")}.`}
        </p>
      </TitledSection>
    </div>
  );
}
