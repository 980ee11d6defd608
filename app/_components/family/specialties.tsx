import type { Specialty } from "@/lib/families/document";
import { headingAnchor } from "@/lib/families/names";
import { Markdown } from "../markdown";
import { ItemList } from "./item-list";
import { Sections } from "./sections";

type Props = { specialties: Specialty[]; idPrefix?: string; headingLevel: 3 | 5 };

export function Specialties({ specialties, idPrefix = "", headingLevel }: Props) {
  if (specialties.length === 0) return null;
  const Name = `h${headingLevel}` as const;
  const Part = `h${headingLevel + 1}` as "h4" | "h6";
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {specialties.map((specialty) => (
        <article
          key={specialty.name}
          id={`${idPrefix}${headingAnchor(specialty.name)}`}
          className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
        >
          <Name className="mb-2 font-semibold text-slate-900">{specialty.name}</Name>
          <Markdown source={specialty.description} className="prose-sm" />
          {specialty.responsibilities.length > 0 && (
            <>
              <Part className="mt-3 text-sm font-semibold text-slate-700">Responsibilities</Part>
              <ItemList items={specialty.responsibilities} />
            </>
          )}
          {specialty.requirements.length > 0 && (
            <>
              <Part className="mt-3 text-sm font-semibold text-slate-700">Requirements</Part>
              <ItemList items={specialty.requirements} />
            </>
          )}
          <Sections sections={specialty.sections} level={headingLevel === 3 ? 4 : 6} />
        </article>
      ))}
    </div>
  );
}
