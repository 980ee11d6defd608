import type { Database } from "../../db/client";
import { allCurrentFamilies } from "../families/queries";

/** A level anywhere in the portal, as the "next step" picker offers it. */
export type LevelTarget = { department: string; family: string; familyTitle: string; level: string; levelTitle: string };

export async function levelTargets(db: Database): Promise<LevelTarget[]> {
  const families = await allCurrentFamilies(db);
  return families.flatMap(({ document: f }) =>
    f.levels.map((l) => ({ department: f.department, family: f.slug, familyTitle: f.title, level: l.id, levelTitle: l.title })),
  );
}
