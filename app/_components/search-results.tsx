import Link from "next/link";
import type { SearchResult } from "@/lib/search/search";
import { snippetParts } from "@/lib/search/snippet";

type Props = { results: SearchResult[]; familyTitles: Map<string, string> };

/** Search results, best first: title, where it sits, and the matched words highlighted. */
export function SearchResults({ results, familyTitles }: Props) {
  return (
    <ol className="search-results" data-testid="search-results">
      {results.map((r) => (
        <li key={r.url}>
          <Link href={r.url} className="font-semibold">
            {r.title}
          </Link>
          <span className="block text-xs text-slate-600">
            {r.level ? (familyTitles.get(`${r.department}/${r.family}`) ?? r.family) : "Job family"} · {r.department}
          </span>
          <p className="mt-1 text-sm text-slate-700">
            {snippetParts(r.snippet).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}
          </p>
        </li>
      ))}
    </ol>
  );
}
