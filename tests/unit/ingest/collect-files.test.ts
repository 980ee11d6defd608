import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectMarkdownFiles } from "../../../lib/ingest/import-files";

const page = "---\ntitle: A family\n---\n\nText.\n";

/** A handbook checkout in a fresh folder: `files` maps relative paths to content. */
function checkout(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), "ladder-collect-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe("the files an import run reads", () => {
  it("follows a symbolic link to a markdown file", async () => {
    const shared = checkout({ "shared/page.md": page });
    const root = checkout({ "job-families/product/real.md": page });
    symlinkSync(join(shared, "shared/page.md"), join(root, "job-families/product/linked.md"));
    const { files, failed } = await collectMarkdownFiles([root]);
    expect(files.map((f) => f.slice(root.length + 1))).toEqual(["job-families/product/linked.md", "job-families/product/real.md"]);
    expect(failed).toEqual([]);
  });

  it("follows a symbolic link to a folder, and stops at a link that loops back", async () => {
    const shared = checkout({ "design/one.md": page });
    const root = checkout({ "job-families/product/real.md": page });
    symlinkSync(join(shared, "design"), join(root, "job-families/design"));
    symlinkSync(root, join(root, "job-families/product/loop")); // a link to an ancestor
    const { files, failed } = await collectMarkdownFiles([root]);
    expect(files.map((f) => f.slice(root.length + 1))).toEqual(["job-families/design/one.md", "job-families/product/real.md"]);
    expect(failed).toEqual([]);
  });

  it("reports a link to nothing instead of skipping it silently", async () => {
    const root = checkout({ "job-families/product/real.md": page });
    symlinkSync(join(root, "gone.md"), join(root, "job-families/product/dangling.md"));
    const { files, failed } = await collectMarkdownFiles([root]);
    expect(files).toHaveLength(1);
    expect(failed).toEqual([
      expect.objectContaining({ status: "failed", error: expect.stringMatching(/dangling\.md: a symbolic link to nothing/) }),
    ]);
  });

  it("reports a missing path like a failed file and still collects the others", async () => {
    const root = checkout({ "a.md": page, "folder/b.md": page });
    const missing = join(root, "missing-folder");
    const { files, failed } = await collectMarkdownFiles([missing, join(root, "folder"), join(root, "a.md")]);
    expect(files).toEqual([join(root, "folder/b.md"), join(root, "a.md")]);
    expect(failed).toEqual([{ file: missing, status: "failed", error: `${missing}: no such file or folder` }]);
  });
});
