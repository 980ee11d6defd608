import type { Command } from "commander";
import { databaseLabel, withDatabase } from "../database";

export function registerMigrate(program: Command) {
  program
    .command("migrate")
    .description("apply the database migrations (the server also does this when it starts)")
    .action(async () => {
      await withDatabase(async () => {});
      console.log(`Migrations applied to ${databaseLabel()}.`);
    });
}
