import type { ReactNode } from "react";

type Props = { id: string; title: string; empty: boolean; emptyText: string; children: ReactNode };

/** A page section with a heading, saying so in words when it has nothing to list. */
export function TitledSection({ id, title, empty, emptyText, children }: Props) {
  return (
    <section className="mt-8" aria-labelledby={id}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {empty ? <p className="mt-2 text-slate-600">{emptyText}</p> : children}
    </section>
  );
}
