import type { Database } from "../../db/client";
import { memoUntilContentChanges } from "../server/content-memo";
import { type FamilyRevision, getFamilyRevision } from "./queries";

/** `documentJson`: the document as JSON, encoded as UTF-8 once (an answer copies bytes, it does not encode text). */
export type PublishedFamily = { revision: FamilyRevision; documentJson: Buffer };

// The parsed document and its bytes: about three times the bytes.
const published = memoUntilContentChanges<PublishedFamily>("published-families", 16 * 1024 * 1024, (p) => p.documentJson.length * 3);

/**
 * A family's published revision with its document as JSON text, for API reads: looked up and
 * serialised once, then kept until any content changes (lib/server/content-memo.ts), so a busy
 * integration costs no query and no JSON.stringify of the whole document per request.
 */
export function getPublishedFamily(db: Database, department: string, slug: string): Promise<PublishedFamily> {
  return published(`${department}/${slug}`, async () => {
    const revision = await getFamilyRevision(db, department, slug);
    return { revision, documentJson: Buffer.from(JSON.stringify(revision.document)) };
  });
}

/** The published family if getPublishedFamily has it in memory and current; null otherwise (nothing is read). */
export function keptPublishedFamily(department: string, slug: string): PublishedFamily | null {
  return published.kept(`${department}/${slug}`) ?? null;
}
