import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { type Credentials, call, createUser } from "../../testing/actors.ts";
import { numberedKey } from "../../testing/captureFixtures.ts";
import { createProductLot, insertEvent } from "../../testing/events.ts";
import { testAppWithActors } from "../../testing/suite.ts";

const gtin = (n: number) => numberedKey("0952066666", n);
const gln = (n: number) => numberedKey("952066666", n);
const PO = "urn:epcglobal:cbv:bt:0952066666001:PO-4711";

type Found = {
  groups: { organisation: string; relation: string; lots: { lotId: string; lotCode: string }[] }[];
  nextCursor: string | null;
};

/**
 * A grows tomatoes (T1, T2) at "Hillside farm" and ships T1 on purchase order PO-4711 to B (received
 * at B's "Harbour warehouse", with B's own invoice) and to C (pending). B makes pizza P1 (its own PO
 * 8888). C has a lot of its own named in an event with PO-4711 too.
 */
describe("trace search: GET /orgs/:orgId/lots/search", () => {
  const { t, a } = testAppWithActors();
  let orgC: { id: string; viewer: Credentials };
  const lots: Record<string, string> = {};

  before(async () => {
    const A = a.orgA.id;
    const B = a.orgB.id;
    const C = (await t.db.prisma.organization.create({ data: { name: "Org C" } })).id;
    const user = await createUser(t, "C viewer");
    await t.db.prisma.membership.create({ data: { organizationId: C, userId: user.userId, role: "viewer" } });
    orgC = { id: C, viewer: user };
    for (const [key, org, n, name] of [
      ["T1", A, 1, "Cherry tomatoes"],
      ["T2", A, 1, "Cherry tomatoes"],
      ["P1", B, 2, "Pizza"],
      ["X1", C, 3, "Olives"],
    ] as const) {
      lots[key] = (await createProductLot(t.db, org, { gtin: gtin(n), name, lotCode: key })).lot.id;
    }
    await t.db.prisma.location.create({ data: { organizationId: A, name: "Hillside farm", gln: gln(1) } });
    await t.db.prisma.location.create({
      data: { organizationId: B, name: "Harbour warehouse", gln: gln(2) },
    });
    const uri = (key: string) =>
      `https://id.gs1.org/01/${gtin({ T1: 1, T2: 1, P1: 2, X1: 3 }[key] ?? 0)}/10/${key}`;
    const event = (org: string, key: string, day: string, extra: Record<string, unknown>) =>
      insertEvent(t.db, org, {
        type: "ObjectEvent",
        action: "OBSERVE",
        eventTime: `${day}T08:00:00.000Z`,
        eventTimeZoneOffset: "+00:00",
        quantityList: [{ epcClass: uri(key), quantity: 10, uom: "KGM" }],
        ...extra,
      });
    const farm = { id: `urn:epc:id:sgln:9520666.66001.0` };
    await event(A, "T1", "2026-03-01", { bizStep: "commissioning", bizLocation: farm });
    await event(A, "T2", "2026-04-01", {
      bizStep: "commissioning",
      readPoint: farm,
      bizTransactionList: [{ type: "inv", bizTransaction: "https://example.com/invoice/INV-9" }],
    });
    const shipped = await event(A, "T1", "2026-03-05", {
      bizStep: "shipping",
      bizLocation: farm,
      bizTransactionList: [{ type: "po", bizTransaction: PO }],
    });
    const received = await event(B, "T1", "2026-03-06", {
      bizStep: "receiving",
      bizLocation: { id: `https://id.gs1.org/414/${gln(2)}` },
      bizTransactionList: [
        { type: "po", bizTransaction: PO },
        { type: "inv", bizTransaction: "urn:epcglobal:cbv:bt:0952066666002:INV-B-SECRET" },
      ],
    });
    await t.db.prisma.custodyTransfer.create({
      data: {
        fromOrgId: A,
        toOrgId: B,
        lotId: lots.T1 ?? "",
        shippingEventId: shipped.id,
        receivingEventId: received.id,
        status: "completed",
      },
    });
    const toC = await event(A, "T1", "2026-03-07", { bizStep: "shipping" });
    await t.db.prisma.custodyTransfer.create({
      data: { fromOrgId: A, toOrgId: C, lotId: lots.T1 ?? "", shippingEventId: toC.id },
    });
    await event(B, "P1", "2026-03-10", {
      bizStep: "commissioning",
      bizTransactionList: [{ type: "po", bizTransaction: "urn:epcglobal:cbv:bt:0952066666002:PO-8888" }],
    });
    await event(C, "X1", "2026-03-10", { bizTransactionList: [{ type: "po", bizTransaction: PO }] });
  });

  async function search(who: { id: string; viewer: Credentials }, qs: string) {
    const response = await call(t.app, who.viewer, "GET", `/orgs/${who.id}/lots/search?${qs}`);
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as Found;
  }
  const A = () => ({ id: a.orgA.id, viewer: a.orgA.users.viewer });
  const B = () => ({ id: a.orgB.id, viewer: a.orgB.users.viewer });
  const codes = (found: Found) =>
    found.groups.map((g) => `${g.organisation}/${g.relation}: ${g.lots.map((l) => l.lotCode).join(",")}`);

  test("by purchase order: the owner finds its lot, the receiver finds it under its owner, nobody finds another's", async () => {
    assert.deepEqual(codes(await search(A(), "bizTransaction=PO-4711")), ["Org A/owned: T1"]);
    assert.deepEqual(codes(await search(B(), "bizTransaction=PO-4711")), ["Org A/received: T1"]);
    assert.deepEqual(codes(await search(orgC, "bizTransaction=PO-4711")), [
      "Org C/owned: X1",
      "Org A/received: T1",
    ]);
    assert.deepEqual(
      codes(await search(A(), `bizTransaction=${encodeURIComponent(PO.toUpperCase())}`)),
      ["Org A/owned: T1"],
      "the whole URI, in any case",
    );
    assert.deepEqual(codes(await search(A(), "bizTransaction=INV-9")), ["Org A/owned: T2"]);
  });

  test("another organisation's events: the owner sees its receivers' on its lot; a receiver never another receiver's, nor anyone their own lots", async () => {
    assert.deepEqual(codes(await search(A(), "bizTransaction=INV-B-SECRET")), ["Org A/owned: T1"]);
    assert.deepEqual(codes(await search(orgC, "bizTransaction=INV-B-SECRET")), []);
    assert.deepEqual(codes(await search(A(), "bizTransaction=PO-8888")), []);
    assert.deepEqual(codes(await search(B(), "bizTransaction=PO-8888")), ["Org B/owned: P1"]);
    assert.deepEqual(codes(await search(orgC, "location=Harbour")), []);
    assert.deepEqual(codes(await search(orgC, `location=${gln(2)}`)), []);
  });

  test("by place: a GLN (SGLN or Digital Link), a place's URI, or words of its name", async () => {
    assert.deepEqual(codes(await search(A(), "location=hillside")), ["Org A/owned: T1,T2"]);
    assert.deepEqual(codes(await search(A(), `location=${gln(1)}`)), ["Org A/owned: T1,T2"]);
    assert.deepEqual(codes(await search(A(), `location=${gln(2)}`)), ["Org A/owned: T1"]);
    assert.deepEqual(codes(await search(B(), "location=Harbour%20WAREHOUSE")), ["Org A/received: T1"]);
    assert.deepEqual(codes(await search(B(), "location=urn:epc:id:sgln:9520666.66001.0")), [
      "Org A/received: T1",
    ]);
    assert.deepEqual(codes(await search(A(), "location=nowhere")), []);
  });

  test("by product, lot code, time range and event type, all together; own lots first", async () => {
    assert.deepEqual(codes(await search(A(), "product=tomato")), ["Org A/owned: T1,T2"]);
    assert.deepEqual(codes(await search(A(), `product=${gtin(1)}`)), ["Org A/owned: T1,T2"]);
    assert.deepEqual(codes(await search(A(), "lotCode=t1")), ["Org A/owned: T1"]);
    assert.deepEqual(codes(await search(A(), "product=100%25")), [], "LIKE wildcards are text");
    assert.deepEqual(codes(await search(A(), "from=2026-03-31T00:00:00Z&to=2026-04-02T00:00:00Z")), [
      "Org A/owned: T2",
    ]);
    assert.deepEqual(codes(await search(A(), "eventType=TransformationEvent")), []);
    assert.deepEqual(codes(await search(B(), "eventType=ObjectEvent")), [
      "Org B/owned: P1",
      "Org A/received: T1",
    ]);
    assert.deepEqual(codes(await search(A(), "product=tomato&bizTransaction=INV-9&location=hillside")), [
      "Org A/owned: T2",
    ]);
    assert.deepEqual(
      codes(await search(A(), "bizTransaction=INV-9&from=2026-03-01T00:00:00Z&to=2026-03-02T00:00:00Z")),
      [],
    );
  });

  test("pages follow the cursor; bad input is a 400 problem", async () => {
    const first = await search(A(), "product=tomato&limit=1");
    assert.deepEqual(codes(first), ["Org A/owned: T1"]);
    assert.ok(first.nextCursor);
    const second = await search(A(), `product=tomato&limit=1&cursor=${first.nextCursor}`);
    assert.deepEqual(codes(second), ["Org A/owned: T2"]);
    assert.equal(second.nextCursor, null);
    for (const qs of [
      "",
      "product=",
      "cursor=abc&product=x",
      // A crafted cursor naming text Postgres cannot hold.
      `product=x&cursor=${Buffer.from(JSON.stringify(["0", "a\u0000", a.orgA.id, "p", "l", a.orgA.id])).toString("base64url")}`,
      `product=x&cursor=${Buffer.from(JSON.stringify(["1", "\ud800", a.orgA.id, "p", "l", a.orgA.id])).toString("base64url")}`,
      "from=2026-04-02T00:00:00Z&to=2026-04-01T00:00:00Z",
      "eventType=Party",
      "limit=0&product=x",
      "colour=red",
    ]) {
      const bad = await call(t.app, a.orgA.users.viewer, "GET", `/orgs/${a.orgA.id}/lots/search?${qs}`);
      assert.equal(bad.statusCode, 400, `${qs}: ${bad.body}`);
      assert.match(String(bad.headers["content-type"]), /application\/problem\+json/);
    }
  });
});
