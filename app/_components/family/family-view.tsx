import type { ReactNode } from "react";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { departmentName } from "@/lib/families/names";
import { departmentPagePath } from "@/lib/families/paths";
import type { RenderedFamily } from "@/lib/families/rendered";
import { HtmlOnce } from "../html-once/html-once";
import { Contents } from "./contents";
import { RevisionLine } from "./revision-line";

type Props = {
  family: RenderedFamily;
  banner?: ReactNode;
  ladder?: ReactNode;
  actions?: ReactNode;
  /** Where the browser can fetch the document's HTML: given, the page carries it once, not twice (HtmlOnce). */
  documentSrc?: string;
};

/**
 * A family page's body: breadcrumbs, title, revision line, the drawn ladder, the whole document
 * and its table of contents. The document is one string of HTML rendered once per revision
 * (lib/families/rendered.ts): the page carries it as markup, not as a React tree of hundreds of
 * items, and with `documentSrc` not a second time in the React payload either.
 * Nothing here may depend on who reads: the page is cached for every reader.
 */
export function FamilyView({ family, banner, ladder, actions, documentSrc }: Props) {
  const documentClass = "family prose prose-slate max-w-none prose-a:text-indigo-700";
  return (
    <>
      <header>
        <Breadcrumbs
          trail={[
            { label: "Job families", href: "/" },
            { label: departmentName(family.department), href: departmentPagePath(family.department) },
            { label: family.title },
          ]}
        />
        {banner}
        <h1 className="mt-2 text-3xl font-bold tracking-tight">{family.title}</h1>
        {family.descriptionHtml && (
          <div className="prose prose-slate mt-2 max-w-none text-slate-600 prose-a:text-indigo-700" dangerouslySetInnerHTML={{ __html: family.descriptionHtml }} />
        )}
        <div className="mt-3">
          <RevisionLine department={family.department} slug={family.slug} revision={family.revision} />
        </div>
        {/* Per-person controls (Edit) are client islands: the page itself is the same for everyone. */}
        {actions && <div className="mt-2">{actions}</div>}
      </header>
      <div className="with-toc mt-6">
        <article className="min-w-0">
          {ladder}
          {/* Sanitised when rendered (lib/families/html). */}
          {documentSrc ? (
            <HtmlOnce html={family.html} src={documentSrc} className={documentClass} />
          ) : (
            <div className={documentClass} dangerouslySetInnerHTML={{ __html: family.html }} />
          )}
        </article>
        <aside>
          <Contents entries={family.contents} />
        </aside>
      </div>
    </>
  );
}
