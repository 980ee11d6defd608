import type { Section } from "@/lib/families/document";
import { headingAnchor } from "@/lib/families/names";
import { Markdown } from "../markdown";

/** Content the structure does not model, shown as written under its own heading. */
export function Sections({ sections, level = 2 }: { sections: Section[]; level?: 2 | 3 | 4 | 5 | 6 }) {
  const Heading = `h${level}` as const;
  return sections.map((section, i) => (
    <section key={i} id={section.heading ? headingAnchor(section.heading) : undefined} className="mt-6">
      {section.heading && <Heading className="mb-2 text-lg font-semibold text-slate-900">{section.heading}</Heading>}
      <Markdown source={section.body} />
    </section>
  ));
}
