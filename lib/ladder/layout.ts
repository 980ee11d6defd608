import { byGrade } from "../families/catalog";
import type { JobFamily } from "../families/document";
import { type LevelAddress, linkedAddresses, nextStepAddress } from "../families/levels";
import { departmentName } from "../families/names";
import { familyPagePath, levelPagePath } from "../families/paths";

export type LadderNode = {
  key: string;
  title: string;
  grade: number | null;
  /** A level of another family (or another family as a whole). */
  external: boolean;
  /** Null when the target is not a family in the portal. */
  href: string | null;
  x: number;
  y: number;
  width: number;
  lines: string[];
};
export type LadderEdge = { from: string; to: string; kind: "next" | "reports"; path: string };
export type Ladder = { width: number; height: number; nodes: LadderNode[]; edges: LadderEdge[] };

/** Other families' titles, by `department/slug`, to name (and link) nodes outside this family. */
export type KnownFamilies = ReadonlyMap<string, string>;

// Sized for a phone: the drawing is 360 units wide, so on a 360 px screen 13-unit text is 13 px.
const WIDTH = 360;
const GAP = 12;
const NODE_HEIGHT_LINE = 16;
const NODE_PADDING = 10;
const ROW_GAP = 44;
const CHAR_WIDTH = 7; // average width of a 13-unit sans-serif character, for wrapping

const keyOf = (a: LevelAddress) => `${a.department}/${a.slug}#${a.level ?? ""}`;

/** Words into lines that fit `width` units, at most three (the last one ellipsised). */
export function wrap(text: string, width: number): string[] {
  const max = Math.max(8, Math.floor((width - 2 * NODE_PADDING) / CHAR_WIDTH));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= 3) return lines;
  return [...lines.slice(0, 2), `${lines[2].slice(0, max - 1)}…`];
}

function externalNode(address: LevelAddress, known: KnownFamilies): Omit<LadderNode, "x" | "y" | "width" | "lines"> {
  const familyTitle = known.get(`${address.department}/${address.slug}`);
  // Without the other family's document at hand, its anchor or folder name is the best label.
  const readable = departmentName(address.level ?? address.slug.split("--").pop()!);
  return {
    key: keyOf(address),
    title: address.level ? readable : (familyTitle ?? readable),
    grade: null,
    external: true,
    href: familyTitle === undefined ? null : address.level ? levelPagePath(address.department, address.slug, address.level) : familyPagePath(address.department, address.slug),
  };
}

/**
 * The family's ladder as a drawing: one row per grade (highest on top, ungraded at the bottom),
 * levels of equal grade side by side, and a top row for the places outside the family that its
 * levels step up or report to. Arrows: "next" for the career ladder's next step, "reports" for
 * the reporting line. Pure geometry, rendered as SVG by the page.
 */
export function layoutLadder(family: JobFamily, known: KnownFamilies): Ladder {
  const here = (level: string) => keyOf({ department: family.department, slug: family.slug, level });
  const edges: Omit<LadderEdge, "path">[] = [];
  const externals = new Map<string, ReturnType<typeof externalNode>>();
  const target = (address: LevelAddress) => {
    const inFamily = address.department === family.department && address.slug === family.slug;
    if (inFamily && address.level && family.levels.some((l) => l.id === address.level)) return here(address.level);
    if (inFamily) return null;
    const node = externalNode(address, known);
    externals.set(node.key, node);
    return node.key;
  };
  for (const level of family.levels) {
    const next = nextStepAddress(family, level);
    const to = next && target(next);
    if (to) edges.push({ from: here(level.id), to, kind: "next" });
    for (const manager of linkedAddresses(family, level.reportsTo)) {
      const boss = target(manager);
      if (boss && boss !== here(level.id)) edges.push({ from: here(level.id), to: boss, kind: "reports" });
    }
  }

  // Rows top to bottom: the other families, then grades from highest to lowest, then ungraded.
  const rows: Omit<LadderNode, "x" | "y" | "width" | "lines">[][] = [];
  if (externals.size > 0) rows.push([...externals.values()]);
  const ordered = byGrade(family.levels).reverse();
  const graded = ordered.filter((l) => l.grade !== null);
  const grades = [...new Set(graded.map((l) => l.grade))];
  for (const grade of grades) rows.push(graded.filter((l) => l.grade === grade).map((l) => ({ key: here(l.id), title: l.title, grade, external: false, href: levelPagePath(family.department, family.slug, l.id) })));
  const ungraded = ordered.filter((l) => l.grade === null);
  if (ungraded.length > 0) rows.push(ungraded.map((l) => ({ key: here(l.id), title: l.title, grade: null, external: false, href: levelPagePath(family.department, family.slug, l.id) })));

  const nodes: LadderNode[] = [];
  let y = 8;
  for (const row of rows) {
    const width = (WIDTH - GAP * (row.length + 1)) / row.length;
    const placed = row.map((node, i) => ({ ...node, x: GAP + i * (width + GAP), y, width, lines: wrap(node.title, width) }));
    const height = Math.max(...placed.map(nodeHeight));
    nodes.push(...placed);
    y += height + ROW_GAP;
  }
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  return {
    width: WIDTH,
    height: y - ROW_GAP + 8,
    nodes,
    edges: edges
      .filter((e) => byKey.has(e.from) && byKey.has(e.to))
      .map((e) => ({ ...e, path: arrowPath(byKey.get(e.from)!, byKey.get(e.to)!, e.kind) })),
  };
}

export function nodeHeight(node: Pick<LadderNode, "lines" | "grade" | "external">): number {
  const extra = node.grade !== null || node.external ? 1 : 0;
  return (node.lines.length + extra) * NODE_HEIGHT_LINE + 2 * NODE_PADDING;
}

/** From one node's edge to the other's: up, down or sideways; next steps left of centre, reporting lines right. */
function arrowPath(from: LadderNode, to: LadderNode, kind: LadderEdge["kind"]): string {
  const shift = kind === "next" ? -8 : 8;
  const fx = from.x + from.width / 2 + shift;
  const tx = to.x + to.width / 2 + shift;
  if (to.y < from.y) {
    const y1 = from.y;
    const y2 = to.y + nodeHeight(to);
    const mid = (y1 + y2) / 2;
    return `M${fx},${y1} C${fx},${mid} ${tx},${mid} ${tx},${y2 + 2}`;
  }
  if (to.y > from.y) {
    const y1 = from.y + nodeHeight(from);
    const mid = (y1 + to.y) / 2;
    return `M${fx},${y1} C${fx},${mid} ${tx},${mid} ${tx},${to.y - 2}`;
  }
  const y = from.y + nodeHeight(from) / 2;
  const [x1, x2] = to.x > from.x ? [from.x + from.width, to.x - 2] : [from.x, to.x + to.width + 2];
  return `M${x1},${y} L${x2},${y}`;
}

/** The arrows in words, one line per level that has any, for readers who cannot see them. */
export function describeLadder(ladder: Ladder): string[] {
  const title = new Map(ladder.nodes.map((n) => [n.key, n.title]));
  return ladder.nodes
    .map((node) => {
      const out = ladder.edges.filter((e) => e.from === node.key);
      const next = out.filter((e) => e.kind === "next").map((e) => title.get(e.to));
      const reports = out.filter((e) => e.kind === "reports").map((e) => title.get(e.to));
      const parts = [next.length ? `next step: ${next.join(", ")}` : "", reports.length ? `reports to: ${reports.join(" or ")}` : ""].filter(Boolean);
      return parts.length ? `${node.title} — ${parts.join("; ")}` : "";
    })
    .filter(Boolean);
}
