"use client";

import Link from "next/link";
import { useEffect, useState } from "react";

/**
 * "Edit" for those who may edit this family. The family page is the same for every reader (so it
 * can be served static); who may edit is asked of the server here, fresh from the database.
 * The page passes the edit page's address: this island imports nothing of lib/families, whose
 * paths module would bring the document schema (zod) and any-ascii into every reader's browser.
 */
export function EditLink({ department, slug, href }: { department: string; slug: string; href: string }) {
  const [canEdit, setCanEdit] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/v1/families/${department}/${slug}/permissions`, { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((permissions: { edit?: boolean } | null) => setCanEdit(permissions?.edit === true))
      .catch(() => {});
    return () => controller.abort();
  }, [department, slug]);
  if (!canEdit) return null;
  return (
    <Link
      href={href}
      className="rounded-md border border-indigo-200 bg-indigo-50 px-3 py-1.5 text-sm font-medium text-indigo-800 hover:bg-indigo-100"
    >
      Edit
    </Link>
  );
}
