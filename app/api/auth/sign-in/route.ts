import type { NextRequest } from "next/server";
import { getAuthConfig } from "@/lib/auth/config";
import { postToNextAuth } from "@/lib/auth/next-auth-call";
import { PROVIDER_ID } from "@/lib/auth/options";
import { SIGN_IN_PATH, safeCallbackUrl } from "@/lib/auth/paths";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { redirectWithCookies } from "@/lib/auth/redirect";

/**
 * The sign-in page's form posts here (public: this starts a session). A plain HTML form, so the
 * button works before, or without, the page's JavaScript. next-auth makes the state, PKCE and
 * nonce cookies and the address at the provider; the browser is sent there.
 */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return new Response("Sign-in must start from Ladder's sign-in page.", { status: 403 });
  const form = await request.formData().catch(() => new FormData());
  const callback = form.get("callbackUrl");
  const callbackUrl = safeCallbackUrl(typeof callback === "string" ? callback : null);
  const { location, setCookies } = await postToNextAuth(request, "signin", { callbackUrl }, PROVIDER_ID);
  // next-auth answers with the provider's address, or with its error page (our sign-in page).
  const base = getAuthConfig().url ?? request.nextUrl.origin;
  return redirectWithCookies(location ?? new URL(`${SIGN_IN_PATH}?error=OAuthSignin`, base).toString(), setCookies);
}
