import type { NextRequest } from "next/server";
import { getAuthConfig } from "@/lib/auth/config";
import { decodeSession, readSessionCookie, sessionCookieName } from "@/lib/auth/jwt";
import { afterSignOutUrl } from "@/lib/auth/logout";
import { postToNextAuth } from "@/lib/auth/next-auth-call";
import { SIGN_IN_PATH } from "@/lib/auth/paths";
import { redirectWithCookies } from "@/lib/auth/redirect";
import { isSameOrigin } from "@/lib/auth/same-origin";

/**
 * "Sign out" posts here (public: without a session there is simply nothing to end). next-auth
 * clears Ladder's session cookies; then, with LADDER_OIDC_LOGOUT=provider, the browser goes on to
 * the provider to end the SSO session too (lib/auth/logout.ts).
 */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return new Response("Sign-out must come from a Ladder page.", { status: 403 });
  const config = getAuthConfig();
  const session = await decodeSession(
    readSessionCookie(request.cookies.getAll(), sessionCookieName(config.secureCookies)),
    config.secret,
  );
  const { setCookies } = await postToNextAuth(request, "signout", { callbackUrl: SIGN_IN_PATH });
  const origin = config.url ?? request.nextUrl.origin;
  return redirectWithCookies(await afterSignOutUrl(config, origin, session?.idt), setCookies);
}
