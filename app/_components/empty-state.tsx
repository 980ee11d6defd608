import type { ReactNode } from "react";

/** What a page says when it has nothing to show: a plain sentence and, where useful, a way on. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty" role="status">
      <p className="font-semibold">{title}</p>
      {children && <div className="mt-1 text-slate-600">{children}</div>}
    </div>
  );
}
