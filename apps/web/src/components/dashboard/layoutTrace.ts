import type { ApiResponse } from "@/lib/api/types";

/** The API's trace of a lot (`GET /orgs/:orgId/lots/:lotId/trace`), its nodes and edges. */
export type Trace = ApiResponse<"/orgs/{orgId}/lots/{lotId}/trace", "get">;
export type TraceNode = Trace["nodes"][number];
export type TraceEdge = Trace["edges"][number];

/** A box of the drawing: one node, or a collapsed group of the nodes of one organisation in one column. */
export type Box =
  | { type: "node"; id: string; x: number; y: number; node: TraceNode; handOver?: TraceEdge["custody"] }
  | {
      type: "group";
      id: string;
      x: number;
      y: number;
      organisation: string;
      /** Hops from the traced lot; negative upstream. */
      column: number;
      members: TraceNode[];
      recalled: number;
    };
export type Line = { from: string; to: string; kind: TraceEdge["kind"] };
export type TraceLayout = { boxes: Box[]; lines: Line[]; width: number; height: number; groups: number };

export const BOX = { width: 210, height: 76, gapX: 56, gapY: 16, pad: 8 };

export type LayoutTraceParameters = {
  trace: Trace;
  /** Groups (`Box.id`) the person opened. */
  expanded: ReadonlySet<string>;
  /** Above this many nodes, nodes of one organisation in one column are grouped (default 40). */
  collapseAbove?: number;
  /** A group needs at least this many nodes (default 3). */
  minGroup?: number;
};

/**
 * Lays a trace out in columns: what it was made of to the left (one column per hop upstream),
 * the traced lot in the middle, what it became and who holds it to the right. Above
 * `collapseAbove` nodes, the nodes of one organisation in one column become one group box until
 * opened (`expanded`), so 200 nodes stay a handful of boxes. Within a column, boxes are ordered by
 * the average row of their neighbours in the column nearer the middle (fewer crossings), then by
 * organisation and label.
 *
 * @example
 * const { boxes, lines, width, height } = layoutTrace({ trace, expanded: new Set() });
 */
export function layoutTrace({
  trace,
  expanded,
  collapseAbove = 40,
  minGroup = 3,
}: LayoutTraceParameters): TraceLayout {
  const lotColumn = (n: TraceNode) =>
    n.id === trace.root || n.depth === 0
      ? 0
      : n.directions.includes("backward") && !n.directions.includes("forward")
        ? -n.depth
        : n.depth;
  // An organisation holding a lot stands one column to the right of the lot handed to it.
  const nodeById = new Map(trace.nodes.map((n) => [n.id, n]));
  const handOvers = new Map<string, TraceEdge["custody"]>();
  const holderColumn = new Map<string, number>();
  for (const e of trace.edges) {
    if (e.kind !== "custody" || !e.custody || e.from === e.to) continue;
    handOvers.set(e.to, e.custody);
    const from = nodeById.get(e.from);
    if (!from) continue;
    const c = lotColumn(from) + 1;
    holderColumn.set(e.to, Math.min(holderColumn.get(e.to) ?? c, c));
  }
  const columnOf = (n: TraceNode) => holderColumn.get(n.id) ?? lotColumn(n);

  // Which box each node is drawn in.
  const boxOf = new Map<string, string>();
  const groups = new Map<string, Extract<Box, { type: "group" }>>();
  const candidates = new Map<string, TraceNode[]>();
  const collapse = trace.nodes.length > collapseAbove;
  for (const node of trace.nodes) {
    const column = columnOf(node);
    const key = `group:${column}:${node.organisation?.name ?? "?"}`;
    if (collapse && node.id !== trace.root && node.kind !== "organisation")
      candidates.set(key, [...(candidates.get(key) ?? []), node]);
  }
  for (const [key, members] of candidates) {
    if (members.length < minGroup || expanded.has(key)) continue;
    const first = members[0] as TraceNode;
    groups.set(key, {
      type: "group",
      id: key,
      x: 0,
      y: 0,
      organisation: first.organisation?.name ?? "Unknown organisation",
      column: columnOf(first),
      members,
      recalled: members.filter((m) => m.recalled).length,
    });
    for (const m of members) boxOf.set(m.id, key);
  }
  const boxes: Box[] = [...groups.values()];
  for (const node of trace.nodes) {
    if (boxOf.has(node.id)) continue;
    boxOf.set(node.id, node.id);
    boxes.push({ type: "node", id: node.id, x: 0, y: 0, node, handOver: handOvers.get(node.id) });
  }

  const lines = new Map<string, Line>();
  for (const e of trace.edges) {
    const from = boxOf.get(e.from);
    const to = boxOf.get(e.to);
    if (!from || !to || from === to) continue;
    lines.set(`${from}→${to}`, { from, to, kind: e.kind });
  }

  // Columns, ordered from the middle outwards by the neighbours' rows.
  const column = (box: Box) => (box.type === "group" ? box.column : columnOf(box.node));
  const label = (box: Box) =>
    box.type === "group"
      ? `${box.organisation}`
      : `${box.node.organisation?.name ?? ""} ${box.node.productName ?? ""} ${box.node.lotCode ?? box.node.id}`;
  const columns = new Map<number, Box[]>();
  for (const box of boxes) columns.set(column(box), [...(columns.get(column(box)) ?? []), box]);
  const neighbours = new Map<string, string[]>();
  for (const l of lines.values()) {
    neighbours.set(l.from, [...(neighbours.get(l.from) ?? []), l.to]);
    neighbours.set(l.to, [...(neighbours.get(l.to) ?? []), l.from]);
  }
  const row = new Map<string, number>();
  const boxById = new Map(boxes.map((b) => [b.id, b]));
  const keys = [...columns.keys()].sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
  for (const c of keys) {
    const inner = c === 0 ? undefined : c > 0 ? c - 1 : c + 1;
    const weight = (box: Box) => {
      const rows = (neighbours.get(box.id) ?? []).flatMap((n) => {
        const other = boxById.get(n);
        return other && inner !== undefined && column(other) === inner ? [row.get(n) ?? 0] : [];
      });
      return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : Number.POSITIVE_INFINITY;
    };
    const sorted = [...(columns.get(c) ?? [])]
      .map((box) => ({ box, w: weight(box), l: label(box) }))
      .sort((a, b) => a.w - b.w || a.l.localeCompare(b.l));
    sorted.forEach(({ box }, i) => {
      row.set(box.id, i);
    });
    columns.set(
      c,
      sorted.map((s) => s.box),
    );
  }
  const ordered = [...columns.keys()].sort((a, b) => a - b);
  const first = ordered[0] ?? 0;
  const tallest = Math.max(1, ...[...columns.values()].map((c) => c.length));
  for (const [c, list] of columns) {
    // Each column centred on the tallest one.
    const offset = ((tallest - list.length) * (BOX.height + BOX.gapY)) / 2;
    list.forEach((box, i) => {
      box.x = BOX.pad + (c - first) * (BOX.width + BOX.gapX);
      box.y = BOX.pad + offset + i * (BOX.height + BOX.gapY);
    });
  }
  return {
    boxes,
    lines: [...lines.values()],
    width: BOX.pad * 2 + ordered.length * (BOX.width + BOX.gapX) - BOX.gapX,
    height: BOX.pad * 2 + tallest * (BOX.height + BOX.gapY) - BOX.gapY,
    groups: candidates.size > 0 ? [...candidates.values()].filter((m) => m.length >= minGroup).length : 0,
  };
}
