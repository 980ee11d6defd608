import type { Specialty } from "@/lib/families/document";
import { headingAnchor } from "@/lib/families/names";
import { Markdown } from "../markdown";
import { ItemList } from "./item-list";
import { Sections } from "./sections";

export function Specialties({ specialties, idPrefix = "" }: { specialties: Specialty[]; idPrefix?: string }) {
  if (specialties.length === 0) return null;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {specialties.map((specialty) => (
        <article
          key={specialty.name}
          id={`${idPrefix}${headingAnchor(specialty.name)}`}
          className="rounded-lg border border-slate-200 bg-white p-4"
        >
          <h4 className="mb-2 font-semibold text-slate-900">{specialty.name}</h4>
          <Markdown source={specialty.description} className="prose-sm" />
          {specialty.responsibilities.length > 0 && (
            <>
              <h5 className="mt-3 text-sm font-semibold text-slate-700">Responsibilities</h5>
              <ItemList items={specialty.responsibilities} />
            </>
          )}
          {specialty.requirements.length > 0 && (
            <>
              <h5 className="mt-3 text-sm font-semibold text-slate-700">Requirements</h5>
              <ItemList items={specialty.requirements} />
            </>
          )}
          <Sections sections={specialty.sections} level={5} />
        </article>
      ))}
    </div>
  );
}
