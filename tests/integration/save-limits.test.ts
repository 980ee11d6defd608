import { describe, expect, it } from "vitest";
import { emptyFamily } from "../../lib/families/document";
import { InvalidError } from "../../lib/errors";
import { saveRevision } from "../../lib/revisions/save";
import { stores, useDatabase } from "../support/databases";

const author = { id: null, name: "tester" };
const postgres = stores.filter((s) => s.label === "postgres");

// Content that took a family page down (issue 8): a save refuses it naming the field, whatever wrote it.
describe.each(postgres)("saving markdown past the limits on $label", (store) => {
  const database = useDatabase(store);

  it.skipIf(store.skip)("is refused naming the field and the line in it; nothing is written", async () => {
    const doc = emptyFamily("product", "hostile", "Hostile");
    doc.overview = "Fine.";
    doc.responsibilities = [{ kind: "item", text: `${"*".repeat(5000)}x${"*".repeat(5000)}`, ordered: false, children: [] }];
    doc.careerLadder = `Intro\n\n${">".repeat(5000)} x`;
    const error = await saveRevision(database().db, { document: doc, baseRevision: null, author, summary: "" }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidError);
    expect((error as InvalidError).issues).toEqual([
      { path: "responsibilities.0.text", message: expect.stringMatching(/^line 1: too many emphasis markers/) },
      { path: "careerLadder", message: expect.stringMatching(/^line 3: nested too deeply/) },
    ]);
    const again = await saveRevision(database().db, { document: { ...doc, responsibilities: [], careerLadder: "" }, baseRevision: null, author, summary: "" });
    expect(again).toMatchObject({ status: "saved", number: 1 });
  });
});
