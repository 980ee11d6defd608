import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportFamilies } from "../../lib/families/export-files";
import { resolveHandbookAddress } from "../../lib/families/addresses";
import { findDeadLinks } from "../../lib/families/link-report";
import { allCurrentFamilies, getFamilyRevision, listFamilies } from "../../lib/families/queries";
import { renderMarkdown } from "../../lib/markdown/render";
import { collectMarkdownFiles } from "../../lib/ingest/import-files";
import { importFiles, summarise, summaryLine } from "../../lib/ingest/run";
import { createPgliteDatabase, type TestDatabase } from "../support/databases";

const page = (title: string, body = "## Responsibilities\n\n* Do the work\n") => `---\ntitle: ${title}\n---\n\n${body}`;

/**
 * A handbook folder as a user brings it: the same last folder name in two places, a page and a
 * folder of one name, file names that slugify alike, names in other scripts, a page whose front
 * matter lost its opening `---`, numbered lists written `1.` `1.` `1.`, and links between families.
 */
function writeTree(root: string): void {
  const files: Record<string, string> = {
    "job-families/engineering/development/backend/senior/index.html.md": page(
      "Senior Backend Engineer",
      "## Responsibilities\n\n1. Design services\n1. Review code\n1. Mentor\n\nSee the [frontend seniors](../../frontend/senior/) and the [backend engineers](/job-families/engineering/backend-engineer/#staff).\n",
    ),
    "job-families/engineering/development/frontend/senior/index.html.md": page("Senior Frontend Engineer"),
    "job-families/engineering/engineering-management.html.md": page("Engineering Management"),
    "job-families/engineering/infrastructure/engineering-management/index.html.md": page("Infrastructure Engineering Management"),
    "job-families/engineering/backend-engineer/index.html.md": page(
      "Backend Engineer",
      "## Levels\n\n### Staff\n\nThe Staff is a grade 8.\n\n#### Staff - Career Ladder\n\nNext: [Senior Backend](/job-families/engineering/development/backend/senior/).\n",
    ),
    "job-families/engineering/loose/index.html.md": "layout: job_family_page\ntitle: Loose Engineer\n---\n\n## Responsibilities\n\n* Hold on\n",
    "pages/a b.md": page("A B (space)"),
    "pages/a-b.md": page("A B (hyphen)"),
    "pages/a_b.md": page("A B (underscore)"),
    "pages/中文.md": page("Chinese"),
    "pages/日本語.md": page("Japanese"),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe("importing a handbook whose page names collide", () => {
  let database: TestDatabase;
  const root = mkdtempSync(join(tmpdir(), "ladder-identity-"));
  const run = async (paths: string[], options = {}) => {
    const { files } = await collectMarkdownFiles(paths);
    return importFiles(database.db, files, options);
  };

  beforeAll(async () => {
    database = await createPgliteDatabase();
    writeTree(root);
  });
  afterAll(() => database.drop());

  it("gives every page its own family and imports none of the pages that would merge", async () => {
    const outcomes = await run([root]);
    const summary = summarise(outcomes);
    expect(summary).toMatchObject({ files: 11, created: 8, updated: 0, unchanged: 0, failed: 3, warnings: 1, families: 8 });
    expect(summaryLine(summary)).toBe("Imported 11 files: 8 created, 0 updated, 0 unchanged, 3 failed; 1 warning; 8 families, 1 level.");

    const families = (await listFamilies(database.db)).map((f) => `${f.department}/${f.slug}`).sort();
    expect(families).toEqual([
      "engineering/backend-engineer",
      "engineering/development--backend--senior",
      "engineering/development--frontend--senior",
      "engineering/engineering-management",
      "engineering/infrastructure--engineering-management",
      "engineering/loose",
      "general/ri-ben-yu",
      "general/zhong-wen",
    ]);

    const failed = outcomes.filter((o) => o.status === "failed").map((o) => (o.status === "failed" ? o.error : ""));
    expect(failed).toHaveLength(3);
    expect(failed[0]).toBe(
      `${join(root, "pages", "a b.md")}:1: not imported: ${join(root, "pages", "a-b.md")}, ${join(root, "pages", "a_b.md")} map to the same family general/a-b, ` +
        "and pages are never merged. Rename all but one, or import one on its own with --into department/family.",
    );
  });

  it("warns, naming file and line, about front matter without its opening ---, and imports the page", async () => {
    const outcomes = await run([join(root, "job-families", "engineering", "loose")]);
    expect(outcomes[0]).toMatchObject({ status: "unchanged", family: "engineering/loose" });
    expect(outcomes[0].warnings).toEqual([
      `${join(root, "job-families/engineering/loose/index.html.md")}:1: front matter has no opening \`---\`: lines 1-2 read as front matter`,
    ]);
  });

  it("keeps a list written 1. 1. 1. numbered that way", async () => {
    const { document } = await getFamilyRevision(database.db, "engineering", "development--backend--senior");
    expect(document.responsibilities[0].children.map((i) => [i.text, i.number])).toEqual([
      ["Design services", undefined],
      ["Review code", 1],
      ["Mentor", 1],
    ]);
  });

  it("answers the handbook's own address of a nested page, and of a level", async () => {
    expect(await resolveHandbookAddress(database.db, ["engineering", "development", "backend", "senior"])).toEqual({
      department: "engineering",
      slug: "development--backend--senior",
      level: null,
    });
    expect(await resolveHandbookAddress(database.db, ["engineering", "backend-engineer", "staff"])).toEqual({
      department: "engineering",
      slug: "backend-engineer",
      level: "staff",
    });
    const { document } = await getFamilyRevision(database.db, "engineering", "backend-engineer");
    expect(document.levels[0].nextStep?.target).toEqual({ department: "engineering", family: "development--backend--senior", level: null });
  });

  it("resolves the links between the imported families: relative and absolute, with level anchors", async () => {
    const families = await allCurrentFamilies(database.db);
    expect(findDeadLinks(families)).toEqual([]);
    const senior = families.find((f) => f.document.slug === "development--backend--senior")!;
    const note = senior.document.responsibilities.find((i) => i.kind === "note")!;
    const html = renderMarkdown(note.text, { family: senior.document, sourcePath: senior.sourcePath, handbookUrl: null });
    expect(html).toContain('<a href="/job-families/engineering/development--frontend--senior">frontend seniors</a>');
    expect(html).toContain('<a href="/job-families/engineering/backend-engineer#staff">backend engineers</a>');
  });

  it("refuses another file for a family imported from one, naming both, unless told --into", async () => {
    const single = join(root, "pages", "a_b.md");
    const into = await run([single], { into: "general/a-b" });
    expect(into[0]).toMatchObject({ status: "created", family: "general/a-b" });

    const other = join(root, "pages", "a b.md");
    const refused = await run([other]);
    expect(refused[0].status).toBe("failed");
    expect(refused[0].status === "failed" && refused[0].error).toBe(
      `${other}:1: not imported: general/a-b was imported from a_b.md, a different page. ` +
        "Import it with --into general/a-b to make this file its source, or rename one of them.",
    );
    expect((await getFamilyRevision(database.db, "general", "a-b")).document.title).toBe("A B (underscore)");

    const replaced = await run([other], { into: "general/a-b" });
    expect(replaced[0]).toMatchObject({ status: "updated", revision: 2 });
    // From now on the page is that family's source: a plain import of it goes there too.
    expect((await run([other]))[0]).toMatchObject({ status: "unchanged", family: "general/a-b" });
    await expect(run([join(root, "pages")], { into: "general/a-b" })).rejects.toThrow(/exactly one file \(found 5\)/);
  });

  it("exports each family where its page was, and re-imports the export unchanged", async () => {
    const out = mkdtempSync(join(tmpdir(), "ladder-identity-out-"));
    const written = await exportFamilies(database.db, "md", out);
    expect(written).toContain(join(out, "job-families/engineering/development/backend/senior/index.html.md"));
    expect(written).toContain(join(out, "job-families/engineering/engineering-management.html.md"));
    expect(written).toContain(join(out, "job-families/general/zhong-wen/index.html.md"));
    const exported = readFileSync(join(out, "job-families/engineering/development/backend/senior/index.html.md"), "utf8");
    expect(exported).toContain("1. Design services\n1. Review code\n1. Mentor");

    const again = summarise(await run([out]));
    expect(again).toMatchObject({ files: written.length, created: 0, updated: 0, failed: 0, unchanged: written.length });
  });
});
