import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getDatabase } from "@/db/server";
import { can } from "@/lib/access/policy";
import { requireSubject } from "@/lib/auth/session";
import { departmentName } from "@/lib/families/names";
import { listFamilies } from "@/lib/families/queries";
import { CreateFamilyForm } from "./create-form";

export const metadata: Metadata = { title: "New job family" };

type Props = { searchParams: Promise<{ department?: string; template?: string }> };

/** A new family in a department the editor is responsible for, blank or copied from another. */
export default async function NewFamilyPage({ searchParams }: Props) {
  const subject = await requireSubject();
  const families = await listFamilies(await getDatabase());
  const known = [...new Set(families.map((f) => f.department))];
  const departments = known.filter((department) => can(subject, "family.create", { department }));
  if (departments.length === 0) forbidden();
  const { department, template } = await searchParams;
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">New job family</h1>
      <CreateFamilyForm
        departments={departments.map((d) => ({ value: d, label: departmentName(d) }))}
        templates={families.map((f) => ({ value: `${f.department}/${f.slug}`, label: `${f.title} (${f.departmentName})` }))}
        initial={{ department, template }}
      />
    </div>
  );
}
