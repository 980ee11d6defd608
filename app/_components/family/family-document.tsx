import type { Item, JobFamily } from "@/lib/families/document";
import { Markdown } from "../markdown";
import { HiringProcess } from "./hiring-process";
import { ItemList } from "./item-list";
import { LevelSection } from "./level";
import { Sections } from "./sections";
import { Specialties } from "./specialties";

function Block({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={id} className="mt-10">
      <h2 className="mb-3 text-2xl font-semibold tracking-tight text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

/** A family-wide list under its handbook anchor, or nothing when the family has none. */
function ListBlock({ id, title, items }: { id: string; title: string; items: Item[] }) {
  if (items.length === 0) return null;
  return (
    <Block id={id} title={title}>
      <ItemList items={items} />
    </Block>
  );
}

/** The whole document of a family: every field, in the handbook's order, with its anchors. */
export function FamilyDocument({ family }: { family: JobFamily }) {
  return (
    <div>
      <Markdown source={family.overview} />
      <ListBlock id="references" title="References" items={family.references} />
      <ListBlock id="responsibilities" title="Responsibilities" items={family.responsibilities} />
      <ListBlock id="requirements" title="Requirements" items={family.requirements} />
      {family.levels.length > 0 && (
        <Block id="levels" title="Levels">
          <div className="space-y-6">
            {family.levels.map((level) => (
              <LevelSection key={level.id} family={family} level={level} />
            ))}
          </div>
        </Block>
      )}
      {family.specialties.length > 0 && (
        <Block id="specialties" title="Specialties">
          <Specialties specialties={family.specialties} headingLevel={3} />
        </Block>
      )}
      <ListBlock id="performance-indicators" title="Performance indicators" items={family.performanceIndicators} />
      {family.careerLadder.trim() && (
        <Block id="career-ladder" title="Career ladder">
          <Markdown source={family.careerLadder} />
        </Block>
      )}
      {family.hiringProcess.length > 0 && (
        <Block id="hiring-process" title="Hiring process">
          <HiringProcess stages={family.hiringProcess} />
        </Block>
      )}
      <Sections sections={family.sections} />
    </div>
  );
}
