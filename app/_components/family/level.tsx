import Link from "next/link";
import type { JobFamily, Level } from "@/lib/families/document";
import { Markdown } from "../markdown";
import { HiringProcess } from "./hiring-process";
import { ItemList } from "./item-list";
import { Sections } from "./sections";
import { Specialties } from "./specialties";

function nextStepHref(family: JobFamily, level: Level): string | null {
  const target = level.nextStep?.target;
  if (!target) return null;
  const department = target.department ?? family.department;
  const slug = target.family ?? family.slug;
  const anchor = target.level ? `#${target.level}` : "";
  return department === family.department && slug === family.slug
    ? anchor || null
    : `/job-families/${department}/${slug}${anchor}`;
}

/** "reports either to a [Director]…" reads as "Reports to: a [Director]…" under the label. */
function reportingLine(reportsTo: string): string {
  return reportsTo.replace(/^\s*reports\s+(?:either\s+)?to\s+(?:either\s+)?/i, "");
}

function Part({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <section id={id} className="mt-6">
      <h4 className="mb-2 text-base font-semibold text-slate-800">{title}</h4>
      {children}
    </section>
  );
}

export function LevelSection({ family, level }: { family: JobFamily; level: Level }) {
  const href = nextStepHref(family, level);
  return (
    <section id={level.id} className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <header className="flex flex-wrap items-baseline gap-3">
        <h3 className="text-xl font-semibold text-slate-900">{level.title}</h3>
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
        <Part title="Responsibilities" id={`${level.id}---responsibilities`}>
          <ItemList items={level.responsibilities} />
        </Part>
      )}
      {level.requirements.length > 0 && (
        <Part title="Requirements" id={`${level.id}---requirements`}>
          <ItemList items={level.requirements} />
        </Part>
      )}
      {level.nextStep && (
        <Part title="Career ladder" id={`${level.id}---career-ladder`}>
          <Markdown source={level.nextStep.text} />
          {href && (
            <Link href={href} className="mt-1 inline-block text-sm font-medium text-indigo-700 hover:underline">
              Next step →
            </Link>
          )}
        </Part>
      )}
      {level.specialties.length > 0 && (
        <Part title="Specialties" id={`${level.id}---specialties`}>
          <Specialties specialties={level.specialties} idPrefix={`${level.id}-`} headingLevel={5} />
        </Part>
      )}
      {level.performanceIndicators.length > 0 && (
        <Part title="Performance indicators" id={`${level.id}---performance-indicators`}>
          <ItemList items={level.performanceIndicators} />
        </Part>
      )}
      {level.hiringProcess.length > 0 && (
        <Part title="Hiring process" id={`${level.id}---hiring-process`}>
          <HiringProcess stages={level.hiringProcess} />
        </Part>
      )}
      <Sections sections={level.sections} level={4} />
    </section>
  );
}
