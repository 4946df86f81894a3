import assert from "node:assert/strict";
import { registerHooks } from "node:module";
import { test } from "node:test";
import React, { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { layoutTrace, type Trace, type TraceNode } from "./layoutTrace";

// Rendered as the server renders it: JSX as `React.createElement`, CSS modules as their class names.
Object.assign(globalThis, { React });
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.endsWith(".module.css"))
      return {
        url: "data:text/javascript,export default new Proxy({}, { get: (_, name) => String(name) });",
        shortCircuit: true,
      };
    return nextResolve(specifier, context);
  },
});
const { TraceGraph } = await import("./TraceGraph");

const lot = (id: string, depth: number, direction: "backward" | "forward", more: Partial<TraceNode> = {}) =>
  ({
    id,
    kind: "lot",
    depth,
    directions: depth === 0 ? [] : [direction],
    gtin: "09506000134352",
    lotCode: id.split("/").pop() ?? id,
    productName: "Coffee",
    organisation: { name: "Roaster" },
    own: true,
    lotId: null,
    recalled: false,
    details: null,
    ...more,
  }) satisfies TraceNode;

/** The event an edge stands for (the drawing does not show it). */
const event: Trace["edges"][number]["event"] = {
  id: null,
  eventHash: `0x${"ab".repeat(32)}`,
  type: "TransformationEvent",
  action: null,
  bizStep: "commissioning",
  eventTime: "2026-12-04T18:00:00.000Z",
  organisation: { name: "Roaster" },
  own: true,
};

/** Roasted R made of green beans G1 and G2 (G2 recalled, the grower's), shipped to a distributor. */
const small: Trace = {
  root: "/01/09506000134352/10/R",
  nodes: [
    lot("/01/09506000134352/10/R", 0, "forward", { lotId: "lot-r", productName: "Roasted coffee" }),
    lot("/01/09506000134352/10/G1", 1, "backward", { lotId: "lot-g1" }),
    lot("/01/09506000134352/10/G2", 1, "backward", {
      own: false,
      organisation: { name: "Finca Aurora" },
      recalled: true,
      productName: "Green coffee from the upper terraces of the Pitalito valley, hand-sorted",
    }),
    {
      ...lot("org:abc", 1, "forward"),
      kind: "organisation",
      lotCode: null,
      productName: null,
      organisation: { name: "Distributor" },
      own: false,
    },
  ],
  edges: [
    {
      kind: "transformation",
      event,
      from: "/01/09506000134352/10/G1",
      to: "/01/09506000134352/10/R",
      custody: null,
    },
    {
      kind: "transformation",
      event,
      from: "/01/09506000134352/10/G2",
      to: "/01/09506000134352/10/R",
      custody: null,
    },
    {
      kind: "custody",
      event,
      from: "/01/09506000134352/10/R",
      to: "org:abc",
      custody: { from: "Roaster", to: "Distributor", status: "completed" },
    },
  ],
};

test("inputs upstream to the left, the lot in the middle, holders downstream to the right", () => {
  const { boxes, lines } = layoutTrace({ trace: small, expanded: new Set() });
  const x = (id: string) => boxes.find((b) => b.id === id)?.x ?? Number.NaN;
  assert.ok(x("/01/09506000134352/10/G1") < x(small.root));
  assert.equal(x("/01/09506000134352/10/G1"), x("/01/09506000134352/10/G2"));
  assert.ok(x("org:abc") > x(small.root));
  assert.equal(lines.length, 3);
  assert.equal(boxes.filter((b) => b.type === "group").length, 0, "small traces are not grouped");
});

test("the drawing: each lot a link to its page, recalled ones say so, hand-overs name the partner, labels whole on hover", () => {
  const html = renderToStaticMarkup(createElement(TraceGraph, { trace: small, orgId: "org-1" }));
  assert.match(html, /href="\/dashboard\/org-1\/lots\/lot-g1"/, "own lot: its dashboard page");
  assert.match(html, /href="\/01\/09506000134352\/10\/G2"/, "another organisation's lot: its public page");
  assert.match(html, /data-recalled="true"[^>]*>.*?Recalled<\/span>/s);
  assert.match(
    html,
    /title="Green coffee from the upper terraces of the Pitalito valley, hand-sorted, lot G2, Finca Aurora. Recalled"/,
  );
  assert.match(html, /Received by Distributor/);
});

test("200 nodes: one organisation's lots per column are grouped until opened", () => {
  const nodes: TraceNode[] = [lot("/01/1/10/ROOT", 0, "forward")];
  const edges: Trace["edges"] = [];
  for (let i = 0; i < 199; i++) {
    const depth = 1 + (i % 5);
    const upstream = i % 2 === 0;
    const id = `/01/1/10/N${i}`;
    nodes.push(
      lot(id, depth, upstream ? "backward" : "forward", {
        organisation: { name: i % 3 === 0 ? "Mill" : "Farm" },
      }),
    );
    edges.push({
      kind: "transformation",
      event,
      from: upstream ? id : "/01/1/10/ROOT",
      to: upstream ? "/01/1/10/ROOT" : id,
      custody: null,
    });
  }
  const trace: Trace = { root: "/01/1/10/ROOT", nodes, edges };
  const grouped = layoutTrace({ trace, expanded: new Set() });
  const groups = grouped.boxes.filter((b) => b.type === "group");
  assert.ok(grouped.boxes.length <= 25, `${grouped.boxes.length} boxes`);
  assert.equal(
    groups.reduce((n, g) => n + (g.type === "group" ? g.members.length : 0), 0) +
      grouped.boxes.length -
      groups.length,
    200,
    "every node is in exactly one box",
  );
  const first = groups[0];
  assert.ok(first);
  const opened = layoutTrace({ trace, expanded: new Set([first.id]) });
  assert.equal(
    opened.boxes.length,
    grouped.boxes.length - 1 + (first.type === "group" ? first.members.length : 0),
  );
  const html = renderToStaticMarkup(createElement(TraceGraph, { trace, orgId: "org-1" }));
  assert.match(html, /Show every lot/);
  assert.match(html, /aria-expanded="false"/);
});
