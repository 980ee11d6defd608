import type { Ladder, LadderNode } from "@/lib/ladder/layout";
import { nodeHeight } from "@/lib/ladder/layout";

function Node({ node }: { node: LadderNode }) {
  const height = nodeHeight(node);
  const label = `${node.title}${node.grade !== null ? `, grade ${node.grade}` : ""}${node.external ? ", in another family" : ""}`;
  const body = (
    <>
      <rect x={node.x} y={node.y} width={node.width} height={height} rx={8} />
      {node.lines.map((line, i) => (
        <text key={i} x={node.x + node.width / 2} y={node.y + 10 + 13 + i * 16}>
          {line}
        </text>
      ))}
      {(node.grade !== null || node.external) && (
        <text className="meta" x={node.x + node.width / 2} y={node.y + 10 + 13 + node.lines.length * 16}>
          {node.external ? "another family" : `grade ${node.grade}`}
        </text>
      )}
    </>
  );
  const className = `node${node.external ? " external" : ""}`;
  return node.href ? (
    <a href={node.href} className={className} aria-label={label} data-testid="ladder-node">
      {body}
    </a>
  ) : (
    <g className={className} role="img" aria-label={label}>
      {body}
    </g>
  );
}

/**
 * The family's levels drawn as a ladder (server-rendered SVG, no script): each node a link to its
 * level, solid arrows for the career ladder's next step, dashed ones for the reporting line. The
 * same relations are listed in words for screen readers, since arrows are not read out.
 */
export function LadderDrawing({ ladder, relations }: { ladder: Ladder; relations: string[] }) {
  return (
    <figure id="ladder" className="ladder" aria-labelledby="ladder-caption">
      <figcaption id="ladder-caption">
        <h2 className="text-2xl font-semibold tracking-tight">The ladder</h2>
        <span className="legend" aria-hidden="true">
          <span className="next">next step</span> <span className="reports">reports to</span>
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${ladder.width} ${ladder.height}`} width={ladder.width} height={ladder.height} role="group" aria-labelledby="ladder-caption">
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" />
          </marker>
        </defs>
        <g aria-hidden="true">
          {ladder.edges.map((edge, i) => (
            <path key={i} d={edge.path} className={`edge ${edge.kind}`} markerEnd="url(#arrow)" />
          ))}
        </g>
        {ladder.nodes.map((node) => (
          <Node key={node.key} node={node} />
        ))}
      </svg>
      {relations.length > 0 && (
        <ul className="sr-only">
          {relations.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
    </figure>
  );
}
