import Link from "next/link";
import type { JobFamily, Level } from "@/lib/families/document";
import { nextStepHref, reportingLine } from "@/lib/families/html/family";
import { levelPagePath } from "@/lib/families/paths";
import { Markdown } from "../markdown";
import { HiringProcess } from "./hiring-process";
import { ItemList } from "./item-list";
import { Sections } from "./sections";
import { Specialties } from "./specialties";

type Headings = { title: "h1" | "h3"; part: "h2" | "h4"; specialty: 3 | 5 };
const IN_FAMILY: Headings = { title: "h3", part: "h4", specialty: 5 };
/** On its own page the level is the page's subject: its title is the h1 and its parts h2. */
const ON_OWN_PAGE: Headings = { title: "h1", part: "h2", specialty: 3 };

function Part({ title, id, heading: Heading, children }: { title: string; id: string; heading: "h2" | "h4"; children: React.ReactNode }) {
  return (
    <section id={id} className="mt-6">
      <Heading className="mb-2 text-base font-semibold text-slate-800">{title}</Heading>
      {children}
    </section>
  );
}

type Props = { family: JobFamily; level: Level; ownPage?: boolean };

export function LevelSection({ family, level, ownPage = false }: Props) {
  const href = nextStepHref(family, level);
  const h = ownPage ? ON_OWN_PAGE : IN_FAMILY;
  const Title = h.title;
  return (
    <section id={level.id} className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <header className="flex flex-wrap items-baseline gap-3">
        <Title className={ownPage ? "text-3xl font-bold tracking-tight" : "text-xl font-semibold"}>
          {ownPage ? level.title : <a href={levelPagePath(family.department, family.slug, level.id)}>{level.title}</a>}
        </Title>
        {level.grade !== null && (
          <span className="rounded-full bg-indigo-600 px-2.5 py-0.5 text-sm font-medium text-white">
            Grade {level.grade}
          </span>
        )}
      </header>
      {level.reportsTo && (
        <p className="mt-1 text-sm text-slate-600">
          <span className="font-medium text-slate-700">Reports to: </span>
          <Markdown source={reportingLine(level.reportsTo)} inline />
        </p>
      )}
      {level.gradeText && (
        <p id={`${level.id}---job-grade`} className="mt-1 text-sm text-slate-600">
          <Markdown source={level.gradeText} inline />
        </p>
      )}
      <Markdown source={level.intro} className="mt-3" />
      {level.responsibilities.length > 0 && (
        <Part heading={h.part} title="Responsibilities" id={`${level.id}---responsibilities`}>
          <ItemList items={level.responsibilities} />
        </Part>
      )}
      {level.requirements.length > 0 && (
        <Part heading={h.part} title="Requirements" id={`${level.id}---requirements`}>
          <ItemList items={level.requirements} />
        </Part>
      )}
      {level.nextStep && (
        <Part heading={h.part} title="Career ladder" id={`${level.id}---career-ladder`}>
          <Markdown source={level.nextStep.text} />
          {href && (
            <Link href={href} className="mt-1 inline-block text-sm font-medium text-indigo-700 hover:underline">
              Next step →
            </Link>
          )}
        </Part>
      )}
      {level.specialties.length > 0 && (
        <Part heading={h.part} title="Specialties" id={`${level.id}---specialties`}>
          <Specialties specialties={level.specialties} idPrefix={`${level.id}-`} headingLevel={h.specialty} />
        </Part>
      )}
      {level.performanceIndicators.length > 0 && (
        <Part heading={h.part} title="Performance indicators" id={`${level.id}---performance-indicators`}>
          <ItemList items={level.performanceIndicators} />
        </Part>
      )}
      {level.hiringProcess.length > 0 && (
        <Part heading={h.part} title="Hiring process" id={`${level.id}---hiring-process`}>
          <HiringProcess stages={level.hiringProcess} />
        </Part>
      )}
      <Sections sections={level.sections} level={ownPage ? 2 : 4} />
    </section>
  );
}
