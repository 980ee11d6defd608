import "server-only";
import { eq } from "drizzle-orm";
import type { AuthOptions, Profile } from "next-auth";
import { users } from "../../db/schema";
import { getDatabase } from "../../db/server";
import { SignInRefusedError, recordSignIn } from "../access/users";
import { type Claims, type GroupsSource, completeClaims, emailFrom, signInProfileFrom, text } from "./claims";
import { getAuthConfig } from "./config";
import { decodeSession, encodeSession } from "./jwt";
import { SIGN_IN_PATH } from "./paths";
import { refusalCode } from "./refusals";

/** next-auth's provider id; it appears in /api/auth/callback/oidc, which IdPs must allow as redirect URI. */
export const PROVIDER_ID = "oidc";

let options: AuthOptions | undefined;

/** Where the groups came from, carried on the profile from the userinfo step to the signIn callback. */
const GROUPS_SOURCE = Symbol("ladder.groupsSource");
type SourcedClaims = Claims & { [GROUPS_SOURCE]?: GroupsSource };

/** Built on first use rather than at import, so `next build` never needs auth configuration. */
export function getAuthOptions(): AuthOptions {
  if (options) return options;
  const config = getAuthConfig();
  // Without NEXTAUTH_URL (development only; production requires it) next-auth would assume
  // http://localhost:3000; trusting the Host header makes 127.0.0.1 and other ports work.
  if (!config.url && !config.production) process.env.AUTH_TRUST_HOST ??= "1";

  options = {
    secret: config.secret,
    useSecureCookies: config.secureCookies,
    session: { strategy: "jwt", maxAge: config.sessionMaxAgeSeconds },
    jwt: {
      maxAge: config.sessionMaxAgeSeconds,
      encode: ({ token, secret, maxAge }) =>
        encodeSession(token ?? {}, String(secret), maxAge ?? config.sessionMaxAgeSeconds),
      decode: async ({ token, secret }) => decodeSession(token, String(secret)),
    },
    pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
    providers: [
      {
        id: PROVIDER_ID,
        name: config.oidc.displayName,
        type: "oauth",
        wellKnown: `${config.oidc.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
        issuer: config.oidc.issuer,
        clientId: config.oidc.clientId,
        clientSecret: config.oidc.clientSecret,
        authorization: {
          params: {
            scope: config.oidc.scopes,
            // The development provider always shows its form, so one browser can switch demo accounts.
            ...(config.oidc.kind === "development" ? { prompt: "login" } : {}),
          },
        },
        idToken: true,
        // The profile is the ID token's claims, completed from the userinfo endpoint when the
        // token lacks the groups claim or an email (lib/auth/claims.ts says why).
        userinfo: {
          async request({ tokens, client }) {
            // With idToken: true, next-auth hands over openid-client's TokenSet, whose claims()
            // are the ID token's, already verified (signature, issuer, audience, nonce).
            const idTokenClaims = (tokens as unknown as { claims(): Claims }).claims();
            const { claims, groupsSource } = await completeClaims(idTokenClaims, config.oidc.groupsClaim, async () =>
              tokens.access_token ? ((await client.userinfo(tokens.access_token)) as Claims) : {},
            );
            const sourced: SourcedClaims = { ...claims, [GROUPS_SOURCE]: groupsSource };
            return sourced as Profile;
          },
        },
        // nonce binds the ID token to this browser's sign-in (no replay of a token issued for
        // another one); some providers (Glewlwyd) refuse an authorization request without it.
        // next-auth keeps it in a signed cookie and openid-client compares it with the token's.
        checks: ["pkce", "state", "nonce"],
        profile: (claims: Claims) => ({
          id: String(claims.sub),
          email: emailFrom(claims)?.email ?? null,
          name: text(claims.name) ?? text(claims.preferred_username),
        }),
      },
    ],
    callbacks: {
      // Every sign-in refreshes the user row and the roles their IdP groups give them.
      async signIn({ account, profile }) {
        if (!account || !profile) return false;
        const claims = profile as SourcedClaims;
        const groupsSource = claims[GROUPS_SOURCE] ?? "id_token";
        const signInProfile = signInProfileFrom(account.providerAccountId, claims, config.oidc.groupsClaim, groupsSource);
        if (groupsSource === "missing") {
          console.warn(
            `Ladder: sign-in of ${signInProfile.email || account.providerAccountId}: the groups claim ` +
              `"${config.oidc.groupsClaim}" was in neither the ID token nor the userinfo response; their roles from groups ` +
              `are left as they were. Check LADDER_OIDC_GROUPS_CLAIM and the provider's groups setting (Admin → Sign-in).`,
          );
        }
        try {
          await recordSignIn(await getDatabase(), signInProfile, config.roleRules);
          return true;
        } catch (error) {
          if (error instanceof SignInRefusedError) {
            console.warn(`Ladder: sign-in refused (${error.reason}): ${error.message}`);
            // next-auth redirects to a string; the sign-in page says the reason in words.
            return `${SIGN_IN_PATH}?error=${refusalCode(error.reason)}`;
          }
          throw error;
        }
      },
      // The session carries who you are, never what you may do: rights are read from the database.
      async jwt({ token, account }) {
        if (!account) return token;
        const db = await getDatabase();
        const [user] = await db
          .select({ id: users.id, email: users.email, name: users.name })
          .from(users)
          .where(eq(users.subject, account.providerAccountId));
        return {
          sub: account.providerAccountId,
          uid: user.id,
          email: user.email,
          name: user.name,
          ...(account.id_token ? { idt: account.id_token } : {}),
        };
      },
      async session({ session, token }) {
        session.user = { email: token.email ?? null, name: token.name ?? null };
        return session;
      },
    },
  };
  return options;
}
