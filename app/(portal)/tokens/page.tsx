import type { Metadata } from "next";
import { getDatabase } from "@/db/server";
import { requirePermission } from "@/lib/auth/session";
import { listTokens } from "@/lib/tokens/tokens";
import { CreateTokenForm } from "./create-token-form";
import { ActionButton } from "@/app/_components/action-button";
import { revokeTokenAction } from "./actions";
import { formatTime } from "./format-time";

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
      <section className="mt-8 rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="new-token-heading">
        <h2 id="new-token-heading" className="mb-3 text-lg font-semibold">
          New token
        </h2>
        <CreateTokenForm />
      </section>
      <section className="mt-8" aria-labelledby="your-tokens">
        <h2 id="your-tokens" className="text-lg font-semibold">
          Your tokens
        </h2>
        {tokens.length === 0 ? (
          <p className="mt-2 text-slate-600">You have no tokens yet.</p>
        ) : (
          <table className="mt-3 w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-slate-600">
                <th className="py-2 pr-4 font-medium">Name</th>
                <th className="py-2 pr-4 font-medium">Created</th>
                <th className="py-2 pr-4 font-medium">Last used</th>
                <th className="py-2 font-medium">
                  <span className="sr-only">Status</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} className="border-b border-slate-100" data-testid="token-row">
                  <td className="py-2 pr-4 font-medium">{token.name}</td>
                  <td className="py-2 pr-4 text-slate-600">{formatTime(token.createdAt)}</td>
                  <td className="py-2 pr-4 text-slate-600">{token.lastUsedAt ? formatTime(token.lastUsedAt) : "Never"}</td>
                  <td className="py-2 text-right">
                    {token.revokedAt ? (
                      <span className="text-slate-500">Revoked {formatTime(token.revokedAt)}</span>
                    ) : (
                      <ActionButton
                        action={revokeTokenAction}
                        fields={{ tokenId: token.id }}
                        label="Revoke"
                        ariaLabel={`Revoke token ${token.name}`}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
