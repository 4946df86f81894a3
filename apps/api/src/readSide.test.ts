import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { computeCheckDigit, computeEventHash, publicRecordSchema } from "@tracemark/sdk";
import { type Actors, call } from "./testing/actors.ts";
import { createProductLot } from "./testing/events.ts";
import { recordEvent } from "./testing/recordFixtures.ts";
import { testAppWithActors } from "./testing/suite.ts";

const withCheck = (base: string) => `${base}${computeCheckDigit(base)}`;
const FLOUR = withCheck("0952012346001");
const BREAD = withCheck("0952012346002");
const GLN = withCheck("952012300021");

/**
 * The read side over events written by the API's own capture (not fixtures): what the simple form
 * stores is found by the EPCIS query, served verifiably by the public record, and walked by traces.
 */
describe("read side over events captured through the API", () => {
  const { t, a } = testAppWithActors();
  let flourLot = "";
  let breadLot = "";

  before(async () => {
    flourLot = (await createProductLot(t.db, a.orgA.id, { gtin: FLOUR, name: "Flour", lotCode: "F-1" })).lot
      .id;
    breadLot = (await createProductLot(t.db, a.orgB.id, { gtin: BREAD, name: "Bread", lotCode: "BR-1" })).lot
      .id;
    await t.db.prisma.location.create({
      data: { organizationId: a.orgA.id, gln: GLN, name: "Mill", city: "Arles", country: "FR" },
    });
    const capture = (org: Actors["orgA"], body: Record<string, unknown>) => recordEvent(t, org, body);
    await capture(a.orgA, {
      type: "object",
      action: "ADD",
      bizStep: "commissioning",
      eventTime: "2026-03-01T08:00:00.000+01:00",
      lot: { id: flourLot },
      quantity: { value: 1000, unit: "KGM" },
      bizLocation: { gln: GLN },
    });
    await capture(a.orgA, {
      type: "object",
      action: "OBSERVE",
      bizStep: "shipping",
      disposition: "in_transit",
      eventTime: "2026-03-02T08:00:00.000+01:00",
      lot: { id: flourLot },
      quantity: { value: 200, unit: "KGM" },
      readPoint: { sgln: `urn:epc:id:sgln:9520123.00021.0` },
      destinations: [{ type: "owning_party", organizationId: a.orgB.id }],
    });
    const incoming = await call(
      t.app,
      a.orgB.users.viewer,
      "GET",
      `/orgs/${a.orgB.id}/transfers?direction=incoming`,
    );
    const transferId = (incoming.json() as { items: { id: string }[] }).items[0]?.id;
    const received = await call(
      t.app,
      a.orgB.users.operator,
      "POST",
      `/orgs/${a.orgB.id}/transfers/${transferId}/receive`,
      {
        eventTime: "2026-03-02T18:00:00.000+01:00",
      },
    );
    assert.equal(received.statusCode, 201, received.body);
    await capture(a.orgB, {
      type: "transformation",
      bizStep: "commissioning",
      eventTime: "2026-03-03T08:00:00.000+01:00",
      inputs: [{ lot: { gtin: FLOUR, lotCode: "F-1" }, quantity: { value: 200, unit: "KGM" } }],
      outputs: [{ lot: { id: breadLot }, quantity: { value: 400, unit: "EA" } }],
    });
  });

  test("the EPCIS query finds captured events by lot, class and CBV term", async () => {
    const ids = async (qs: string) => {
      const response = await call(t.app, a.orgA.users.viewer, "GET", `/orgs/${a.orgA.id}/events?${qs}`);
      assert.equal(response.statusCode, 200, response.body);
      return (response.json() as { items: { event: { bizStep?: string } }[] }).items.map(
        (i) => i.event.bizStep,
      );
    };
    assert.deepEqual(await ids(`lotId=${flourLot}`), ["commissioning", "shipping"]);
    assert.deepEqual(await ids(`MATCH_epcClass=https://id.gs1.org/01/${FLOUR}/10/F-1`), [
      "commissioning",
      "shipping",
    ]);
    assert.deepEqual(await ids("EQ_bizStep=urn:epcglobal:cbv:bizstep:shipping"), ["shipping"]);
    assert.deepEqual(await ids("EQ_readPoint=urn:epc:id:sgln:9520123.00021.0"), ["shipping"]);
  });

  test("the public record serves the captured events as hashed, across organisations", async () => {
    const response = await t.app.inject({ method: "GET", url: `/public/01/${FLOUR}/10/F-1` });
    assert.equal(response.statusCode, 200, response.body);
    const record = publicRecordSchema.parse(response.json());
    assert.equal(record.events.length, 4);
    for (const item of record.events) {
      assert.equal(
        computeEventHash({ event: item.event, context: record.context as undefined }),
        item.eventHash,
      );
    }
    const { display } = response.json();
    assert.equal(display.journey[0].location?.name, "Mill");
    assert.deepEqual(
      display.journey.map((s: { organisation: string }) => s.organisation),
      ["Org A", "Org A", "Org B", "Org B"],
    );
  });

  test("traces follow the captured transformation into the other organisation", async () => {
    const response = await call(
      t.app,
      a.orgA.users.viewer,
      "GET",
      `/orgs/${a.orgA.id}/lots/${flourLot}/trace?direction=forward`,
    );
    assert.equal(response.statusCode, 200, response.body);
    const graph = response.json() as {
      nodes: { id: string; kind: string; productName: string; organisation: { name: string } | null }[];
      edges: { kind: string; from: string; to: string }[];
    };
    const lots = graph.nodes.filter((n) => n.kind !== "organisation");
    assert.deepEqual(lots.map((n) => n.productName).sort(), ["Bread", "Flour"]);
    assert.ok(graph.edges.some((e) => e.kind === "transformation"));
    const custody = graph.edges.filter((e) => e.kind === "custody");
    assert.equal(custody.length, 2, "shipping (to the receiver's node) and receiving");
    const holder = graph.nodes.find((n) => n.kind === "organisation");
    assert.ok(holder && custody.some((e) => e.to === holder.id), "the flour is linked to its receiver");
  });
});
