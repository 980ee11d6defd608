import type { Metadata } from "next";
import { getDatabase } from "@/db/server";
import { requirePermission } from "@/lib/auth/session";
import { listTokens } from "@/lib/tokens/tokens";
import { CreateTokenForm } from "./create-token-form";
import { TitledSection } from "@/app/_components/titled-section";
import { TokenTable } from "@/app/_components/token-table";
import { revokeTokenAction } from "./actions";

export const metadata: Metadata = { title: "Access tokens" };

export default async function TokensPage() {
  const subject = await requirePermission("token.manage-own");
  const tokens = await listTokens(await getDatabase(), subject.id);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Personal access tokens</h1>
      <p className="mt-2 text-slate-600">
        Scripts and integrations use a token to read Ladder&apos;s API as you, with your rights. Revoke a token as soon as
        it is no longer needed or may have leaked.
      </p>
      <p className="mt-2 text-slate-600">
        <strong>Feed tokens</strong> are made by <em>Subscribe (Atom)</em> on a family&apos;s history (or, for admins, on
        Activity): they sit in a feed reader&apos;s URL and read the Atom feeds only, never the API. They are listed and
        revoked here like the others.
      </p>
      <section className="mt-8 rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="new-token-heading">
        <h2 id="new-token-heading" className="mb-3 text-lg font-semibold">
          New token
        </h2>
        <CreateTokenForm />
      </section>
      <TitledSection id="your-tokens" title="Your tokens" empty={tokens.length === 0} emptyText="You have no tokens yet.">
        <TokenTable tokens={tokens} revoke={revokeTokenAction} />
      </TitledSection>
    </div>
  );
}
