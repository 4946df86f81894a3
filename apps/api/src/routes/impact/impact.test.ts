import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import type { ImpactNode, ImpactOfLotReturnType } from "../../services/recalls/impactOfLot.ts";
import { type Actors, call } from "../../testing/actors.ts";
import { numberedKey } from "../../testing/captureFixtures.ts";
import { type InsertedEvent, insertEvent } from "../../testing/events.ts";
import { createKeyedLots, type KeyedLot, lotView } from "../../testing/lotGraphFixtures.ts";
import { testAppWithActors } from "../../testing/suite.ts";

const gtin = (n: number) => numberedKey("0952077777", n);
const gln = (n: number) => numberedKey("952077777", n);
const lotUri = (g: string, lot: string) => `https://id.gs1.org/01/${g}/10/${lot}`;

/**
 * Organisation A grows tomatoes (T1) and basil (B1) at its farm and makes two sauces of them: S1
 * (tomatoes and basil) and S2 (tomatoes). Both go to B (custody), which bakes pizza Z1 of both (a
 * diamond: T1 reaches Z1 twice), reworks a pizza back into S1 (a cycle) and ships Z1 on to C.
 */
describe("impact: GET /orgs/:orgId/lots/:lotId/impact", () => {
  const { t, a } = testAppWithActors();
  let orgC: string;
  let lots: Record<string, KeyedLot>;
  const events: Record<string, InsertedEvent> = {};

  before(async () => {
    const A = a.orgA.id;
    const B = a.orgB.id;
    orgC = (await t.db.prisma.organization.create({ data: { name: "Cafe C" } })).id;
    lots = await createKeyedLots(t.db, [
      ["T1", A, gtin(1), "Tomatoes"],
      ["B1", A, gtin(2), "Basil"],
      ["S1", A, gtin(3), "Tomato sauce"],
      ["S2", A, gtin(4), "Plain sauce"],
      ["Z1", B, gtin(5), "Pizza"],
    ]);
    await t.db.prisma.location.create({ data: { organizationId: A, name: "A's farm", gln: gln(1) } });
    await t.db.prisma.location.create({ data: { organizationId: B, name: "B's bakery", gln: gln(2) } });
    await t.db.prisma.location.create({
      data: { organizationId: orgC, name: "C's secret cellar", gln: gln(3) },
    });
    let day = 0;
    const at = (place: string) => {
      day += 1;
      return {
        eventTime: `2026-03-${String(day).padStart(2, "0")}T08:00:00.000Z`,
        eventTimeZoneOffset: "+00:00",
        bizLocation: { id: `https://id.gs1.org/414/${place}` },
      };
    };
    const uri = (key: string) => {
      const n = { T1: 1, B1: 2, S1: 3, S2: 4, Z1: 5 }[key] ?? 0;
      return lotUri(gtin(n), key);
    };
    const make = (org: string, place: string, inputs: string[], output: string) =>
      insertEvent(t.db, org, {
        type: "TransformationEvent",
        ...at(place),
        inputQuantityList: inputs.map((i) => ({ epcClass: uri(i), quantity: 5, uom: "KGM" })),
        outputQuantityList: [{ epcClass: uri(output), quantity: 4, uom: "KGM" }],
      });
    const observe = (org: string, place: string, key: string, bizStep: string) =>
      insertEvent(t.db, org, {
        type: "ObjectEvent",
        action: "OBSERVE",
        ...at(place),
        quantityList: [{ epcClass: uri(key), quantity: 4, uom: "KGM" }],
        bizStep,
      });
    events.harvest = await observe(A, gln(1), "T1", "commissioning");
    events.cookS1 = await make(A, gln(1), ["T1", "B1"], "S1");
    events.cookS2 = await make(A, gln(1), ["T1"], "S2");
    const ship = async (lot: string, from: string, to: string, fromPlace: string, toPlace: string) => {
      const shipped = await observe(from, fromPlace, lot, "shipping");
      const received = await observe(to, toPlace, lot, "receiving");
      await t.db.prisma.custodyTransfer.create({
        data: {
          fromOrgId: from,
          toOrgId: to,
          lotId: lots[lot]?.id ?? "",
          shippingEventId: shipped.id,
          receivingEventId: received.id,
          status: "completed",
          completedAt: new Date(),
        },
      });
    };
    await ship("S1", A, B, gln(1), gln(2));
    await ship("S2", A, B, gln(1), gln(2));
    events.bake = await make(B, gln(2), ["S1", "S2"], "Z1");
    events.rework = await make(B, gln(2), ["Z1"], "S1");
    await ship("Z1", B, orgC, gln(2), gln(3));
  });

  const impact = (who: Actors["orgA"], lot: string, qs = "") =>
    lotView<ImpactOfLotReturnType>(t, who, lots[lot]?.id, "impact", qs);
  const ids = (nodes: ImpactNode[]) => nodes.map((n) => n.id).sort();
  const node = (nodes: ImpactNode[], key: string) => nodes.find((n) => n.id === lots[key]?.path);

  test("the owner's raw material: every lot downstream once at its least depth (a diamond), with paths through custody", async () => {
    const { json: report, body } = await impact(a.orgA, "T1");
    assert.equal(report.lot.id, lots.T1?.path);
    assert.equal(report.lot.relation, "owned");
    assert.equal(report.lot.quantity, "100");
    assert.deepEqual(report.upstream, []);
    assert.deepEqual(ids(report.downstream), [lots.S1?.path, lots.S2?.path, lots.Z1?.path].sort());
    const z1 = node(report.downstream, "Z1");
    assert.equal(z1?.depth, 2, "reached by two paths, listed once at its least depth");
    assert.equal(z1?.organisation, "Org B");
    assert.equal(z1?.relation, "other");
    assert.equal(z1?.lotId, null, "another organisation's lot id stays hidden");
    assert.equal(z1?.quantity, null);
    assert.deepEqual(z1?.places, []);
    assert.deepEqual(z1?.holders, [], "where B shipped its pizza is B's business");
    // Through S1 or S2: either is a shortest path.
    const via = z1?.path[1]?.id;
    assert.ok(via === lots.S1?.path || via === lots.S2?.path, `path through ${via}`);
    assert.deepEqual(
      z1?.path.map((s) => s.id),
      [lots.T1?.path, via, lots.Z1?.path],
    );
    const last = z1?.path[2];
    assert.equal(last?.via, "transformation");
    assert.equal(last?.event?.organisation, "Org B");
    assert.deepEqual(last?.custody, [{ lot: via, from: "Org A", to: "Org B" }]);
    const s1 = node(report.downstream, "S1");
    assert.equal(s1?.relation, "owned");
    assert.equal(s1?.lotId, lots.S1?.id);
    assert.deepEqual(
      s1?.holders.map((h) => [h.organisation, h.status]),
      [["Org B", "completed"]],
    );
    assert.deepEqual(s1?.places.map((p) => p.name).sort(), ["A's farm", "B's bakery"]);
    assert.ok(!body.includes("Cafe C") && !body.includes("secret cellar"), "C is beyond what A may see");
    assert.ok(!body.includes(lots.Z1?.id ?? "-"));
    assert.deepEqual(
      report.organisations.map((o) => o.name),
      ["Org A", "Org B"],
    );
    assert.equal(report.truncated, false);
  });

  test("the receiver: the lot it received, the owner's inputs by their public face, its own pizza with its holder", async () => {
    const { json: report, body } = await impact(a.orgB, "S1");
    assert.equal(report.lot.relation, "received");
    assert.deepEqual(
      report.lot.holders.map((h) => h.organisation),
      ["Org B"],
      "only the hand-over to B",
    );
    // Z1, reworked into S1, is upstream too, and so is S2, Z1's other input.
    assert.deepEqual(
      ids(report.upstream),
      [lots.B1?.path, lots.T1?.path, lots.S2?.path, lots.Z1?.path].sort(),
    );
    const t1 = node(report.upstream, "T1");
    assert.equal(t1?.relation, "other");
    assert.equal(t1?.quantity, null);
    assert.deepEqual(t1?.places, []);
    const z1 = node(report.downstream, "Z1");
    assert.equal(z1?.relation, "owned");
    assert.deepEqual(
      z1?.holders.map((h) => h.organisation),
      ["Cafe C"],
    );
    for (const secret of [a.orgA.id, lots.T1?.id, lots.B1?.id, events.cookS1?.id, events.harvest?.id]) {
      assert.ok(secret && !body.includes(secret), `the report must not reveal ${secret}`);
    }
  });

  test("the cycle (pizza reworked into sauce) ends, each node once per direction, the lot itself not again", async () => {
    const { json: report } = await impact(a.orgA, "S1", "?depth=32");
    assert.deepEqual(ids(report.downstream), [lots.Z1?.path].sort());
    assert.deepEqual(
      ids(report.upstream),
      [lots.B1?.path, lots.T1?.path, lots.S2?.path, lots.Z1?.path].sort(),
    );
    assert.equal(node(report.upstream, "Z1")?.depth, 1);
    assert.equal(node(report.upstream, "S2")?.depth, 2);
    assert.equal(report.truncated, false);
  });

  test("depth bounds the walk and says the report was cut short", async () => {
    const { json: report } = await impact(a.orgA, "T1", "?depth=1");
    assert.deepEqual(ids(report.downstream), [lots.S1?.path, lots.S2?.path].sort());
    assert.equal(report.truncated, true);
    assert.equal(report.depth, 1);
  });

  test("CSV by format=csv or Accept: text/csv, as an attachment with an RFC 6266 file name", async () => {
    for (const [qs, headers] of [
      ["?format=csv", {}],
      ["", { accept: "text/csv" }],
      ["", { accept: "application/json;q=0.5, text/csv" }],
    ] as const) {
      const response = await t.app.inject({
        method: "GET",
        url: `/orgs/${a.orgA.id}/lots/${lots.T1?.id}/impact${qs}`,
        headers: { ...a.orgA.users.viewer.headers, ...headers },
      });
      assert.equal(response.statusCode, 200, response.body);
      assert.match(String(response.headers["content-type"]), /^text\/csv/);
      assert.equal(response.headers["content-disposition"], `attachment; filename=impact-${gtin(1)}-T1.csv`);
      const lines = response.body.trimEnd().split("\r\n");
      assert.equal(
        lines[0],
        "direction,depth,gtin,product,lot,identifier,organisation,relation,quantity,unit,places,holders,path",
      );
      assert.equal(lines.length, 1 + 1 + 3, "a header, the lot, three lots downstream");
      assert.ok(lines.some((l) => l.startsWith(`downstream,2,${gtin(5)},Pizza,Z1,,Org B,other,`)));
      assert.ok(lines.some((l) => l.includes("custody Org A to Org B")));
    }
    const json = await t.app.inject({
      method: "GET",
      url: `/orgs/${a.orgA.id}/lots/${lots.T1?.id}/impact`,
      headers: { ...a.orgA.users.viewer.headers, accept: "text/csv;q=0.1, application/json" },
    });
    assert.match(String(json.headers["content-type"]), /^application\/json/);
    assert.equal(json.headers["content-disposition"], undefined, "shown, not a file");
    const file = await call(
      t.app,
      a.orgA.users.viewer,
      "GET",
      `/orgs/${a.orgA.id}/lots/${lots.T1?.id}/impact?format=json`,
    );
    assert.equal(file.headers["content-disposition"], `attachment; filename=impact-${gtin(1)}-T1.json`);
  });

  test("a lot the organisation neither owns nor received is not found; bad parameters are 400 problems", async () => {
    for (const [who, lot] of [
      [a.orgB, "T1"],
      [a.orgA, "Z1"],
    ] as const) {
      const response = await call(
        t.app,
        who.users.viewer,
        "GET",
        `/orgs/${who.id}/lots/${lots[lot]?.id}/impact`,
      );
      assert.equal(response.statusCode, 404, response.body);
      assert.match(String(response.headers["content-type"]), /application\/problem\+json/);
    }
    for (const qs of ["depth=0", "depth=33", "depth=x", "format=xml", "colour=red"]) {
      const bad = await call(
        t.app,
        a.orgA.users.viewer,
        "GET",
        `/orgs/${a.orgA.id}/lots/${lots.T1?.id}/impact?${qs}`,
      );
      assert.equal(bad.statusCode, 400, `${qs}: ${bad.body}`);
      assert.match(String(bad.headers["content-type"]), /application\/problem\+json/);
    }
  });
});
