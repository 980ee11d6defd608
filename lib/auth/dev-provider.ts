import { randomBytes } from "node:crypto";
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import { exportJWK, generateKeyPair } from "jose";
import Provider, { type InteractionDetails } from "oidc-provider";
import { devAccountFor, devClaimsFor } from "./dev-accounts";
import { devLoginPage, devLogoutPage, devSignedOutPage } from "./dev-login-page";

/**
 * A real OpenID Connect provider for development and tests (discovery, PKCE, signed ID tokens,
 * a login form), so sign-in runs the exact code path production uses with a company IdP.
 * It listens on 127.0.0.1 only and accepts any password for any email.
 */
export type DevProviderOptions = {
  port: number;
  clientId: string;
  clientSecret: string;
  /** Ladder's public address when it is not on a loopback address (which match on any port). */
  extraSiteUrls?: string[];
  /**
   * The claims of an account, for the ID token or the userinfo response. Tests replace the demo
   * accounts' claims with this to play other providers: groups only in userinfo, no groups at
   * all, no email.
   */
  claimsFor?: (accountId: string, use: "id_token" | "userinfo") => Record<string, unknown>;
};
export type DevProvider = { issuer: string; close(): Promise<void> };

const SCOPES = "openid email profile groups";

async function buildProvider(issuer: string, options: DevProviderOptions): Promise<Provider> {
  const sites = ["http://localhost:3000", "http://127.0.0.1:3000", ...(options.extraSiteUrls ?? []).map((u) => u.replace(/\/$/, ""))];
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), alg: "RS256", use: "sig", kid: "ladder-dev" };
  return new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        // "native" lets any port on localhost/127.0.0.1 match (RFC 8252), so `next dev -p 4000`
        // and test servers on random ports need no configuration.
        application_type: "native",
        redirect_uris: sites.map((site) => `${site}/api/auth/callback/oidc`),
        // Where sign-out comes back to after ending the session here (RP-initiated logout).
        post_logout_redirect_uris: sites.map((site) => `${site}/sign-in`),
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
    scopes: SCOPES.split(" "),
    // Put email, name and groups in the ID token, which is what next-auth reads.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    // Explicit lifetimes (seconds) keep the provider from warning about its defaults on every sign-in.
    ttl: { Interaction: 3600, Session: 14 * 86400, Grant: 14 * 86400, AccessToken: 3600, IdToken: 3600, AuthorizationCode: 60 },
    features: {
      devInteractions: { enabled: false },
      // Sign-out in Ladder ends this provider's session too (end_session_endpoint in discovery).
      rpInitiatedLogout: { enabled: true, logoutSource: devLogoutPage, postLogoutSuccessSource: devSignedOutPage },
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx: unknown, id: string) {
      const claimsFor = options.claimsFor ?? devClaimsFor;
      return { accountId: id, claims: async (use: "id_token" | "userinfo") => claimsFor(id, use) };
    },
  });
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) break;
  }
  return new URLSearchParams(body);
}

function sendHtml(res: ServerResponse, status: number, html: string) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(html);
}

function newGrant(provider: Provider, details: InteractionDetails) {
  return new provider.Grant({ accountId: details.session?.accountId, clientId: String(details.params.client_id) });
}

/** Our own login pages in front of the provider (its built-in ones load web fonts and show debug data). */
function handleInteraction(provider: Provider) {
  return async (req: IncomingMessage, res: ServerResponse, path: string[]) => {
    const [uid, step] = path;
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) return sendHtml(res, 400, "Interaction expired: start signing in again.");
    if (step === "abort") {
      return provider.interactionFinished(req, res, { error: "access_denied", error_description: "Sign-in cancelled" });
    }
    if (req.method === "POST" && step === "login") {
      const form = await readForm(req);
      const login = (form.get("login") ?? "").trim();
      if (!login || !form.get("password")) {
        return sendHtml(res, 400, devLoginPage({ uid, loginHint: login, error: "Enter an email and any password." }));
      }
      return provider.interactionFinished(
        req,
        res,
        { login: { accountId: devAccountFor(login).email } },
        { mergeWithLastSubmission: false },
      );
    }
    // Ladder is this provider's only, first-party client: consent is implied, as with a company
    // IdP's own apps. (oidc-provider asks for it on every sign-in of a "native" client.)
    if (details.prompt.name === "consent") {
      const grant = details.grantId
        ? ((await provider.Grant.find(details.grantId)) ?? newGrant(provider, details))
        : newGrant(provider, details);
      grant.addOIDCScope(SCOPES);
      const grantId = await grant.save();
      return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    }
    const hint = typeof details.params.login_hint === "string" ? details.params.login_hint : undefined;
    return sendHtml(res, 200, devLoginPage({ uid, loginHint: hint }));
  };
}

export async function startDevProvider(options: DevProviderOptions): Promise<DevProvider> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const provider = await buildProvider(issuer, options);
  const oidc = provider.callback();
  const interaction = handleInteraction(provider);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    const path = url.pathname.split("/").filter(Boolean);
    // Like some real providers (Glewlwyd), insist on a nonce: a client that forgets it fails here
    // in development and tests rather than at the first company that requires one.
    if (req.method === "GET" && url.pathname === "/auth" && !url.searchParams.get("nonce")) {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      return res.end("invalid_request: nonce required");
    }
    if (path[0] !== "interaction") return oidc(req, res);
    interaction(req, res, path.slice(1)).catch((error: Error) => {
      if (!res.headersSent) sendHtml(res, 400, `Sign-in failed: ${error.message}. Start again from Ladder's sign-in page.`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(
              `The development SSO provider cannot listen on 127.0.0.1:${options.port}: the port is in use ` +
                `(another Ladder dev server?). Stop it or set LADDER_DEV_SSO_PORT to a free port.`,
            )
          : error,
      ),
    );
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  return {
    issuer,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const state = globalThis as unknown as { ladderDevProvider?: Promise<DevProvider> };

/** Starts the provider once per process: development reloads re-run start-up code. */
export function ensureDevProvider(options: DevProviderOptions): Promise<DevProvider> {
  state.ladderDevProvider ??= startDevProvider(options).catch((error) => {
    state.ladderDevProvider = undefined;
    throw error;
  });
  return state.ladderDevProvider;
}
