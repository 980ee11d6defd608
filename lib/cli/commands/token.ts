import type { Command } from "commander";
import { cliActor } from "../../access/audit";
import { createToken, listAllTokens, listTokensByEmail, revokeTokenByName } from "../../tokens/tokens";
import { withDatabase } from "../database";

const iso = (date: Date | null) => (date ? date.toISOString().replace(/\.\d{3}Z$/, "Z") : "never");

export function registerToken(program: Command) {
  const token = program.command("token").description("personal access tokens for the JSON API, and feed tokens for the Atom feeds");

  token
    .command("create")
    .description("create a token (and the user, if new); prints the token alone on the last line")
    .requiredOption("--email <email>", "whose rights the token carries")
    .requiredOption("--name <name>", "what it is for, e.g. \"HR sync\"; unique among the user's active tokens")
    .option("--feed", "a feed token: reads only the Atom feeds, passed in the feed URL (?token=)")
    .action(async (options: { email: string; name: string; feed?: boolean }) => {
      const kind = options.feed ? "feed" : "personal";
      const created = await withDatabase((db) => createToken(db, cliActor(), { email: options.email }, options.name, kind));
      // Humans read the first line on stderr; scripts take the last line of stdout: `… | tail -n1`.
      console.error(`Created ${options.feed ? "feed" : "API"} token "${created.name}" for ${created.email}. It is shown only now; store it safely.`);
      console.log(created.token);
    });

  token
    .command("list")
    .description("list tokens (never their values): one user's with --email, else everyone's")
    .option("--email <email>", "only this user's tokens")
    .action(async (options: { email?: string }) => {
      await withDatabase(async (db) => {
        const rows = options.email
          ? (await listTokensByEmail(db, options.email)).map((t) => ({ ...t, email: options.email! }))
          : await listAllTokens(db);
        if (rows.length === 0) {
          console.log("No tokens.");
          return;
        }
        for (const row of rows) {
          const status = row.revokedAt ? `revoked ${iso(row.revokedAt)}` : "active";
          const kind = row.kind === "feed" ? "feed" : "api";
          console.log(`${row.email}\t${row.name}\tcreated ${iso(row.createdAt)}\tlast used ${iso(row.lastUsedAt)}\t${status}\t${kind}`);
        }
      });
    });

  token
    .command("revoke")
    .description("revoke a user's active token by name")
    .requiredOption("--email <email>", "the token's owner")
    .requiredOption("--name <name>", "the token's name")
    .action(async (options: { email: string; name: string }) => {
      await withDatabase((db) => revokeTokenByName(db, cliActor(), options.email, options.name));
      console.log(`Revoked token "${options.name}" of ${options.email}.`);
    });
}
