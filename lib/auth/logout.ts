import "server-only";
import { type AuthConfig } from "./config";
import { getDiscovery } from "./discovery";
import { SIGN_IN_PATH } from "./paths";

/**
 * Where the browser goes after Ladder's session is gone. With LADDER_OIDC_LOGOUT=provider (the
 * default) and a provider that offers RP-initiated logout (end_session_endpoint in discovery),
 * to the provider, which ends its own session and sends the browser back to Ladder's sign-in
 * page; without it, a shared machine's next user would sign in as the last one without a
 * password. Otherwise, or when the provider cannot be asked, straight to the sign-in page.
 */
export async function afterSignOutUrl(config: AuthConfig, siteOrigin: string, idToken: string | undefined): Promise<string> {
  const signInPage = new URL(SIGN_IN_PATH, siteOrigin).toString();
  if (config.oidc.logout !== "provider" || !idToken) return signInPage;
  const discovery = await getDiscovery(config.oidc.issuer);
  if (!discovery.ok) {
    console.warn(`Ladder: sign-out ends only Ladder's session: the provider's discovery could not be read (${discovery.error})`);
    return signInPage;
  }
  const endSession = discovery.document.end_session_endpoint;
  if (!endSession) return signInPage;
  const url = new URL(endSession);
  url.searchParams.set("id_token_hint", idToken);
  url.searchParams.set("post_logout_redirect_uri", signInPage);
  url.searchParams.set("client_id", config.oidc.clientId);
  return url.toString();
}
