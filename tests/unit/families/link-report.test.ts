import { describe, expect, it } from "vitest";
import { findDeadLinks } from "../../../lib/families/link-report";
import { parseFamilyMarkdown } from "../../../lib/families/markdown/import";

const family = (department: string, slug: string, body: string, sourcePath: string | null = null) => ({
  document: parseFamilyMarkdown(`---\ntitle: ${slug}\n---\n\n${body}`, { file: `${slug}.md`, department, slug }),
  sourcePath,
});

const backend = family(
  "engineering",
  "backend-engineer",
  "## Levels\n\n### Senior\n\nThe Senior is a grade 6.\n\n#### Senior - Responsibilities\n\n* Build\n",
);

describe("the links report", () => {
  it("lists links to families, levels and anchors that do not exist, with family, text and target", () => {
    const writer = family(
      "engineering",
      "development--docs--writer",
      [
        "## Responsibilities",
        "",
        "* Work with [backend seniors](../../../backend-engineer/#senior) on [their part](/job-families/engineering/backend-engineer/#senior---responsibilities)",
        "* Not with [staff](/job-families/engineering/backend-engineer/#staff), who do not exist yet",
        "* Nor with [frontend](/job-families/engineering/frontend-engineer/) or [sales][sales]",
        "* See [above](#responsibilities), [below](#nowhere), the [handbook](/handbook/anything/) and [elsewhere](https://example.com/x)",
        "",
        "[sales]: /job-families/sales/",
      ].join("\n"),
      "job-families/engineering/development/docs/writer/index.html.md",
    );
    expect(findDeadLinks([backend, writer])).toEqual([
      {
        family: "engineering/development--docs--writer",
        sourcePath: "job-families/engineering/development/docs/writer/index.html.md",
        text: "staff",
        target: "/job-families/engineering/backend-engineer/#staff",
        reason: "engineering/backend-engineer has no anchor #staff",
      },
      expect.objectContaining({ text: "frontend", reason: "no family engineering/frontend-engineer" }),
      expect.objectContaining({ text: "below", target: "#nowhere", reason: "this page has no anchor #nowhere" }),
      expect.objectContaining({ text: "sales", target: "/job-families/sales/", reason: "no department sales" }),
    ]);
  });

  it("finds nothing dead where every link leads somewhere", () => {
    expect(findDeadLinks([backend])).toEqual([]);
  });
});
