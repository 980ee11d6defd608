import type { ActionState } from "@/lib/auth/action-state";
import type { TokenListing } from "@/lib/tokens/tokens";
import { ActionButton } from "./action-button";
import { formatTime } from "./format-time";

type Props = {
  tokens: TokenListing[];
  revoke: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Fields the revoke action needs besides `tokenId` (the admin page names the owner too). */
  revokeFields?: Record<string, number>;
};

/** A person's tokens (API and feed), newest first: never the token itself, only its name, kind and when it was used. */
export function TokenTable({ tokens, revoke, revokeFields = {} }: Props) {
  return (
    <table className="mt-3 w-full border-collapse text-left text-sm">
      <thead>
        <tr className="border-b border-slate-200 text-slate-600">
          <th className="py-2 pr-4 font-medium">Name</th>
          <th className="py-2 pr-4 font-medium">Kind</th>
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
            <td className="py-2 pr-4 text-slate-600">{token.kind === "feed" ? "Feed (reads the Atom feeds only)" : "API"}</td>
            <td className="py-2 pr-4 text-slate-600">{formatTime(token.createdAt)}</td>
            <td className="py-2 pr-4 text-slate-600">{token.lastUsedAt ? formatTime(token.lastUsedAt) : "Never"}</td>
            <td className="py-2 text-right">
              {token.revokedAt ? (
                <span className="text-slate-500">Revoked {formatTime(token.revokedAt)}</span>
              ) : (
                <ActionButton
                  action={revoke}
                  fields={{ ...revokeFields, tokenId: token.id }}
                  label="Revoke"
                  ariaLabel={`Revoke token ${token.name}`}
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
