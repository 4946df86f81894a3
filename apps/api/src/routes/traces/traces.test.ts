import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { createSession, SESSION_COOKIE } from "../../services/auth/sessions.ts";
import type { TraceLotReturnType } from "../../services/traces/traceLot.ts";
import { type Actors, call } from "../../testing/actors.ts";
import { numberedKey } from "../../testing/captureFixtures.ts";
import {
  createProductLot,
  type InsertedEvent,
  insertEvent,
  unlinkLinksMadeBeforeTheWriteRule,
} from "../../testing/events.ts";
import { createKeyedLots, type KeyedLot, lotView } from "../../testing/lotGraphFixtures.ts";
import { testAppWithActors } from "../../testing/suite.ts";

const gtin = (n: number) => numberedKey("0952012345", n);
const lotUri = (g: string, lot: string) => `https://id.gs1.org/01/${g}/10/${lot}`;
const SSCC = "urn:epc:id:sscc:0614141.1234567890";
const SSCC_LINK = "https://id.gs1.org/00/106141412345678908";

/**
 * Tomatoes (T1) and basil (B1) of organisation A become sauce (S1); S1 is packed on a pallet
 * (SSCC), shipped to B, received and unpacked there; B makes pizza (Z1) from S1, and (a cycle)
 * "reworks" Z1 back into S1.
 */
