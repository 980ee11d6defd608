import { Command } from "commander";
import { LadderError } from "../errors";
import { StoreLockedError } from "../../db/lock";
import { registerExport } from "./commands/export";
import { registerGrant } from "./commands/grant";
import { registerImport } from "./commands/import";
import { registerLinks } from "./commands/links";
import { registerMigrate } from "./commands/migrate";
import { registerToken } from "./commands/token";

const program = new Command("ladder")
  .description("Ladder's command line: import and export job families, manage the database.")
  .showHelpAfterError()
  .exitOverride((error) => process.exit(error.exitCode));

registerMigrate(program);
registerImport(program);
registerExport(program);
registerLinks(program);
registerGrant(program);
registerToken(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Errors a user can act on get one clear line; anything else is a bug and keeps its stack.
  if (error instanceof LadderError || error instanceof StoreLockedError) {
    console.error(`ladder: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
