import { describe, expect, it } from "vitest";
import { applyConflictChoices, conflictField, encodeValue, readConflictChoices } from "../../../lib/editing/conflict-choices";
import { documentFromForm, flattenDocument } from "../../../lib/editing/fields";
import { emptyFamily, emptyLevel } from "../../../lib/families/document";
import { mergeDocuments } from "../../../lib/revisions/merge";

// What a form without JavaScript posts after a conflict: its fields (mine) and, per conflict, the
// field, the other version and the choice. Read back, the choices give the document to save.
const item = (text: string) => ({ kind: "item" as const, text, ordered: false, children: [] });
const base = { ...emptyFamily("product", "pm", "PM"), overview: "Old overview", levels: [{ ...emptyLevel("a", "A"), responsibilities: [item("one"), item("two")] }] };
const mine = { ...base, title: "Mine", overview: "My overview", levels: [{ ...base.levels[0], responsibilities: [item("one, mine"), item("two")] }] };
const theirs = { ...base, title: "Theirs", overview: "Their overview", levels: [{ ...base.levels[0], responsibilities: [item("one, theirs"), item("two")] }] };

function posted(choices: Record<number, { choice?: string; edit?: string }>) {
  const { merged, conflicts } = mergeDocuments(base, mine, theirs);
  const fields: Record<string, string> = flattenDocument(merged);
  conflicts.forEach((c, i) => {
    fields[conflictField(i, "path")] = JSON.stringify(c.path);
    fields[conflictField(i, "theirs")] = encodeValue(c.theirs);
    if (choices[i]?.choice) fields[conflictField(i, "choice")] = choices[i].choice!;
    fields[conflictField(i, "edit")] = choices[i]?.edit ?? String(c.mine);
  });
  return { fields, conflicts };
}

function save(fields: Record<string, string>, scope = "") {
  const read = readConflictChoices(fields, scope);
  const { document } = documentFromForm(theirs, read.fields, scope);
  const applied = applyConflictChoices(document, read.choices);
  return { document: applied.document as typeof base, issues: [...read.issues, ...applied.issues] };
}

describe("conflict choices posted by a form without JavaScript", () => {
  it("keeps mine, takes theirs or writes a new value, field by field", () => {
    const { fields, conflicts } = posted({ 0: { choice: "mine" }, 1: { choice: "theirs" }, 2: { choice: "edit", edit: "One, agreed\r\nby both" } });
    expect(conflicts.map((c) => c.path.join("."))).toEqual(["title", "overview", "levels.0.responsibilities.0.text"]);
    const { document, issues } = save(fields);
    expect(issues).toEqual([]);
    expect(document.title).toBe("Mine");
    expect(document.overview).toBe("Their overview");
    expect(document.levels[0].responsibilities.map((r) => r.text)).toEqual(["One, agreed\nby both", "two"]);
  });

  it("keeps mine where nothing was chosen, and posts no conflict field into the document", () => {
    const { document, issues } = save(posted({}).fields);
    expect(issues).toEqual([]);
    expect(document).toEqual(mine);
  });

  it("takes a whole list or level as JSON, and a removal out of the list", () => {
    const fields = {
      ...flattenDocument(mine),
      [conflictField(0, "path")]: JSON.stringify(["levels", 0, "responsibilities"]),
      [conflictField(0, "theirs")]: encodeValue([item("x")]),
      [conflictField(0, "choice")]: "edit",
      [conflictField(0, "edit")]: "not json",
      [conflictField(1, "path")]: JSON.stringify(["levels", 0]),
      [conflictField(1, "theirs")]: encodeValue(undefined),
      [conflictField(1, "choice")]: "theirs",
    };
    const { document, issues } = save(fields);
    expect(issues).toEqual([{ path: "conflict.0.edit", message: "must be valid JSON, like the two versions above it" }]);
    expect(document.levels).toEqual([]);
    fields[conflictField(0, "edit")] = JSON.stringify([item("from JSON")]);
    fields[conflictField(1, "choice")] = "mine";
    expect(save(fields).document.levels[0].responsibilities).toEqual([item("from JSON")]);
  });

  it("refuses choices that name no field of the part the form edits, or no choice", () => {
    const fields = {
      ...flattenDocument(mine),
      [conflictField(0, "path")]: JSON.stringify(["__proto__", "polluted"]),
      [conflictField(0, "theirs")]: encodeValue("x"),
      [conflictField(1, "path")]: JSON.stringify(["title"]),
      [conflictField(1, "theirs")]: encodeValue("x"),
      [conflictField(2, "path")]: JSON.stringify(["levels", 0, "title"]),
      [conflictField(2, "theirs")]: "{bad",
      [conflictField(3, "path")]: JSON.stringify(["levels", 0, "intro"]),
      [conflictField(3, "theirs")]: encodeValue("x"),
      [conflictField(3, "choice")]: "both",
    };
    const read = readConflictChoices(fields, "levels.0");
    expect(read.choices).toEqual([]);
    expect(read.issues.map((i) => i.path)).toEqual(["conflict.0.path", "conflict.1.path", "conflict.2.theirs", "conflict.3.choice"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
