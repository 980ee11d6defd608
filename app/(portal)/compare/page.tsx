import { Comparison } from "@/app/_components/compare/comparison";
import { LevelPicker } from "@/app/_components/compare/level-picker";
import { EmptyState } from "@/app/_components/empty-state";
import { getDatabase } from "@/db/server";
import { requireUserPermission } from "@/lib/auth/session";
import { type LevelReference, type LoadedLevel, loadLevel, parseLevelReference } from "@/lib/compare/load";
import { NotFoundError } from "@/lib/errors";
import { listFamilyCards } from "@/lib/families/catalog";

export const metadata = { title: "Compare levels" };

type Props = { searchParams: Promise<{ a?: string | string[]; b?: string | string[] }> };

/** Both levels, or what is wrong with the query in words. */
async function loadBoth(a: LevelReference | null, b: LevelReference | null, raw: [unknown, unknown]) {
  if (!a || !b) {
    const bad = !a && raw[0] ? raw[0] : !b && raw[1] ? raw[1] : null;
    return { problem: bad ? `“${String(bad)}” is not a level: use department/family/level.` : null };
  }
  const db = await getDatabase();
  try {
    return { levels: [await loadLevel(db, a), await loadLevel(db, b)] as [LoadedLevel, LoadedLevel] };
  } catch (error) {
    if (error instanceof NotFoundError) return { problem: `${error.message}.` };
    throw error;
  }
}

/**
 * `/compare?a={department}/{family}/{level}&b=…`: two levels side by side, in one family or across
 * families ("what changes if I am promoted?"). Without both, a form to choose them.
 */
export default async function ComparePage({ searchParams }: Props) {
  await requireUserPermission("family.read");
  const query = await searchParams;
  const a = parseLevelReference(query.a);
  const b = parseLevelReference(query.b);
  for (const ref of [a, b]) if (ref) await requireUserPermission("family.read", { department: ref.department, family: ref.slug });
  const [families, loaded] = await Promise.all([listFamilyCards(await getDatabase()), loadBoth(a, b, [query.a, query.b])]);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">
        {loaded.levels ? `${loaded.levels[0].level.title} → ${loaded.levels[1].level.title}` : "Compare two levels"}
      </h1>
      <p className="mt-2 mb-4 text-slate-600">What changes from one level to another, in one family or across families.</p>
      <LevelPicker
        families={families}
        a={a ? `${a.department}/${a.slug}/${a.level}` : ""}
        b={b ? `${b.department}/${b.slug}/${b.level}` : ""}
      />
      {loaded.levels ? (
        <Comparison a={loaded.levels[0]} b={loaded.levels[1]} />
      ) : (
        <div className="mt-8">
          <EmptyState title={loaded.problem ?? "Choose two levels to compare"}>
            {!loaded.problem && "Pick a first and a second level above, for example your level and the next one up."}
          </EmptyState>
        </div>
      )}
    </>
  );
}
