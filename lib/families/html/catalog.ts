import { type DepartmentSummary, type FamilyCard, byGrade, gradeRange } from "../catalog";
import { departmentPagePath, familyPagePath, levelPagePath } from "../paths";
import { plural } from "../../plural";
import { element, escapeHtml } from "./escape";

/**
 * The home and department pages' lists as strings of compact HTML, like a family's document
 * (./family.ts): a short class per part (styled in app/globals.css), no utility classes repeated
 * per item. These lists grow with the company (a line per department, a card per family), so what
 * each item weighs decides how the pages keep up with a thousand families; the pages carry them
 * once, not again as a React tree (app/_components/html-once).
 */

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** " · grades 9.5–12", " · grade 10", or nothing when no level states a grade. */
function grades(range: { min: number; max: number } | null): string {
  if (!range) return "";
  return range.min === range.max ? ` · grade ${range.min}` : ` · grades ${range.min}–${range.max}`;
}

/** "4 levels · grades 9.5–12 · changed Mar 3, 2026": one line of facts under a name. */
function facts(count: string, range: { min: number; max: number } | null, changed: Date): string {
  // The day, as shown: the list says when, not to the millisecond.
  const time = element("time", { datetime: changed.toISOString().slice(0, 10) }, escapeHtml(dateFormat.format(changed)));
  return `<p class="facts">${escapeHtml(`${count}${grades(range)} · changed `)}${time}</p>`;
}

const link = (href: string, text: string) => element("a", { href }, escapeHtml(text));

function familyFacts(family: FamilyCard): string {
  return facts(plural(family.levels.length, "level"), gradeRange(family.levels), family.updatedAt);
}

/** The home page's departments: a card each, under the department's slug as its anchor. */
export function departmentListHtml(departments: readonly DepartmentSummary[]): string {
  const items = departments.map((department) => {
    const heading = `<h3>${link(departmentPagePath(department.slug), department.name)}</h3>`;
    const summary = facts(plural(department.families, "job family", "job families"), department.grades, department.updatedAt);
    return element("li", { id: department.slug, class: "card" }, heading + summary);
  });
  return element("ul", { class: "cards" }, items.join(""));
}

/** The families changed last, each with its department. */
export function recentListHtml(families: readonly FamilyCard[]): string {
  const items = families.map((family) => {
    const name = link(familyPagePath(family.department, family.slug), family.title);
    return `<li>${name} <span class="in">in ${escapeHtml(family.departmentName)}</span>${familyFacts(family)}</li>`;
  });
  return element("ul", { class: "recent" }, items.join(""));
}

/** A department's families: a card each, named by its heading, with its levels by grade. */
export function familyCardsHtml(families: readonly FamilyCard[]): string {
  const cards = families.map((family) => {
    const headingId = `f-${family.slug}`;
    const heading = element("h2", { id: headingId }, link(familyPagePath(family.department, family.slug), family.title));
    const levels = byGrade(family.levels).map((level) => {
      const grade = level.grade !== null ? `<span class="grade">${level.grade}</span>` : "";
      return `<li>${link(levelPagePath(family.department, family.slug, level.id), level.title)}${grade}</li>`;
    });
    const ladder = levels.length > 0 ? `<ol class="levels">${levels.join("")}</ol>` : "";
    return element("section", { class: "card", "aria-labelledby": headingId }, heading + familyFacts(family) + ladder);
  });
  return element("div", { class: "family-cards" }, cards.join(""));
}
