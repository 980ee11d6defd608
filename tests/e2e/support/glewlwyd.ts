import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { cpSync, createWriteStream, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Glewlwyd (Debian's `glewlwyd` package) as an independent OpenID Connect provider for the
 * browser tests: nobody here wrote it, so it catches what our own development provider would
 * let slip (it requires a nonce, for one). Everything lives in a temporary directory: a SQLite
 * database made from the package's schema, the web app, a config file; the OIDC plugin, scopes,
 * users (with a multi-valued `groups` property) and Ladder's client are set through its admin API.
 *
 * `.ci/run` installs the package (`.ci/glewlwyd-install`). Run this file with tsx to start a
 * configured Glewlwyd by hand: `npx tsx tests/e2e/support/glewlwyd.ts 4130 http://localhost:4150`.
 */

const BINARY = "/usr/bin/glewlwyd";
const SCHEMA = "/usr/share/dbconfig-common/data/glewlwyd/install/sqlite3";
const WEBAPP = "/usr/share/glewlwyd/webapp";
const WEBAPP_CONFIG = "/etc/glewlwyd/config-2.7.json/config.json";
const MODULES = "/usr/lib/glewlwyd";
/** The package's initial administrator. */
const ADMIN = { username: "admin", password: "password" };

export const GLEWLWYD_SCOPES = "openid email profile groups";

export type GlewlwydUser = { username: string; password: string; name: string; email?: string; groups?: string[]; grant: string };

/** The people of the Glewlwyd tests; `grant` is what each has consented to give Ladder. */
export const glewlwydUsers = {
  alice: { username: "alice", password: "alice-password", name: "Alice Admin", email: "alice@example.com", groups: ["staff", "ladder-admins"], grant: GLEWLWYD_SCOPES },
  bob: { username: "bob", password: "bob-password", name: "Bob Builder", email: "bob@example.com", groups: ["staff"], grant: GLEWLWYD_SCOPES },
  // Un-ticked "E-mail" on the consent screen: the provider never shares her address.
  carol: { username: "carol", password: "carol-password", name: "Carol Private", email: "carol@example.com", groups: ["staff"], grant: "openid profile groups" },
  // In no group at all at the provider: the groups claim is absent.
  dave: { username: "dave", password: "dave-password", name: "Dave Nogroups", email: "dave@example.com", grant: GLEWLWYD_SCOPES },
} satisfies Record<string, GlewlwydUser>;

export type Glewlwyd = { issuer: string; clientId: string; clientSecret: string; stop(): Promise<void> };

export function glewlwydInstalled(): boolean {
  return existsSync(BINARY) && existsSync(SCHEMA) && existsSync(WEBAPP);
}

function config(port: number, dir: string): string {
  const mime = [
    [".html", "text/html"],
    [".css", "text/css"],
    [".js", "application/javascript"],
    [".json", "application/json"],
    [".png", "image/png"],
    [".jpg", "image/jpeg"],
    [".ico", "image/x-icon"],
    [".svg", "image/svg+xml"],
    [".ttf", "font/ttf"],
    [".woff", "font/woff"],
    [".woff2", "font/woff2"],
  ]
    .map(([extension, type]) => `{ extension = "${extension}" mime_type = "${type}" }`)
    .join(",\n  ");
  return `port=${port}
bind_address="127.0.0.1"
external_url="http://127.0.0.1:${port}"
login_url="login.html"
static_files_path="${join(dir, "webapp")}/"
static_files_mime_types = (
  ${mime}
)
api_prefix="api"
allow_origin="*"
log_mode="console"
log_level="WARNING"
cookie_secure=0
session_expiration=3600
session_key="GLEWLWYD2_SESSION_ID"
admin_scope="g_admin"
profile_scope="g_profile"
user_module_path="${MODULES}/user"
client_module_path="${MODULES}/client"
user_auth_scheme_module_path="${MODULES}/scheme"
plugin_module_path="${MODULES}/plugin"
hash_algorithm="SHA512"
database = { type = "sqlite3" path = "${join(dir, "glewlwyd.db")}" };
`;
}

/** A cookie-keeping client for Glewlwyd's JSON API, failing loudly with what the API said. */
function apiClient(base: string) {
  let cookie = "";
  return async function api(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${base}/api${path}`, {
      method,
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = response.headers.getSetCookie();
    if (setCookie.length) cookie = setCookie.map((c) => c.split(";")[0]).join("; ");
    const text = await response.text();
    if (!response.ok) throw new Error(`Glewlwyd ${method} /api${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : null;
  };
}

async function waitForLogin(base: string, child: ChildProcess, log: string) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`Glewlwyd exited with code ${child.exitCode}; see ${log}`);
    try {
      if ((await fetch(`${base}/api/auth/scheme/`)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Glewlwyd did not answer on ${base} within 10 s; see ${log}`);
}

function signingKeys(): string {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return JSON.stringify({ keys: [{ ...privateKey.export({ format: "jwk" }), kid: "ladder-test", alg: "RS256", use: "sig" }] });
}

/** The OIDC plugin: code flow with PKCE, email/name/groups by scope, RP-initiated logout. */
function oidcPlugin(issuer: string) {
  return {
    module: "oidc",
    name: "oidc",
    display_name: "OpenID Connect",
    enabled: true,
    parameters: {
      iss: issuer,
      "jwt-type": "rsa",
      "jwt-key-size": "256",
      "jwks-private": signingKeys(),
      "jwks-show": true,
      "default-kid": "",
      "access-token-duration": 3600,
      "refresh-token-duration": 1209600,
      "code-duration": 600,
      "refresh-token-rolling": true,
      "allow-non-oidc": false,
      "auth-type-code-enabled": true,
      "auth-type-token-enabled": false,
      "auth-type-id-token-enabled": true,
      "auth-type-none-enabled": false,
      "auth-type-password-enabled": false,
      "auth-type-client-enabled": false,
      "auth-type-device-enabled": false,
      "auth-type-refresh-enabled": true,
      "subject-type": "public",
      "name-claim": "on-demand",
      "name-claim-scope": ["profile"],
      "email-claim": "on-demand",
      "email-claim-scope": ["email"],
      "scope-claim": "no",
      "address-claim": { type: "no" },
      claims: [{ name: "groups", "user-property": "groups", type: "string", mandatory: false, "on-demand": false, scope: ["groups"] }],
      "allowed-scope": GLEWLWYD_SCOPES.split(" "),
      "pkce-allowed": true,
      "pkce-method-plain-allowed": false,
      "request-parameter-allow": false,
      "session-management-allowed": true,
      "session-cookie-name": "GLEWLWYD2_OIDC_SID",
      "session-cookie-expiration": 3600,
      // The end-session page asks the front-channel logout list even when no client uses it,
      // and stops with "Error in Glewlwyd API" when the feature is off.
      "front-channel-logout-allowed": true,
      "back-channel-logout-allowed": true,
    },
  };
}

/**
 * Starts Glewlwyd on 127.0.0.1:`port`, configured for a Ladder at `ladderUrl` (its redirect and
 * post-logout URIs), with the users above. Stops it and removes its directory on `stop()`.
 */
export async function startGlewlwyd(options: { port: number; ladderUrl: string; logFile?: string }): Promise<Glewlwyd> {
  if (!glewlwydInstalled()) throw new Error("Glewlwyd is not installed: run .ci/glewlwyd-install (as root) first");
  const dir = mkdtempSync(join(tmpdir(), "ladder-glewlwyd-"));
  // The package's web app links to its config and to other packages' files: copy it with the
  // links followed, and the config file itself in place of its link.
  cpSync(WEBAPP, join(dir, "webapp"), { recursive: true, dereference: true });
  rmSync(join(dir, "webapp", "config.json"), { recursive: true, force: true });
  cpSync(WEBAPP_CONFIG, join(dir, "webapp", "config.json"));
  execFileSync("sqlite3", [join(dir, "glewlwyd.db")], { input: execFileSync("cat", [SCHEMA]) });
  writeFileSync(join(dir, "glewlwyd.conf"), config(options.port, dir));

  const log = options.logFile ?? join(dir, "glewlwyd.log");
  const out = createWriteStream(log);
  const child = spawn(BINARY, ["-c", join(dir, "glewlwyd.conf")], { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  const stop = async () => {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((r) => child.once("exit", r));
    }
    out.end();
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    const base = `http://127.0.0.1:${options.port}`;
    await waitForLogin(base, child, log);
    const admin = apiClient(base);
    await admin("POST", "/auth/", ADMIN);
    // A multi-valued `groups` property on users of the database backend.
    const [userModule] = (await admin("GET", "/mod/user/")) as { name: string; parameters: { "data-format": Record<string, unknown> } }[];
    userModule.parameters["data-format"].groups = { multiple: true, read: true, write: true, "profile-read": false, "profile-write": false };
    await admin("PUT", `/mod/user/${userModule.name}`, userModule);
    await admin("PUT", `/mod/user/${userModule.name}/reset`); // loads the new data format
    // The OIDC plugin checks post_logout_redirect_uri against the client's multi-valued
    // `post_logout_redirect_uris`, which the package's client backend does not declare.
    const [clientModule] = (await admin("GET", "/mod/client/")) as { name: string; parameters: { "data-format": Record<string, unknown> } }[];
    clientModule.parameters["data-format"].post_logout_redirect_uris = { multiple: true, read: true, write: true };
    await admin("PUT", `/mod/client/${clientModule.name}`, clientModule);
    await admin("PUT", `/mod/client/${clientModule.name}/reset`);
    for (const scope of ["email", "profile", "groups"]) {
      await admin("POST", "/scope/", { name: scope, display_name: scope, description: `OpenID Connect ${scope}`, password_required: false, scheme: {} });
    }
    const issuer = `${base}/api/oidc`;
    await admin("POST", "/mod/plugin/", oidcPlugin(issuer));
    const ladder = options.ladderUrl.replace(/\/$/, "");
    const client = { clientId: "ladder", clientSecret: randomBytes(24).toString("hex") };
    await admin("POST", "/client/", {
      client_id: client.clientId,
      name: "Ladder",
      enabled: true,
      confidential: true,
      client_secret: client.clientSecret,
      redirect_uri: [`${ladder}/api/auth/callback/oidc`],
      authorization_type: ["code", "refresh_token"],
      token_endpoint_auth_method: ["client_secret_basic"],
      // Both: end_session checks the list, the end-session page looks for the single value.
      post_logout_redirect_uris: [`${ladder}/sign-in`],
      post_logout_redirect_uri: `${ladder}/sign-in`,
      scope: [],
    });
    for (const user of Object.values(glewlwydUsers) as GlewlwydUser[]) {
      await admin("POST", "/user/", {
        username: user.username,
        name: user.name,
        email: user.email ?? "",
        password: user.password,
        enabled: true,
        scope: GLEWLWYD_SCOPES.split(" "),
        ...(user.groups ? { groups: user.groups } : {}),
      });
      // What the person consented to on the provider's grant screen, given ahead of time.
      const person = apiClient(base);
      await person("POST", "/auth/", { username: user.username, password: user.password });
      await person("PUT", `/auth/grant/${client.clientId}`, { scope: user.grant });
    }
    return { issuer, ...client, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

// `npx tsx tests/e2e/support/glewlwyd.ts <port> <ladder url>`: a configured Glewlwyd to try by hand.
if (process.argv[1]?.endsWith("glewlwyd.ts")) {
  const [port = "4130", ladderUrl = "http://localhost:3000"] = process.argv.slice(2);
  startGlewlwyd({ port: Number(port), ladderUrl }).then(
    (g) => {
      console.log(`Glewlwyd: LADDER_OIDC_ISSUER=${g.issuer} LADDER_OIDC_CLIENT_ID=${g.clientId} LADDER_OIDC_CLIENT_SECRET=${g.clientSecret}`);
      console.log(`users: ${Object.values(glewlwydUsers).map((u) => `${u.username}/${u.password}`).join(", ")}. Ctrl-C stops it.`);
      process.once("SIGINT", () => void g.stop().then(() => process.exit(0)));
    },
    (error) => {
      console.error(String(error));
      process.exit(1);
    },
  );
}
