import type { LinkContext } from "../../markdown/handbook-links";
import { renderInlineMarkdown, renderMarkdown } from "../../markdown/render";
import type { HiringStage, Item, Section } from "../document";
import { formatMinutes, hiringSummary } from "../levels";
import { headingAnchor } from "../names";
import { element, escapeHtml } from "./escape";

/** Markdown of one family, its links resolved for that family (lib/markdown/handbook-links.ts). */
export type Md = { block(markdown: string): string; inline(markdown: string): string };

export function markdownFor(links: LinkContext | undefined): Md {
  return { block: (m) => renderMarkdown(m, links), inline: (m) => renderInlineMarkdown(m, links) };
}

/**
 * A list as the source had it: bullets, nested bullets, labelled groups and notes, in order.
 * `</li>` is left out (HTML allows it before another item or the list's end, which is always
 * what follows here): the page carries this HTML twice, and each `</li>` costs 15 bytes in
 * React's payload.
 */
export function itemList(md: Md, items: Item[], ordered = false): string {
  if (items.length === 0) return "";
  const entries = items.map((item) => {
    if (item.kind === "note") return `<li class="note">${md.block(item.text)}`;
    if (item.kind === "group") return `<li class="group"><p>${md.inline(item.text)}</p>${itemList(md, item.children, item.ordered)}`;
    return `<li>${md.inline(item.text)}${itemList(md, item.children, item.ordered)}`;
  });
  const tag = ordered ? "ol" : "ul";
  return `<${tag}>${entries.join("")}</${tag}>`;
}

/** Content the structure does not model, shown as written under its own heading. */
export function sections(md: Md, list: Section[], level: number): string {
  return list
    .map((section) => {
      const heading = section.heading ? `<h${level}>${escapeHtml(section.heading)}</h${level}>` : "";
      return element("section", { id: section.heading ? headingAnchor(section.heading) : undefined }, heading + md.block(section.body));
    })
    .join("");
}

/** "6 stages · 4 h 30 min of interviews": what a candidate wants to know first. */
function hiringSummaryHtml(stages: HiringStage[]): string {
  const { stages: count, minutes, untimed } = hiringSummary(stages);
  if (count === 0) return "";
  const time =
    minutes > 0
      ? ` · <strong>${formatMinutes(minutes)}</strong> of interviews${untimed > 0 ? ` (${untimed} ${untimed === 1 ? "stage states" : "stages state"} no duration)` : ""}`
      : "";
  return `<p class="summary" data-testid="hiring-summary"><strong>${count} ${count === 1 ? "stage" : "stages"}</strong>${time}</p>`;
}

/** The stages as a numbered timeline (styled in globals.css), prose between them kept in place. */
export function hiringProcess(md: Md, stages: HiringStage[]): string {
  if (stages.length === 0) return "";
  // Stages are numbered by a CSS counter (app/globals.css), not a span each: less to send twice.
  const entries = stages.map((stage) => {
    if (stage.kind === "note") return `<li class="note">${md.block(stage.text)}`;
    const duration = stage.durationMinutes !== null ? `<span class="duration">${formatMinutes(stage.durationMinutes)}</span>` : "";
    return `<li>${md.inline(stage.text)}${duration}`;
  });
  return `${hiringSummaryHtml(stages)}<ol class="timeline">${entries.join("")}</ol>`;
}
