"use client";

import type { Route } from "next";
import Link from "next/link";
import { useState } from "react";
import { orgPath } from "@/lib/orgPath";
import styles from "./dashboard.module.css";
import { BOX, type Box, layoutTrace, type Trace, type TraceNode } from "./layoutTrace";

export type { Trace } from "./layoutTrace";

/** What a node says, in full: shown on hover and focus, and to screen readers. */
export function nodeWords(node: TraceNode, handOver?: Extract<Box, { type: "node" }>["handOver"]): string {
  if (node.kind === "organisation") {
    const who = node.organisation?.name ?? "another organisation";
    return handOver?.status === "pending" ? `On its way to ${who}` : `Received by ${who}`;
  }
  const what =
    node.lotCode !== null
      ? `${node.productName ?? "Lot"}, lot ${node.lotCode}`
      : node.kind === "container"
        ? `Pallet or case ${node.id.replace(/^.*\/00\//, "SSCC ")}`
        : node.id;
  return `${what}${node.organisation ? `, ${node.organisation.name}` : ""}${node.recalled ? ". Recalled" : ""}`;
}

/**
 * A lot's trace as a layered graph (`layoutTrace`): inputs upstream on the left, outputs and the
 * organisations holding it downstream on the right, hand-overs named by partner. Each lot is a link
 * to its page (the dashboard's for the organisation's own and received lots, else its public
 * page); recalled lots are red and say "Recalled"; long labels are cut and shown whole on hover
 * and focus. Large traces start with each organisation's nodes per column grouped, each group a
 * button that opens it.
 */
export function TraceGraph({ trace, orgId }: { trace: Trace; orgId: string }) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const layout = layoutTrace({ trace, expanded });
  const byId = new Map(layout.boxes.map((b) => [b.id, b]));
  const open = (ids: string[]) => setExpanded(new Set([...expanded, ...ids]));
  const collapsed = layout.boxes.filter((b) => b.type === "group");
  return (
    <div className="stack">
      {(collapsed.length > 0 || expanded.size > 0) && (
        <div className="row">
          <p className="muted" style={{ flex: 1 }}>
            {trace.nodes.length} lots, items and holders.{" "}
            {collapsed.length > 0
              ? "Lots of one organisation at the same step are grouped: open a group to see them."
              : "All groups are open."}
          </p>
          {collapsed.length > 0 ? (
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => open(collapsed.map((g) => g.id))}
            >
              Show every lot
            </button>
          ) : (
            <button type="button" className="btn btn-secondary" onClick={() => setExpanded(new Set())}>
              Group by organisation
            </button>
          )}
        </div>
      )}
      <section className={styles.trace} aria-label="Trace graph" data-testid="trace-graph">
        <div className={styles.traceCanvas} style={{ width: layout.width, height: layout.height }}>
          <svg
            width={layout.width}
            height={layout.height}
            className={styles.traceEdges}
            aria-hidden="true"
            focusable="false"
          >
            {layout.lines.map((line) => {
              const a = byId.get(line.from);
              const b = byId.get(line.to);
              if (!a || !b) return null;
              const forward = a.x <= b.x;
              const [x1, x2] = forward ? [a.x + BOX.width, b.x] : [a.x, b.x + BOX.width];
              const [y1, y2] = [a.y + BOX.height / 2, b.y + BOX.height / 2];
              const mid = (x1 + x2) / 2;
              return (
                <path
                  key={`${line.from}→${line.to}`}
                  d={`M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`}
                  className={line.kind === "custody" ? styles.traceEdgeCustody : styles.traceEdge}
                />
              );
            })}
          </svg>
          <ul className={styles.traceNodes}>
            {layout.boxes.map((box) => (
              <li
                key={box.id}
                className={styles.traceSlot}
                style={{ left: box.x, top: box.y, width: BOX.width }}
              >
                {box.type === "group" ? (
                  <button
                    type="button"
                    className={styles.traceNode}
                    data-recalled={box.recalled > 0 || undefined}
                    aria-expanded={false}
                    onClick={() => open([box.id])}
                  >
                    <span className={styles.traceLabel}>{box.organisation}</span>
                    <span className={styles.traceMeta}>
                      {box.members.length} lots {box.column < 0 ? "upstream" : "downstream"} · show them
                    </span>
                    {box.recalled > 0 && (
                      <span className="badge" data-tone="down">
                        {box.recalled} recalled
                      </span>
                    )}
                  </button>
                ) : (
                  <NodeBox
                    node={box.node}
                    handOver={box.handOver}
                    root={box.id === trace.root}
                    orgId={orgId}
                  />
                )}
              </li>
            ))}
          </ul>
        </div>
      </section>
    </div>
  );
}

function NodeBox({
  node,
  handOver,
  root,
  orgId,
}: {
  node: TraceNode;
  handOver: Extract<Box, { type: "node" }>["handOver"];
  root: boolean;
  orgId: string;
}) {
  const words = nodeWords(node, handOver);
  if (node.kind === "organisation" || node.lotCode === null) {
    return (
      // Not a link: nothing to focus, so its label is shown whole.
      <div
        role="note"
        aria-label={words}
        title={words}
        className={styles.traceNode}
        data-kind={node.kind}
        data-whole=""
      >
        <span className={styles.traceLabel}>
          {node.kind === "organisation" ? (node.organisation?.name ?? "Another organisation") : words}
        </span>
        <span className={styles.traceMeta}>
          {node.kind === "organisation"
            ? handOver?.status === "pending"
              ? "On its way to them"
              : "Received it"
            : ""}
        </span>
      </div>
    );
  }
  // The link's name is what it shows, with the punctuation a screen reader needs between the lines
  // (each line is a block: the name puts a space between them).
  const body = (
    <>
      <span className={styles.traceLabel}>
        {node.productName ?? "Lot"}, lot {node.lotCode}
        <span className="visually-hidden">,</span>
      </span>
      <span className={styles.traceMeta}>
        {node.organisation?.name ?? ""}
        {node.recalled && <span className="visually-hidden">.</span>}
      </span>
      {node.recalled && (
        <span className="badge" data-tone="down">
          Recalled
        </span>
      )}
      {root && <span className="visually-hidden"> (this lot)</span>}
    </>
  );
  const common = {
    className: styles.traceNode,
    title: words,
    "data-recalled": node.recalled || undefined,
    "data-root": root || undefined,
    "data-kind": node.kind,
  };
  return (
    <Link href={node.lotId ? orgPath(orgId, "lots", node.lotId) : (node.id as Route)} {...common}>
      {body}
    </Link>
  );
}
