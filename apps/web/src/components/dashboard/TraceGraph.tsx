import styles from "./dashboard.module.css";

export type TraceNode = {
  id: string;
  depth: number;
  directions: ("backward" | "forward")[];
  lotCode: string | null;
  productName: string | null;
  organisation: { name: string } | null;
};
export type TraceEdge = { kind: string; from: string; to: string };
export type Trace = { nodes: TraceNode[]; edges: TraceEdge[]; root?: string };

/**
 * A lot's trace as a layered graph: where it came from on the left, where it went on the right,
 * the lot itself in the middle. Pure SVG, laid out by depth.
 */
export function TraceGraph({ trace, selfId }: { trace: Trace; selfId: string }) {
  const column = (n: TraceNode) =>
    n.depth === 0
      ? 0
      : n.directions.includes("backward") && !n.directions.includes("forward")
        ? -n.depth
        : n.depth;
  const columns = new Map<number, TraceNode[]>();
  for (const node of trace.nodes) {
    const c = column(node);
    columns.set(c, [...(columns.get(c) ?? []), node]);
  }
  const keys = [...columns.keys()].sort((a, b) => a - b);
  const minCol = keys[0] ?? 0;
  const rows = Math.max(1, ...[...columns.values()].map((c) => c.length));
  const [w, h, gapX, gapY] = [170, 46, 60, 18];
  const pos = new Map<string, { x: number; y: number }>();
  for (const [c, nodes] of columns) {
    nodes.forEach((node, i) => {
      pos.set(node.id, { x: (c - minCol) * (w + gapX) + 10, y: i * (h + gapY) + 10 });
    });
  }
  const width = keys.length * (w + gapX) - gapX + 20;
  const height = rows * (h + gapY) - gapY + 20;
  const label = trace.nodes
    .map((n) => `${n.productName ?? "item"} ${n.lotCode ?? ""} (${n.organisation?.name ?? "unknown"})`)
    .join("; ");
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className={styles.graph}
      role="img"
      aria-label={`Trace: ${label}`}
    >
      {trace.edges.map((e) => {
        const a = pos.get(e.from);
        const b = pos.get(e.to);
        if (!a || !b) return null;
        const [x1, y1, x2, y2] = [a.x + w, a.y + h / 2, b.x, b.y + h / 2];
        const mid = (x1 + x2) / 2;
        return (
          <path
            key={`${e.from}-${e.to}-${e.kind}`}
            d={`M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`}
            className={styles.graphEdge}
          />
        );
      })}
      {trace.nodes.map((n) => {
        const p = pos.get(n.id);
        if (!p) return null;
        const self = n.depth === 0 || n.id === selfId;
        return (
          <g key={n.id} transform={`translate(${p.x} ${p.y})`}>
            <rect width={w} height={h} rx="8" className={self ? styles.graphNodeSelf : styles.graphNode} />
            <text x="10" y="19" className={styles.graphText} fontWeight="600">
              {(n.productName ?? "Item").slice(0, 22)} {n.lotCode ?? ""}
            </text>
            <text x="10" y="36" className={styles.graphText}>
              {(n.organisation?.name ?? "Unknown").slice(0, 26)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
