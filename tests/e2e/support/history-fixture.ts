/**
 * Prepares the browser tests' embedded database before the server opens it (PGlite allows one
 * process at a time): after global-setup has imported the demo content and the reference family,
 * two saves through saveRevision by two different people, so history, diff, blame, activity and
 * the feeds have real revisions by real users. Run with tsx by global-setup, LADDER_DATA_DIR set.
 */
import { databaseConfigFromEnv, openDatabase } from "../../../db/client";
import { migrateDatabase } from "../../../db/migrate";
import { ensureUser } from "../../../lib/access/users";
import { getFamilyRevision } from "../../../lib/families/queries";
import { saveRevision } from "../../../lib/revisions/save";
import { hasSharedData, referencePage } from "../../support/shared-data";
import { ADMIN, ADMIN_TEXT, MANAGER, MANAGER_TEXT, REFERENCE } from "./history-data";

const handle = await openDatabase(databaseConfigFromEnv());
try {
  await migrateDatabase(handle);
  const db = handle.db;
  if (!hasSharedData) throw new Error(`history fixture: the reference page is missing (${referencePage}); set LADDER_SHARED_DIR`);

  const setup = { id: null, name: "e2e setup" };
  const [manager, admin] = await db.transaction(async (tx) => [await ensureUser(tx, MANAGER, setup), await ensureUser(tx, ADMIN, setup)]);

  const current = await getFamilyRevision(db, REFERENCE.department, REFERENCE.slug);
  const edited = structuredClone(current.document);
  const level = edited.levels.find((l) => l.requirements.some((r) => r.kind === "item"))!;
  const index = level.requirements.findIndex((r) => r.kind === "item");
  level.requirements[index] = { ...level.requirements[index], text: `${level.requirements[index].text} ${MANAGER_TEXT}` };
  const byManager = await saveRevision(db, {
    document: edited,
    baseRevision: current.number,
    author: { id: manager.id, name: MANAGER },
    summary: `Sharper first requirement for ${level.title}`,
  });

  const added = structuredClone(byManager.document);
  added.responsibilities.push({ kind: "item", text: ADMIN_TEXT, ordered: false, children: [] });
  await saveRevision(db, { document: added, baseRevision: byManager.number, author: { id: admin.id, name: ADMIN }, summary: "Quarterly strategy reviews" });
} finally {
  await handle.close();
}
