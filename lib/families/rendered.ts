import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { departments, jobFamilies, revisionRenders, revisions } from "../../db/schema";
import { NotFoundError } from "../errors";
import type { LinkContext } from "../markdown/handbook-links";
import { renderMarkdown } from "../markdown/render";
import { type ContentsEntry, familyContents } from "./contents";
import { type JobFamily, jobFamilySchema } from "./document";
import { type FamilyRevision, getFamilyRevision } from "./queries";
import { RENDERER_VERSION, familyHtml } from "./html/family";

export type RenderedFamily = {
  department: string;
  slug: string;
  title: string;
  revision: { number: number; authorName: string; createdAt: Date };
  descriptionHtml: string;
  /** The document below its title, as sanitised HTML (lib/families/html/family.ts). */
  html: string;
  /** The table of contents beside it. */
  contents: ContentsEntry[];
};

/**
 * The newest revision of a family, rendered. A revision never changes, so its HTML is made once
 * (by whichever server instance reads it first) and stored in revision_renders for every
 * instance; later reads are one query, with no markdown pipeline and no document validation.
 *
 * The HTML also depends on how handbook links resolve (the family's source page and the
 * handbook's address, `handbookUrl`), so a render is stored under those too (`context`).
 */
export async function getRenderedFamily(db: Database, department: string, slug: string, handbookUrl: string | null): Promise<RenderedFamily> {
  const [family] = await db
    .select({ title: jobFamilies.title, number: jobFamilies.currentRevision, familyId: jobFamilies.id, sourcePath: jobFamilies.sourcePath })
    .from(jobFamilies)
    .innerJoin(departments, eq(departments.id, jobFamilies.departmentId))
    .where(and(eq(departments.slug, department), eq(jobFamilies.slug, slug)));
  if (!family || family.number === 0) throw new NotFoundError(`No job family ${department}/${slug}`);
  const links: LinkContext = { family: { department, slug }, sourcePath: family.sourcePath, handbookUrl };
  const context = createHash("sha256").update(JSON.stringify([handbookUrl, family.sourcePath])).digest("base64url").slice(0, 16);

  const [row] = await db
    .select({
      revisionId: revisions.id,
      authorName: revisions.authorName,
      createdAt: revisions.createdAt,
      descriptionHtml: revisionRenders.descriptionHtml,
      html: revisionRenders.html,
      contents: revisionRenders.contents,
    })
    .from(revisions)
    .leftJoin(
      revisionRenders,
      and(eq(revisionRenders.revisionId, revisions.id), eq(revisionRenders.renderer, RENDERER_VERSION), eq(revisionRenders.context, context)),
    )
    .where(and(eq(revisions.familyId, family.familyId), eq(revisions.number, family.number)));
  const revision = { number: family.number, authorName: row.authorName, createdAt: row.createdAt };
  const shown = { department, slug, title: family.title, revision };
  if (row.html !== null && row.descriptionHtml !== null && row.contents !== null) {
    return { ...shown, descriptionHtml: row.descriptionHtml, html: row.html, contents: row.contents };
  }
  return { ...shown, ...(await renderRevision(db, row.revisionId, links, context)) };
}

/** A document's page content: description, body and table of contents (stored for the newest revision; rendered on the fly for a past one). */
export function renderFamily(family: JobFamily, links: LinkContext): Pick<RenderedFamily, "descriptionHtml" | "html" | "contents"> {
  return { descriptionHtml: renderMarkdown(family.description, links), html: familyHtml(family, links), contents: familyContents(family) };
}

/**
 * Any revision's page content, rendered now (only the newest revision's render is stored). Its
 * links resolve from the family's name in that revision, as they did when it was current.
 */
export function renderPastRevision(revision: FamilyRevision, handbookUrl: string | null) {
  const { department, slug } = revision.document;
  return renderFamily(revision.document, { family: { department, slug }, sourcePath: revision.sourcePath, handbookUrl });
}

/** One revision's document as the family page shows it: the stored render for the newest, made now for an older one. */
export async function getRevisionHtml(db: Database, department: string, slug: string, number: number, handbookUrl: string | null): Promise<string> {
  const newest = await getRenderedFamily(db, department, slug, handbookUrl);
  if (newest.revision.number === number) return newest.html;
  return renderPastRevision(await getFamilyRevision(db, department, slug, number), handbookUrl).html;
}

/** Renders a stored revision and keeps the result; two instances doing it at once store it once. */
async function renderRevision(db: Database, revisionId: number, links: LinkContext, context: string) {
  const [{ document }] = await db.select({ document: revisions.document }).from(revisions).where(eq(revisions.id, revisionId));
  const rendered = renderFamily(jobFamilySchema.parse(document), links);
  await db
    .insert(revisionRenders)
    .values({ revisionId, renderer: RENDERER_VERSION, context, ...rendered })
    .onConflictDoNothing();
  return rendered;
}
