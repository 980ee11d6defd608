import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { type ImportOutcome, collectMarkdownFiles, importFile, summarise } from "../../ingest/import-files";
import { withDatabase } from "../database";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function registerImport(program: Command) {
  program
    .command("import")
    .description("import handbook job-family markdown (.md, .md.erb): files or folders")
    .argument("<paths...>", "files, or folders to search for .md and .md.erb files")
    .option("--department <slug>", "put every imported family in this department")
    .action(async (paths: string[], options: { department?: string }) => {
      // A path that cannot be searched fails like a file; the others still import.
      const { files, failed } = await collectMarkdownFiles(paths);
      const outcomes: ImportOutcome[] = [...failed];
      // A bar only where someone watches; logs and pipes get the summary alone.
      const bar = process.stderr.isTTY
        ? new SingleBar({ format: "Importing [{bar}] {value}/{total} {file}", stream: process.stderr })
        : null;
      bar?.start(files.length, 0, { file: "" });
      await withDatabase(async (db) => {
        for (const file of files) {
          const outcome = await importFile(db, file, options);
          outcomes.push(outcome);
          bar?.increment({ file: outcome.file });
        }
      });
      bar?.stop();

      for (const outcome of outcomes) if (outcome.status === "failed") console.error(outcome.error);
      const s = summarise(outcomes);
      console.log(
        `Imported ${plural(s.files, "file")}: ${plural(s.families, "family", "families")}, ${plural(s.levels, "level")}, ` +
          `${plural(s.written, "revision")} written, ${s.unchanged} unchanged, ${s.failed} failed.`,
      );
      if (s.failed > 0) process.exitCode = 1;
    });
}