describe("traces: GET /orgs/:orgId/lots/:lotId/trace", () => {
  const { t, a } = testAppWithActors();
  let lots: Record<string, KeyedLot>;
  const events: Record<string, InsertedEvent> = {};

  before(async () => {
    const A = a.orgA.id;
    const B = a.orgB.id;
    lots = await createKeyedLots(t.db, [
      ["T1", A, gtin(1), "Tomatoes"],
      ["B1", A, gtin(2), "Basil"],
      ["S1", A, gtin(3), "Tomato sauce"],
      ["Z1", B, gtin(4), "Pizza"],
    ]);
    const at = (day: number) => ({
      eventTime: `2026-03-0${day}T08:00:00.000Z`,
      eventTimeZoneOffset: "+00:00",
    });
    events.harvest = await insertEvent(t.db, A, {
      type: "ObjectEvent",
      action: "ADD",
      ...at(1),
      quantityList: [{ epcClass: lotUri(gtin(1), "T1"), quantity: 100, uom: "KGM" }],
      bizStep: "commissioning",
    });
    events.cook = await insertEvent(t.db, A, {
      type: "TransformationEvent",
      ...at(2),
      inputQuantityList: [
        { epcClass: lotUri(gtin(1), "T1"), quantity: 50, uom: "KGM" },
        { epcClass: lotUri(gtin(2), "B1"), quantity: 1, uom: "KGM" },
      ],
      outputQuantityList: [{ epcClass: lotUri(gtin(3), "S1"), quantity: 40, uom: "KGM" }],
    });
    events.pack = await insertEvent(t.db, A, {
      type: "AggregationEvent",
      action: "ADD",
      ...at(3),
      parentID: SSCC,
      childQuantityList: [{ epcClass: lotUri(gtin(3), "S1"), quantity: 40, uom: "KGM" }],
      bizStep: "packing",
    });
    events.ship = await insertEvent(t.db, A, {
      type: "ObjectEvent",
      action: "OBSERVE",
      ...at(4),
      epcList: [SSCC],
      bizStep: "shipping",
    });
    events.receive = await insertEvent(t.db, B, {
      type: "ObjectEvent",
      action: "OBSERVE",
      ...at(5),
      epcList: [SSCC],
      bizStep: "receiving",
    });
    events.unpack = await insertEvent(t.db, B, {
      type: "AggregationEvent",
      action: "DELETE",
      ...at(6),
      parentID: SSCC,
      childQuantityList: [{ epcClass: lotUri(gtin(3), "S1"), quantity: 40, uom: "KGM" }],
      bizStep: "unpacking",
    });
    events.bake = await insertEvent(t.db, B, {
      type: "TransformationEvent",
      ...at(7),
      inputQuantityList: [{ epcClass: lotUri(gtin(3), "S1"), quantity: 40, uom: "KGM" }],
      outputQuantityList: [{ epcClass: lotUri(gtin(4), "Z1"), quantity: 20, uom: "EA" }],
    });
    events.rework = await insertEvent(t.db, B, {
      type: "TransformationEvent",
      ...at(8),
      inputQuantityList: [{ epcClass: lotUri(gtin(4), "Z1"), quantity: 1, uom: "EA" }],
      outputQuantityList: [{ epcClass: lotUri(gtin(3), "S1"), quantity: 1, uom: "KGM" }],
    });
    await t.db.prisma.custodyTransfer.create({
      data: {
        fromOrgId: A,
        toOrgId: B,
        lotId: lots.S1?.id ?? "",
        shippingEventId: events.ship.id,
        receivingEventId: events.receive.id,
        status: "completed",
      },
    });
  });

  const trace = async (who: Actors["orgA"], lot: string, qs = "") => {
    const { json: graph, body } = await lotView<TraceLotReturnType>(t, who, lots[lot]?.id, "trace", qs);
    return { graph, body };
  };
  /** The lots and items reached (organisations holding a lot are nodes too, tested apart). */
  const ids = (graph: TraceLotReturnType) =>
    graph.nodes
      .filter((n) => n.kind !== "organisation")
      .map((n) => n.id)
      .sort();

  test("forward from a raw material: through transformation, packing, custody, and the other organisation's product", async () => {
    const { graph } = await trace(a.orgA, "T1", "?direction=forward");
    assert.equal(graph.root, lots.T1?.path);
    assert.deepEqual(ids(graph), [lots.T1?.path, lots.S1?.path, lots.Z1?.path, SSCC_LINK].sort());
    const node = (id: string | undefined) => graph.nodes.find((n) => n.id === id);
    assert.equal(node(lots.T1?.path)?.depth, 0);
    assert.equal(node(lots.S1?.path)?.depth, 1);
    assert.equal(node(SSCC_LINK)?.kind, "container");
    assert.equal(node(lots.Z1?.path)?.organisation?.name, "Org B");
    assert.equal(node(lots.Z1?.path)?.productName, "Pizza");
    assert.equal(node(lots.Z1?.path)?.details, null, "another organisation's lot shows only its public face");
    assert.ok(node(lots.S1?.path)?.details, "own lots show their details");
    const edge = (kind: string, from?: string, to?: string) =>
      graph.edges.find((e) => e.kind === kind && e.from === from && e.to === to);
    assert.equal(
      edge("transformation", lots.T1?.path, lots.S1?.path)?.event.eventHash,
      events.cook?.eventHash,
    );
    assert.ok(edge("aggregation", lots.S1?.path, SSCC_LINK));
    assert.ok(edge("aggregation", SSCC_LINK, lots.S1?.path), "unpacking at B");
    assert.ok(edge("transformation", lots.S1?.path, lots.Z1?.path));
    const custody = graph.edges.find(
      (e) => e.kind === "custody" && e.event.eventHash === events.ship?.eventHash,
    );
    assert.deepEqual(custody?.custody && { from: custody.custody.from, to: custody.custody.to }, {
      from: "Org A",
      to: "Org B",
    });
    // Basil is an input of the sauce, not where the tomatoes went.
    assert.ok(!ids(graph).includes(lots.B1?.path ?? ""));
  });

  test("a shipped lot is linked to each organisation it was handed to, by name; every lot node says whether it is recalled and, when the caller may open it, its id", async () => {
    await t.db.prisma.lot.update({ where: { id: lots.T1?.id ?? "" }, data: { recallState: "recalled" } });
    try {
      const { graph, body } = await trace(a.orgA, "S1", "?direction=both");
      const holders = graph.nodes.filter((n) => n.kind === "organisation");
      assert.deepEqual(
        holders.map((n) => [n.organisation?.name, n.own, n.depth]),
        [["Org B", false, 1]],
      );
      const holder = holders[0];
      const handOver = graph.edges.find((e) => e.kind === "custody" && e.to === holder?.id);
      assert.equal(handOver?.from, lots.S1?.path, "from the lot handed over");
      assert.equal(handOver?.event.eventHash, events.ship?.eventHash, "by its shipping event");
      assert.deepEqual(handOver?.custody, { from: "Org A", to: "Org B", status: "completed" });
      assert.ok(!body.includes(a.orgB.id), "the holder's node does not reveal its id");
      const node = (key: string) => graph.nodes.find((n) => n.id === lots[key]?.path);
      assert.equal(node("T1")?.recalled, true);
      assert.equal(node("S1")?.recalled, false);
      assert.equal(node("S1")?.lotId, lots.S1?.id, "its own lot");
      assert.equal(node("Z1")?.lotId, null, "B's lot, neither A's nor shipped to A");
      assert.equal(node("Z1")?.recalled, false);

      // B sees T1 recalled too (the public record says so), and itself as S1's holder.
      const fromB = (await trace(a.orgB, "Z1", "?direction=backward")).graph;
      assert.equal(fromB.nodes.find((n) => n.id === lots.T1?.path)?.recalled, true);
      assert.deepEqual(
        fromB.nodes.filter((n) => n.kind === "organisation").map((n) => [n.organisation?.name, n.own]),
        [["Org B", true]],
      );
    } finally {
      await t.db.prisma.lot.update({ where: { id: lots.T1?.id ?? "" }, data: { recallState: "none" } });
    }
  });

  test("the cycle (Z1 reworked into S1) terminates and every node appears once", async () => {
    const { graph } = await trace(a.orgA, "S1", "?direction=both&depth=25");
    assert.deepEqual(
      ids(graph),
      [lots.T1?.path, lots.B1?.path, lots.S1?.path, lots.Z1?.path, SSCC_LINK].sort(),
    );
    assert.equal(new Set(graph.nodes.map((n) => n.id)).size, graph.nodes.length);
    const keys = graph.edges.map((e) => `${e.kind}|${e.from}|${e.to}|${e.event.eventHash}`);
    assert.equal(new Set(keys).size, keys.length, "each edge once");
    assert.ok(graph.edges.some((e) => e.from === lots.Z1?.path && e.to === lots.S1?.path));
  });

  test("depth bounds the walk", async () => {
    const { graph } = await trace(a.orgA, "T1", "?direction=forward&depth=1");
    assert.deepEqual(ids(graph), [lots.T1?.path, lots.S1?.path].sort());
  });

  test("backward from the other organisation's product reaches the first organisation's raw materials, publicly only", async () => {
    const { graph, body } = await trace(a.orgB, "Z1", "?direction=backward");
    assert.ok(ids(graph).includes(lots.T1?.path ?? ""));
    assert.ok(ids(graph).includes(lots.B1?.path ?? ""));
    for (const node of graph.nodes.filter((n) => n.organisation?.name === "Org A")) {
      assert.equal(node.own, false);
      assert.equal(node.details, null);
    }
    for (const edge of graph.edges.filter((e) => e.event.organisation.name === "Org A")) {
      assert.equal(edge.event.id, null);
    }
    // S1 was shipped to B: B may open it (its lot page), so the trace gives its id; not T1's or B1's.
    assert.equal(graph.nodes.find((n) => n.id === lots.S1?.path)?.lotId, lots.S1?.id);
    for (const secret of [a.orgA.id, lots.T1?.id, lots.B1?.id, events.cook?.id, events.pack?.id]) {
      assert.ok(secret && !body.includes(secret), `the trace must not reveal ${secret}`);
    }
  });

  test("a lot the organisation neither owns nor handled is not found; bad parameters are 400", async () => {
    const response = await call(
      t.app,
      a.orgA.users.viewer,
      "GET",
      `/orgs/${a.orgA.id}/lots/${lots.Z1?.id}/trace`,
    );
    assert.equal(response.statusCode, 404);
    for (const qs of ["direction=sideways", "depth=0", "depth=26", "colour=red"]) {
      const bad = await call(
        t.app,
        a.orgA.users.viewer,
        "GET",
        `/orgs/${a.orgA.id}/lots/${lots.T1?.id}/trace?${qs}`,
      );
      assert.equal(bad.statusCode, 400, qs);
    }
  });

  test("events of an organisation that neither owns nor received a lot (written before the rule) are not in its trace", async () => {
    const stranger = await t.db.prisma.organization.create({ data: { name: "Stranger" } });
    await createProductLot(t.db, stranger.id, { gtin: gtin(9), name: "Stolen", lotCode: "X1" });
    const at = { eventTime: "2026-03-09T08:00:00.000Z", eventTimeZoneOffset: "+00:00" };
    const destroyed = await insertEvent(t.db, stranger.id, {
      type: "ObjectEvent",
      action: "DELETE",
      ...at,
      quantityList: [{ epcClass: lotUri(gtin(1), "T1"), quantity: 100, uom: "KGM" }],
      bizStep: "destroying",
    });
    await insertEvent(t.db, stranger.id, {
      type: "TransformationEvent",
      ...at,
      inputQuantityList: [{ epcClass: lotUri(gtin(1), "T1"), quantity: 1, uom: "KGM" }],
      outputQuantityList: [{ epcClass: lotUri(gtin(9), "X1"), quantity: 1, uom: "KGM" }],
    });
    await unlinkLinksMadeBeforeTheWriteRule(t.db);
    const { graph } = await trace(a.orgA, "T1", "?direction=forward");
    assert.ok(!ids(graph).includes(`/01/${gtin(9)}/10/X1`), "no node of the stranger's making");
    assert.ok(
      !graph.edges.some((e) => e.event.organisation.name === "Stranger"),
      "no edge of the stranger's",
    );
    assert.ok(!graph.edges.some((e) => e.event.eventHash === destroyed.eventHash));
    const strangers = await t.db.prisma.user.create({ data: { email: "stranger-viewer@example.test" } });
    await t.db.prisma.membership.create({
      data: { userId: strangers.id, organizationId: stranger.id, role: "viewer" },
    });
    const { token } = await createSession(t.db, strangers.id);
    const asStranger = await t.app.inject({
      method: "GET",
      url: `/orgs/${stranger.id}/lots/${lots.T1?.id}/trace`,
      headers: { cookie: `${SESSION_COOKIE}=${token}` },
    });
    assert.equal(asStranger.statusCode, 404, "naming a lot does not make it the stranger's to trace");
  });
});
