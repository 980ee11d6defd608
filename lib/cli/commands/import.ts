import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { collectMarkdownFiles } from "../../ingest/import-files";
import { type ImportOptions, importFiles, parseInto, summarise, summaryLine } from "../../ingest/run";
import { withDatabase } from "../database";

export function registerImport(program: Command) {
  program
    .command("import")
    .description("import handbook job-family markdown (.md, .md.erb): files or folders")
    .argument("<paths...>", "files, or folders to search for .md and .md.erb files")
    .option("--department <slug>", "put every imported family in this department")
    .option("--into <department/family>", "import the one file given into this family, even if it came from another file")
    .action(async (paths: string[], options: ImportOptions) => {
      if (options.into !== undefined) parseInto(options.into); // a typo fails before the database opens
      // A path that cannot be searched fails like a file; the others still import.
      const { files, failed } = await collectMarkdownFiles(paths);
      // A bar only where someone watches; logs and pipes get the summary alone.
      const bar = process.stderr.isTTY
        ? new SingleBar({ format: "Importing [{bar}] {value}/{total} {file}", stream: process.stderr })
        : null;
      bar?.start(files.length, 0, { file: "" });
      const imported = await withDatabase((db) => importFiles(db, files, options, (outcome) => bar?.increment({ file: outcome.file })));
      const outcomes = [...failed, ...imported];
      bar?.stop();

      for (const outcome of outcomes) {
        for (const warning of outcome.warnings ?? []) console.error(`warning: ${warning}`);
        if (outcome.status === "failed") console.error(outcome.error);
      }
      const s = summarise(outcomes);
      console.log(summaryLine(s));
      if (s.failed > 0) process.exitCode = 1;
    });
}
