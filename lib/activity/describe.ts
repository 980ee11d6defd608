/**
 * Audit events in words. The log stores stable codes (`role.granted`) with details; people read
 * "granted editor of product to pat@example.com". Pure, so the page, the CSV and the feeds agree.
 */
export const activityKinds = ["save", "import", "restore", "grant", "revoke", "token", "person", "archive", "other"] as const;
export type ActivityKind = (typeof activityKinds)[number];

export const kindLabels: Record<ActivityKind, string> = {
  save: "Saves",
  import: "Imports",
  restore: "Restores",
  grant: "Role grants",
  revoke: "Role revocations",
  token: "Tokens",
  person: "People added",
  archive: "Archives and renames",
  other: "Other",
};

export type AuditFacts = { action: string; actorName: string; target: string; details: Record<string, unknown> };

const text = (v: unknown) => (typeof v === "string" ? v : v === null || v === undefined ? "" : String(v));

/** What an event is about, in the portal's terms: a family key or a person's email (null for neither). */
export function eventSubject(target: string): { family: string | null; person: string | null } {
  if (target.startsWith("family:")) return { family: target.slice("family:".length), person: null };
  if (target.startsWith("user:")) return { family: null, person: target.slice("user:".length) };
  return { family: null, person: null };
}

export function kindOf(event: AuditFacts): ActivityKind {
  switch (event.action) {
    case "revision.saved":
      if (event.details.restoredFrom !== undefined) return "restore";
      return event.actorName === "import" ? "import" : "save";
    case "role.granted":
      return "grant";
    case "role.revoked":
      return "revoke";
    case "token.created":
    case "token.revoked":
      return "token";
    case "user.created":
      return "person";
    default:
      return /^family\.(archived|renamed|moved)$/.test(event.action) ? "archive" : "other";
  }
}

/** "editor of product", "editor of product/pm", "editor of every family", "admin". */
function roleWords(details: Record<string, unknown>): string {
  if (details.role === "admin") return "admin";
  const scope = details.family ? `${text(details.department)}/${text(details.family)}` : details.department ? text(details.department) : "every family";
  return `${text(details.role) || "a role"} of ${scope}`;
}

/** One sentence saying what happened, without the actor (shown beside it) and without codes. */
export function describeEvent(event: AuditFacts): string {
  const { family, person } = eventSubject(event.target);
  const d = event.details;
  const via = d.source === "group" ? " (through identity-provider groups)" : "";
  const summary = text(d.summary);
  switch (event.action) {
    case "revision.saved": {
      if (d.restoredFrom !== undefined) return `restored revision ${text(d.restoredFrom)} of ${family} as revision ${text(d.number)}`;
      const verb = event.actorName === "import" ? "imported" : "saved";
      return `${verb} revision ${text(d.number)} of ${family}${summary ? ` — “${summary}”` : ""}`;
    }
    case "role.granted":
      return `granted ${roleWords(d)} to ${person}${via}`;
    case "role.revoked":
      return `revoked ${roleWords(d)} from ${person}${via}`;
    case "token.created":
      return `created ${d.kind === "feed" ? "feed" : "API"} token “${text(d.name)}” for ${person}`;
    case "token.revoked":
      return `revoked ${d.kind === "feed" ? "feed" : "API"} token “${text(d.name)}” of ${person}`;
    case "user.created":
      return `added ${person} (before their first sign-in)`;
    case "family.archived":
      return `archived ${family}`;
    case "family.renamed":
    case "family.moved":
      return `renamed ${family}${d.to ? ` to ${text(d.to)}` : ""}`;
    default:
      // An event this code does not know yet still reads as something rather than nothing.
      return `${event.action.replace(/[._]/g, " ")} ${family ?? person ?? event.target}`;
  }
}
