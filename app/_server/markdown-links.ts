import "server-only";
import { cache } from "react";
import type { LinkContext } from "@/lib/markdown/handbook-links";
import { handbookUrlFromEnv } from "@/lib/markdown/handbook-url";

type Showing = { family: LinkContext["family"]; sourcePath: string | null; pageAnchors?: ReadonlySet<string> };

/** The family the current request's page shows; one object per request (React's cache). */
const showing = cache((): { current: Showing | null } => ({ current: null }));

/**
 * Called by a page before it renders a family's content, so every piece of that content's
 * markdown resolves the family's links (relative ones from the family's handbook folder) without
 * each component down the tree passing the family along. A page showing part of the family (a
 * level's) names the anchors it has: links to the family's other anchors lead to the family page.
 */
export function showFamilyLinks(family: LinkContext["family"], sourcePath: string | null, pageAnchors?: ReadonlySet<string>): void {
  showing().current = { family, sourcePath, pageAnchors };
}

/** How markdown on the current page resolves its links; undefined outside a family's page. */
export function currentLinkContext(): LinkContext | undefined {
  const current = showing().current;
  return current ? { ...current, handbookUrl: handbookUrlFromEnv() } : undefined;
}
