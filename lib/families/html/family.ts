import type { LinkContext } from "../../markdown/handbook-links";
import { specialtyAnchor } from "../anchors";
import type { Item, JobFamily, Level, Specialty } from "../document";
import { nextStepAddress } from "../levels";
import { familyPagePath, levelPagePath } from "../paths";
import { element, escapeHtml } from "./escape";
import { type Md, hiringProcess, itemList, markdownFor, sections } from "./lists";

/**
 * A family document as one string of compact, sanitised HTML: semantic elements and a few short
 * classes (styled in app/globals.css), every handbook anchor kept. Rendered once per revision
 * (lib/families/rendered.ts stores it) and put into the page as is, so neither the markdown
 * pipeline nor React runs per view, and the page carries the content once, not as a tree.
 *
 * Bump RENDERER_VERSION whenever the output changes: stored renders of another version are
 * ignored and made again. (A unit test fingerprints the output to catch a forgotten bump.)
 */
export const RENDERER_VERSION = 3;

function block(id: string, title: string, inner: string): string {
  return inner ? `<section id="${escapeHtml(id)}"><h2>${escapeHtml(title)}</h2>${inner}</section>` : "";
}

function part(id: string, title: string, inner: string): string {
  return inner ? `<section id="${escapeHtml(id)}"><h4>${escapeHtml(title)}</h4>${inner}</section>` : "";
}

function listBlock(md: Md, id: string, title: string, items: Item[]) {
  return block(id, title, itemList(md, items));
}

function specialties(md: Md, list: Specialty[], idPrefix: string, headingLevel: 3 | 5): string {
  if (list.length === 0) return "";
  const sub = headingLevel + 1;
  const cards = list.map((s) => {
    const lists = [
      s.responsibilities.length ? `<h${sub}>Responsibilities</h${sub}>${itemList(md, s.responsibilities)}` : "",
      s.requirements.length ? `<h${sub}>Requirements</h${sub}>${itemList(md, s.requirements)}` : "",
    ].join("");
    const inner = `<h${headingLevel}>${escapeHtml(s.name)}</h${headingLevel}>${md.block(s.description)}${lists}${sections(md, s.sections, headingLevel === 3 ? 4 : 6)}`;
    return element("article", { id: specialtyAnchor(idPrefix, s.name) }, inner);
  });
  return `<div class="specialties">${cards.join("")}</div>`;
}

/**
 * A family whose specialties are given per level gets, as its "Specialties" part, an index of
 * them: each level's, linking to where each is described. The handbook's `#specialties` links
 * then lead somewhere (see hasSpecialtiesPart).
 */
function specialtiesIndex(family: JobFamily): string {
  const rows = family.levels
    .filter((level) => level.specialties.length > 0)
    .map((level) => {
      const names = level.specialties.map((s) => element("a", { href: `#${specialtyAnchor(`${level.id}-`, s.name)}` }, escapeHtml(s.name)));
      return `<li>${element("a", { href: `#${level.id}---specialties` }, escapeHtml(level.title))}: ${names.join(", ")}</li>`;
    });
  return rows.length > 0 ? `<p>Specialties are described under each level:</p><ul>${rows.join("")}</ul>` : "";
}

/** The next step's page: a level page, or the family page when the text names only a family. */
export function nextStepHref(family: JobFamily, level: Level): string | null {
  const step = nextStepAddress(family, level);
  if (!step) return null;
  return step.level ? levelPagePath(step.department, step.slug, step.level) : familyPagePath(step.department, step.slug);
}

/** "reports either to a [Director]…" reads as "Reports to: a [Director]…" under the label. */
export function reportingLine(reportsTo: string): string {
  return reportsTo.replace(/^\s*reports\s+(?:either\s+)?to\s+(?:either\s+)?/i, "");
}

/** One level as a card under its handbook anchor (also what a level page shows). */
export function levelHtml(family: JobFamily, level: Level, md: Md = markdownFor(undefined)): string {
  const id = level.id;
  const grade = level.grade !== null ? `<span class="grade">Grade ${level.grade}</span>` : "";
  const href = nextStepHref(family, level);
  const next = level.nextStep
    ? md.block(level.nextStep.text) + (href ? element("a", { href, class: "next" }, "Next step →") : "")
    : "";
  const inner = [
    `<header><h3>${element("a", { href: levelPagePath(family.department, family.slug, id) }, escapeHtml(level.title))}</h3>${grade}</header>`,
    level.reportsTo ? `<p class="meta"><b>Reports to:</b> ${md.inline(reportingLine(level.reportsTo))}</p>` : "",
    level.gradeText ? `<p id="${escapeHtml(id)}---job-grade" class="meta">${md.inline(level.gradeText)}</p>` : "",
    md.block(level.intro),
    part(`${id}---responsibilities`, "Responsibilities", itemList(md, level.responsibilities)),
    part(`${id}---requirements`, "Requirements", itemList(md, level.requirements)),
    part(`${id}---career-ladder`, "Career ladder", next),
    part(`${id}---specialties`, "Specialties", specialties(md, level.specialties, `${id}-`, 5)),
    part(`${id}---performance-indicators`, "Performance indicators", itemList(md, level.performanceIndicators)),
    part(`${id}---hiring-process`, "Hiring process", hiringProcess(md, level.hiringProcess)),
    sections(md, level.sections, 4),
  ].join("");
  return element("section", { id, class: "level" }, inner);
}

/** The whole document below its title: every field, in the handbook's order, with its anchors. */
export function familyHtml(family: JobFamily, links?: LinkContext): string {
  const md = markdownFor(links);
  return [
    md.block(family.overview),
    listBlock(md, "references", "References", family.references),
    listBlock(md, "responsibilities", "Responsibilities", family.responsibilities),
    listBlock(md, "requirements", "Requirements", family.requirements),
    block("levels", "Levels", family.levels.map((level) => levelHtml(family, level, md)).join("")),
    block("specialties", "Specialties", family.specialties.length > 0 ? specialties(md, family.specialties, "", 3) : specialtiesIndex(family)),
    listBlock(md, "performance-indicators", "Performance indicators", family.performanceIndicators),
    block("career-ladder", "Career ladder", family.careerLadder.trim() ? md.block(family.careerLadder) : ""),
    block("hiring-process", "Hiring process", hiringProcess(md, family.hiringProcess)),
    sections(md, family.sections, 2),
  ].join("");
}
