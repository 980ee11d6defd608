import { z } from "zod";
import { DEV_ROLE_MAP, type GroupRoleRule, parseRoleMap } from "../access/group-roles";
import { parseDuration } from "./duration";

/**
 * Everything sign-in needs, read from the environment once and checked with one zod schema.
 * `readAuthConfig` is pure (tests feed it an env); `getAuthConfig` is the process's copy.
 */

export type OidcSettings = {
  /** "external": the company's provider; "development": the built-in one (lib/auth/dev-provider.ts). */
  kind: "external" | "development";
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  groupsClaim: string;
  /** Shown on the sign-in button: "Sign in with Okta". */
  displayName: string;
  /**
   * "provider": sign-out also ends the session at the provider (RP-initiated logout) when its
   * discovery document has an end_session_endpoint; "local": only Ladder's session ends.
   */
  logout: "provider" | "local";
};

export type AuthConfig = {
  production: boolean;
  secret: string;
  /** NEXTAUTH_URL: the portal's public address; null in development means "whatever host was used". */
  url: string | null;
  /** Secure cookies (and their __Secure-/__Host- names) in production and on https. */
  secureCookies: boolean;
  sessionMaxAgeSeconds: number;
  oidc: OidcSettings;
  roleRules: GroupRoleRule[];
  /** Set when this process must run the development provider. */
  devSso: { port: number } | null;
};

export type AuthConfigResult = { config: AuthConfig | null; problems: string[]; warnings: string[] };

export const MIN_SECRET_LENGTH = 32;
/** Development only, never accepted in production: lets a fresh clone run with no env at all. */
const DEV_SECRET = "ladder-development-only-secret-do-not-use-in-production";
export const DEV_CLIENT = { id: "ladder-dev", secret: "ladder-dev-client-secret" } as const;
const DEV_SCOPES = "openid email profile groups";

const optionalText = z.string().trim().min(1).optional();
const flag = z.enum(["0", "1", "true", "false"]).optional();

const envSchema = z.object({
  NODE_ENV: z.string().optional(),
  NEXTAUTH_SECRET: optionalText,
  NEXTAUTH_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://ladder.example.com" }).optional(),
  LADDER_OIDC_ISSUER: z.url({ protocol: /^https?$/, error: "must be the issuer URL, e.g. https://example.okta.com" }).optional(),
  LADDER_OIDC_CLIENT_ID: optionalText,
  LADDER_OIDC_CLIENT_SECRET: optionalText,
  LADDER_OIDC_SCOPES: z
    .string()
    .trim()
    .refine((s) => s.split(/\s+/).includes("openid"), "must include openid")
    .optional(),
  LADDER_OIDC_GROUPS_CLAIM: optionalText,
  LADDER_OIDC_NAME: optionalText,
  LADDER_OIDC_LOGOUT: z.enum(["provider", "local"], { error: "must be provider or local" }).optional(),
  LADDER_ROLE_MAP: z.string().optional(),
  LADDER_SESSION_MAX_AGE: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const seconds = parseDuration(value ?? "8h");
      if (seconds === null || seconds < 300 || seconds > 90 * 86400) {
        ctx.addIssue({ code: "custom", message: "must be a duration between 5m and 90d, e.g. 8h, 30m, 7d or 3600" });
        return z.NEVER;
      }
      return seconds;
    }),
  LADDER_DEV_SSO: flag,
  LADDER_DEV_SSO_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
});

const isLoopback = (url: string) => ["localhost", "127.0.0.1", "[::1]"].includes(new URL(url).hostname);
const on = (value: string | undefined) => value === "1" || value === "true";
const off = (value: string | undefined) => value === "0" || value === "false";

