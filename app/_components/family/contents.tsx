import type { ContentsEntry } from "@/lib/families/contents";

function Entries({ entries }: { entries: ContentsEntry[] }) {
  return (
    <ol>
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`}>
            {entry.label}
            {entry.detail && <span className="grade">{entry.detail}</span>}
          </a>
          {entry.children && entry.children.length > 0 && <Entries entries={entry.children} />}
        </li>
      ))}
    </ol>
  );
}

/** The sticky table of contents beside a family (above it on a phone). Styled in globals.css. */
export function Contents({ entries }: { entries: ContentsEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav aria-label="Contents" className="toc">
      <h2>Contents</h2>
      <Entries entries={entries} />
    </nav>
  );
}
