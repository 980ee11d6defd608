import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";

/** Admin's landing page is People (the only admin area so far); checked before redirecting. */
export default async function AdminPage() {
  await requirePermission("admin.people");
  redirect("/admin/people");
}
