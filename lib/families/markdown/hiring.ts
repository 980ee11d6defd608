import type { HiringStage, Item } from "../document";
import { type Block, type Origin, readEntries } from "./entries";
import type { HeadingNode } from "./outline";
import type { Owner } from "./owner";

/**
 * The hiring process under a heading. Sub-headings ("### Round 1", security-engineer) become
 * bold notes followed by their stages, except the owner's own parts, which go back to it.
 */
export function readHiringPart(source: string, node: HeadingNode, owner: Owner | null): HiringStage[] {
  const origin: Origin = { source, indent: 0 };
  const stages = readStages(origin, node.blocks);
  for (const child of node.children) {
    if (owner?.isOwnPart(child.text)) {
      owner.take(child);
      continue;
    }
    if (child.text !== "") pushStageNote(stages, `**${child.text}**`);
    for (const found of readHiringPart(source, child, null)) {
      if (found.kind === "note") pushStageNote(stages, found.text);
      else stages.push(found);
    }
  }
  return stages;
}

/**
 * Hiring stages from markdown blocks: every bullet is a stage, prose between them is a note.
 * Stages the source nests under a lead-in bullet ("Selected candidates will be invited to the
 * following:") are lifted to the top, the lead-in kept as a note, since a process is one ordered
 * sequence of stages.
 */
export function readStages(origin: Origin, blocks: Block[]): HiringStage[] {
  const stages: HiringStage[] = [];
  for (const entry of readEntries(origin, blocks, false)) addEntry(stages, entry);
  return stages;
}

function addEntry(stages: HiringStage[], entry: Item): void {
  if (entry.kind === "note") return pushStageNote(stages, entry.text);
  if (entry.kind === "group") {
    if (entry.text !== "") pushStageNote(stages, `**${entry.text}**`);
    for (const child of entry.children) addEntry(stages, child);
    return;
  }
  const leadIn = entry.children.length > 0 && /:\s*$/.test(entry.text);
  if (leadIn) pushStageNote(stages, entry.text);
  else if (entry.text !== "" || entry.children.length === 0) stages.push(stage(entry.text));
  for (const child of entry.children) addEntry(stages, child);
}

export function stage(text: string): HiringStage {
  return { kind: "stage", text, durationMinutes: durationMinutes(text) };
}

/** Appends a note, joined to a note just before it (two notes in a row would re-import as one). */
export function pushStageNote(stages: HiringStage[], text: string): void {
  const last = stages[stages.length - 1];
  if (last?.kind === "note") last.text = `${last.text}\n\n${text}`;
  else stages.push({ kind: "note", text, durationMinutes: null });
}

const WORD_HOURS: Record<string, number> = { "half an": 0.5, half: 0.5, an: 1, one: 1, a: 1 };

/**
 * The first duration the stage names, in minutes: "30 minute", "45 Minute", "30-minute",
 * "for 60 minutes", "1 hour", "1.5 hours", "half an hour". Null when it names none.
 */
export function durationMinutes(text: string): number | null {
  const plain = text.replace(/\]\([^)]*\)/g, "]");
  const match =
    /\b(\d+(?:\.\d+)?)[\s-]*(minutes?|mins?|hours?|hrs?)\b/i.exec(plain) ??
    /\b(half an|half|an|one|a)[\s-]+(hours?)\b/i.exec(plain);
  if (!match) return null;
  const amount = WORD_HOURS[match[1].toLowerCase()] ?? Number(match[1]);
  const minutes = Math.round(/^h/i.test(match[2]) ? amount * 60 : amount);
  return minutes > 0 ? minutes : null;
}
