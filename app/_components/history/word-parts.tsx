import type { WordPart } from "@/lib/revisions/words";

/** Text with its word-level changes marked: struck-through red for removed, green for added. */
export function WordParts({ parts }: { parts: readonly WordPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.op === "same" ? (
          <span key={i}>{p.text}</span>
        ) : p.op === "removed" ? (
          <del key={i} className="rounded-sm bg-red-100 text-red-900 decoration-red-400">
            {p.text}
          </del>
        ) : (
          <ins key={i} className="rounded-sm bg-green-100 text-green-900 no-underline">
            {p.text}
          </ins>
        ),
      )}
    </>
  );
}
