import { describeSizes, type PlaceSize } from "@/lib/revisions/diff";

export function ChangeSize({ sizes, max = 4 }: { sizes: readonly PlaceSize[]; max?: number }) {
  if (sizes.length === 0) return <span className="text-slate-400">no content change</span>;
  const lines = describeSizes(sizes);
  return (
    <ul className="space-y-0.5" data-testid="change-size">
      {lines.slice(0, max).map((line) => (
        <li key={line}>{line}</li>
      ))}
      {lines.length > max && <li className="text-slate-500">and {lines.length - max} more places</li>}
    </ul>
  );
}
