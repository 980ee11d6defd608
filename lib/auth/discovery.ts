import { z } from "zod";

/**
 * The provider's OpenID Connect discovery document (/.well-known/openid-configuration), read
 * for sign-out (end_session_endpoint) and for Admin → Sign-in. next-auth reads its own copy for
 * sign-in. Cached briefly: sign-out must not wait on the provider every time, and a fixed
 * provider setting should show within a minute or so.
 */
const discoverySchema = z.looseObject({
  issuer: z.string(),
  authorization_endpoint: z.string().optional(),
  token_endpoint: z.string().optional(),
  userinfo_endpoint: z.string().optional(),
  jwks_uri: z.string().optional(),
  end_session_endpoint: z.string().optional(),
  scopes_supported: z.array(z.string()).optional(),
  claims_supported: z.array(z.string()).optional(),
  response_types_supported: z.array(z.string()).optional(),
  code_challenge_methods_supported: z.array(z.string()).optional(),
  token_endpoint_auth_methods_supported: z.array(z.string()).optional(),
  id_token_signing_alg_values_supported: z.array(z.string()).optional(),
});

export type Discovery = z.infer<typeof discoverySchema>;
export type DiscoveryResult = { url: string } & ({ ok: true; document: Discovery } | { ok: false; error: string });

const FRESH_MS = 60_000;
const RETRY_MS = 10_000;
const cache = new Map<string, { at: number; result: DiscoveryResult }>();

export function discoveryUrl(issuer: string): string {
  return `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
}

async function fetchDiscovery(url: string): Promise<DiscoveryResult> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000), headers: { accept: "application/json" } });
    if (!response.ok) return { url, ok: false, error: `it answered HTTP ${response.status}` };
    const parsed = discoverySchema.safeParse(await response.json());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { url, ok: false, error: `it is not a discovery document (${issue.path.join(".") || "document"}: ${issue.message})` };
    }
    return { url, ok: true, document: parsed.data };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { url, ok: false, error: cause ? `${(error as Error).message} (${cause})` : (error as Error).message };
  }
}

export async function getDiscovery(issuer: string): Promise<DiscoveryResult> {
  const url = discoveryUrl(issuer);
  const cached = cache.get(url);
  if (cached && Date.now() - cached.at < (cached.result.ok ? FRESH_MS : RETRY_MS)) return cached.result;
  const result = await fetchDiscovery(url);
  cache.set(url, { at: Date.now(), result });
  return result;
}
