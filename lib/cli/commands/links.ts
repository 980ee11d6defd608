import type { Command } from "commander";
import { findDeadLinks } from "../../families/link-report";
import { allCurrentFamilies } from "../../families/queries";
import { withDatabase } from "../database";

export function registerLinks(program: Command) {
  program
    .command("links")
    .description("list links in job families that lead to a family, department or anchor that does not exist")
    .action(async () => {
      const families = await withDatabase((db) => allCurrentFamilies(db));
      const dead = findDeadLinks(families);
      for (const link of dead) {
        const where = link.sourcePath ? `${link.family} (${link.sourcePath})` : link.family;
        console.log(`${where}: "${link.text}" → ${link.target}: ${link.reason}`);
      }
      console.log(`${dead.length} dead ${dead.length === 1 ? "link" : "links"} in ${families.length} ${families.length === 1 ? "family" : "families"}.`);
      // Non-zero when something is dead, so a CI job or a script can act on it.
      if (dead.length > 0) process.exitCode = 1;
    });
}
