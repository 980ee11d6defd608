import { type Command, Option } from "commander";
import { type ExportFormat, exportFamilies } from "../../families/export-files";
import { withDatabase } from "../database";

export function registerExport(program: Command) {
  program
    .command("export")
    .description("export every family's current revision as handbook markdown or JSON")
    .addOption(new Option("--format <format>", "md or json").choices(["md", "json"]).makeOptionMandatory())
    .requiredOption("--out <dir>", "folder to write into (created if missing)")
    .action(async (options: { format: ExportFormat; out: string }) => {
      const written = await withDatabase((db) => exportFamilies(db, options.format, options.out));
      for (const path of written) console.log(path);
      console.log(`Exported ${written.length} families to ${options.out}.`);
    });
}