export function readAuthConfig(rawEnv: Record<string, string | undefined>): AuthConfigResult {
  // An empty variable means "not set": deployment templates often export FOO= for optional ones.
  const env = Object.fromEntries(Object.entries(rawEnv).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    return { config: null, problems: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`), warnings: [] };
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  const problems: string[] = [];
  const warnings: string[] = [];

  const external = {
    LADDER_OIDC_ISSUER: e.LADDER_OIDC_ISSUER,
    LADDER_OIDC_CLIENT_ID: e.LADDER_OIDC_CLIENT_ID,
    LADDER_OIDC_CLIENT_SECRET: e.LADDER_OIDC_CLIENT_SECRET,
  };
  const missingExternal = Object.entries(external).filter(([, v]) => !v).map(([k]) => k);
  const noExternal = missingExternal.length === 3;
  if (missingExternal.length > 0 && !noExternal) {
    problems.push(`OpenID Connect is half configured: set ${missingExternal.join(" and ")} as well`);
  }

  // Development falls back to the built-in provider; production only runs it when told to.
  const useDev = on(e.LADDER_DEV_SSO) || (!production && noExternal && !off(e.LADDER_DEV_SSO));
  if (!useDev && noExternal) {
    problems.push(
      production
        ? "No OpenID Connect provider configured: set LADDER_OIDC_ISSUER, LADDER_OIDC_CLIENT_ID and LADDER_OIDC_CLIENT_SECRET " +
            "(LADDER_DEV_SSO=1 would start the development provider instead: demo accounts, any password, never for real users)"
        : "LADDER_DEV_SSO=0 but no OpenID Connect provider is configured: set LADDER_OIDC_ISSUER, LADDER_OIDC_CLIENT_ID and LADDER_OIDC_CLIENT_SECRET",
    );
  }
  if (useDev && production) {
    warnings.push(
      "LADDER_DEV_SSO=1 in production: the DEVELOPMENT sign-in provider is running. Anyone can sign in as anyone, " +
        "including admin@example.com, with any password. Never expose this server to real users.",
    );
  }
  if (!useDev && e.LADDER_OIDC_ISSUER && production && !isLoopback(e.LADDER_OIDC_ISSUER) && !e.LADDER_OIDC_ISSUER.startsWith("https:")) {
    problems.push("LADDER_OIDC_ISSUER: must use https in production");
  }

  let secret = e.NEXTAUTH_SECRET;
  if (!secret || secret.length < MIN_SECRET_LENGTH) {
    const what = secret ? `is only ${secret.length} characters long` : "is not set";
    if (production) {
      problems.push(`NEXTAUTH_SECRET ${what}: set at least ${MIN_SECRET_LENGTH} random characters (e.g. \`openssl rand -base64 32\`)`);
    } else if (secret) {
      warnings.push(`NEXTAUTH_SECRET ${what}; production refuses fewer than ${MIN_SECRET_LENGTH} characters`);
    } else {
      secret = DEV_SECRET;
    }
  }

  if (production && !e.NEXTAUTH_URL) {
    problems.push("NEXTAUTH_URL is not set: set the portal's public address, e.g. https://ladder.example.com");
  }
  if (production && e.NEXTAUTH_URL && !e.NEXTAUTH_URL.startsWith("https:") && !isLoopback(e.NEXTAUTH_URL)) {
    problems.push("NEXTAUTH_URL: must use https in production (session cookies are Secure)");
  }

  const roleMap = parseRoleMap(e.LADDER_ROLE_MAP ?? (useDev ? DEV_ROLE_MAP : ""));
  problems.push(...roleMap.problems.map((p) => `LADDER_ROLE_MAP: ${p}`));

  if (problems.length > 0) return { config: null, problems, warnings };

  const issuerForDev = `http://127.0.0.1:${e.LADDER_DEV_SSO_PORT}`;
  const oidc: OidcSettings = useDev
    ? {
        kind: "development",
        issuer: issuerForDev,
        clientId: DEV_CLIENT.id,
        clientSecret: DEV_CLIENT.secret,
        scopes: DEV_SCOPES,
        groupsClaim: "groups",
        displayName: "development SSO",
        logout: e.LADDER_OIDC_LOGOUT ?? "provider",
      }
    : {
        kind: "external",
        issuer: e.LADDER_OIDC_ISSUER!,
        clientId: e.LADDER_OIDC_CLIENT_ID!,
        clientSecret: e.LADDER_OIDC_CLIENT_SECRET!,
        scopes: e.LADDER_OIDC_SCOPES ?? "openid email profile",
        groupsClaim: e.LADDER_OIDC_GROUPS_CLAIM ?? "groups",
        displayName: e.LADDER_OIDC_NAME ?? "company SSO",
        logout: e.LADDER_OIDC_LOGOUT ?? "provider",
      };

  return {
    config: {
      production,
      secret: secret!,
      url: e.NEXTAUTH_URL ?? null,
      secureCookies: production || Boolean(e.NEXTAUTH_URL?.startsWith("https:")),
      sessionMaxAgeSeconds: e.LADDER_SESSION_MAX_AGE,
      oidc,
      roleRules: roleMap.rules,
      devSso: useDev ? { port: e.LADDER_DEV_SSO_PORT } : null,
    },
    problems,
    warnings,
  };
}

export class AuthConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Sign-in is not configured correctly:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "AuthConfigError";
  }
}

const cache = globalThis as unknown as { ladderAuthConfig?: AuthConfig };

/** This process's configuration. Start-up (startAuth) has already refused to run when it is invalid. */
export function getAuthConfig(): AuthConfig {
  if (cache.ladderAuthConfig) return cache.ladderAuthConfig;
  const { config, problems } = readAuthConfig(process.env);
  if (!config) throw new AuthConfigError(problems);
  cache.ladderAuthConfig = config;
  return config;
}
