import type { Database } from "../../db/client";
import type { Author } from "../revisions/save";
import { emptyFamily } from "../families/document";
import { getFamilyRevision } from "../families/queries";
import { InvalidError, NotFoundError } from "../errors";
import { createFamily } from "./create";

/**
 * A new family, blank or copied from another one as a template (its levels, lists and sections,
 * under the new title and address; the template's front matter and headings come along).
 */
export async function newFamily(
  db: Database,
  input: { department: string; slug: string; title: string; template: string | null; summary: string; author: Author },
) {
  let document = emptyFamily(input.department, input.slug, input.title);
  if (input.template) {
    const [department, slug] = input.template.split("/");
    try {
      const template = (await getFamilyRevision(db, department, slug ?? "")).document;
      document = { ...template, department: input.department, slug: input.slug, title: input.title };
    } catch (error) {
      if (error instanceof NotFoundError) throw new InvalidError([{ path: "template", message: `no family ${input.template} to copy` }]);
      throw error;
    }
  }
  const summary = input.summary.trim() || (input.template ? `Created from ${input.template}` : "Created");
  return createFamily(db, { department: input.department, slug: input.slug, summary, document, author: input.author });
}
