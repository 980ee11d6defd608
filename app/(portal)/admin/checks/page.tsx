import type { Metadata } from "next";
import { getDatabase } from "@/db/server";
import { requirePermission } from "@/lib/auth/session";
import { wordListSources } from "@/lib/checks/inclusive";
import { loadCheckSettings } from "@/lib/checks/store";
import { CheckSettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Editing checks" };

/** Admins choose which editing checks block a save and which only warn. */
export default async function ChecksPage() {
  await requirePermission("admin.checks");
  const settings = await loadCheckSettings(await getDatabase());
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Editing checks</h1>
      <p className="mt-2 text-slate-600">
        Editors see every finding beside the field while they type. The same rules run on the server at every save (form
        and API): a rule set to block refuses the save and names the fields.
      </p>
      <section className="mt-6 rounded-xl border border-slate-200 bg-white p-5">
        <CheckSettingsForm settings={settings} />
      </section>
      <section className="mt-6 text-sm text-slate-600">
        <h2 className="font-semibold text-slate-900">Sources of the inclusive-language word list</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {Object.entries(wordListSources).map(([id, cite]) => (
            <li key={id}>{cite}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
