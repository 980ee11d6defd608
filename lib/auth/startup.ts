import { DEV_CLIENT, readAuthConfig } from "./config";

const banner = (lines: string[]) => {
  const width = Math.max(...lines.map((l) => l.length));
  const rule = "!".repeat(width + 4);
  return [rule, ...lines.map((l) => `! ${l.padEnd(width)} !`), rule].join("\n");
};

/** Wraps text at ~90 columns so the warning banner stays readable in a terminal. */
function wrap(text: string, width = 90): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Runs once when the server starts (instrumentation.ts), before any request. Refuses to run with
 * an unsafe or incomplete sign-in configuration — throwing what is missing, so the server exits
 * at start-up rather than failing on the first request — and starts the development OIDC
 * provider when that is the configured one.
 */
export async function startAuth(): Promise<void> {
  const { config, problems, warnings } = readAuthConfig(process.env);
  if (!config) {
    // startServerOrExit prints this and exits non-zero: the server never serves a request.
    throw new Error(
      `sign-in is not configured correctly (NODE_ENV=${process.env.NODE_ENV ?? "unset"}).\n` +
        problems.map((p) => `  - ${p}`).join("\n") +
        "\nSee docs on environment variables in README.md (Sign-in).",
    );
  }
  for (const warning of warnings) {
    console.warn(config.production ? banner(["WARNING", ...wrap(warning)]) : `Ladder: warning: ${warning}`);
  }
  if (config.devSso) {
    const { ensureDevProvider } = await import("./dev-provider");
    const provider = await ensureDevProvider({
      port: config.devSso.port,
      clientId: DEV_CLIENT.id,
      clientSecret: DEV_CLIENT.secret,
      // Loopback addresses match on any port already; another NEXTAUTH_URL (a tunnel, say) is added.
      extraSiteUrls: config.url ? [config.url] : [],
    });
    console.log(
      `Ladder: development SSO at ${provider.issuer}: sign in as employee@example.com, manager@example.com ` +
        `or admin@example.com with any password`,
    );
  } else {
    console.log(`Ladder: sign-in through ${config.oidc.issuer}`);
  }
}
