import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { call } from "../../testing/actors.ts";
import { createProductLot, insertEvent } from "../../testing/events.ts";
import { testAppWithActors } from "../../testing/suite.ts";

// urn:epc:…:0614141.107346.… is GTIN 10614141073464.
const GTIN = "10614141073464";
const OTHER_GTIN = "09520123456788";

type Page = {
  items: { id: string; eventHash: string; event: Record<string, unknown> }[];
  nextCursor: string | null;
};

describe("EPCIS query: GET /orgs/:orgId/events", () => {
  const { t, a } = testAppWithActors();
  const ids: Record<string, string> = {};
  let lotId = "";

  before(async () => {
    const { lot } = await createProductLot(t.db, a.orgA.id, { gtin: GTIN, name: "Tomatoes", lotCode: "L1" });
    lotId = lot.id;
    await createProductLot(t.db, a.orgA.id, { gtin: OTHER_GTIN, name: "Basil", lotCode: "B1" });
    const A = a.orgA.id;
    ids.commission = (
      await insertEvent(
        t.db,
        A,
        {
          type: "ObjectEvent",
          action: "ADD",
          eventTime: "2026-03-01T08:00:00.000Z",
          eventTimeZoneOffset: "+00:00",
          epcList: ["urn:epc:id:sgtin:0614141.107346.2017"],
          bizStep: "commissioning",
          disposition: "active",
          readPoint: { id: "urn:epc:id:sgln:0614141.07346.1234" },
        },
        { recordTime: new Date("2026-03-01T09:00:00.000Z") },
      )
    ).id;
    ids.observeLot = (
      await insertEvent(
        t.db,
        A,
        {
          type: "ObjectEvent",
          action: "OBSERVE",
          eventTime: "2026-03-02T08:00:00.000Z",
          eventTimeZoneOffset: "+00:00",
          quantityList: [{ epcClass: "urn:epc:class:lgtin:0614141.107346.L1", quantity: 10, uom: "KGM" }],
          bizStep: "urn:epcglobal:cbv:bizstep:inspecting",
          disposition: "urn:epcglobal:cbv:disp:in_progress",
          bizLocation: { id: "urn:epc:id:sgln:0614141.07346.0" },
        },
        { recordTime: new Date("2026-03-05T09:00:00.000Z") },
      )
    ).id;
    ids.pack = (
      await insertEvent(t.db, A, {
        type: "AggregationEvent",
        action: "ADD",
        eventTime: "2026-03-03T08:00:00.000Z",
        eventTimeZoneOffset: "+00:00",
        parentID: "urn:epc:id:sscc:0614141.1234567890",
        childEPCs: ["urn:epc:id:sgtin:0614141.107346.2018"],
        bizStep: "packing",
      })
    ).id;
    ids.transform = (
      await insertEvent(t.db, A, {
        type: "TransformationEvent",
        eventTime: "2026-03-04T08:00:00.000Z",
        eventTimeZoneOffset: "+00:00",
        inputQuantityList: [{ epcClass: `https://id.gs1.org/01/${GTIN}/10/L1`, quantity: 5, uom: "KGM" }],
        outputQuantityList: [
          { epcClass: `https://id.gs1.org/01/${OTHER_GTIN}/10/B1`, quantity: 4, uom: "KGM" },
        ],
        bizStep: "https://ref.gs1.org/cbv/BizStep-commissioning",
      })
    ).id;
    ids.ship = (
      await insertEvent(t.db, A, {
        type: "ObjectEvent",
        action: "OBSERVE",
        eventTime: "2026-03-05T08:00:00.000Z",
        eventTimeZoneOffset: "+00:00",
        epcList: ["urn:epc:id:sscc:0614141.1234567890"],
        bizStep: "shipping",
        disposition: "in_transit",
      })
    ).id;
    // Organisation B's event names the same lot: A must not see it.
    ids.otherOrg = (
      await insertEvent(t.db, a.orgB.id, {
        type: "ObjectEvent",
        action: "OBSERVE",
        eventTime: "2026-03-06T08:00:00.000Z",
        eventTimeZoneOffset: "+00:00",
        quantityList: [{ epcClass: `https://id.gs1.org/01/${GTIN}/10/L1`, quantity: 5, uom: "KGM" }],
        bizStep: "receiving",
      })
    ).id;
  });

  async function query(qs: string, who = a.orgA.users.viewer) {
    const response = await call(t.app, who, "GET", `/orgs/${a.orgA.id}/events${qs ? `?${qs}` : ""}`);
    assert.equal(response.statusCode, 200, response.body);
    return (response.json() as Page).items.map((item) => item.id);
  }
  const named = (...keys: string[]) => keys.map((k) => ids[k]);

  test("without parameters: the organisation's own events only, in event time order", async () => {
    assert.deepEqual(await query(""), named("commission", "observeLot", "pack", "transform", "ship"));
  });

  test("each item is the EPCIS event with eventID = its hash, and its anchor state", async () => {
    const response = await call(t.app, a.orgA.apiKeys.viewer, "GET", `/orgs/${a.orgA.id}/events?limit=1`);
    const item = (response.json() as Page).items[0] as Page["items"][number] & { anchor: { status: string } };
    assert.equal(item.event.eventID, item.eventHash);
    assert.equal(item.event.type, "ObjectEvent");
    assert.equal(item.anchor.status, "pending");
  });

  test("eventType, EQ_action, and time ranges (GE inclusive, LT exclusive)", async () => {
    assert.deepEqual(
      await query("eventType=AggregationEvent|TransformationEvent"),
      named("pack", "transform"),
    );
    assert.deepEqual(await query("EQ_action=OBSERVE"), named("observeLot", "ship"));
    assert.deepEqual(
      await query(
        `GE_eventTime=${encodeURIComponent("2026-03-02T08:00:00Z")}&LT_eventTime=2026-03-04T08:00:00Z`,
      ),
      named("observeLot", "pack"),
    );
    // An unencoded "+" of an offset arrives as a space and still parses.
    assert.deepEqual(await query("GE_eventTime=2026-03-05T09:00:00+01:00"), named("ship"));
    assert.deepEqual(
      await query("GE_recordTime=2026-03-05T00:00:00Z&LT_recordTime=2026-03-06T00:00:00Z"),
      named("observeLot"),
    );
  });

  test("EQ_bizStep and EQ_disposition match any spelling of a CBV term", async () => {
    assert.deepEqual(await query("EQ_bizStep=commissioning"), named("commission", "transform"));
    assert.deepEqual(
      await query("EQ_bizStep=urn:epcglobal:cbv:bizstep:shipping|inspecting"),
      named("observeLot", "ship"),
    );
    assert.deepEqual(await query("EQ_disposition=in_progress"), named("observeLot"));
    assert.deepEqual(await query("EQ_disposition=https://ref.gs1.org/cbv/Disp-active"), named("commission"));
  });

  test("EQ_readPoint and EQ_bizLocation", async () => {
    assert.deepEqual(await query("EQ_readPoint=urn:epc:id:sgln:0614141.07346.1234"), named("commission"));
    assert.deepEqual(await query("EQ_bizLocation=urn:epc:id:sgln:0614141.07346.1234"), []);
    assert.deepEqual(await query("EQ_bizLocation=urn:epc:id:sgln:0614141.07346.0"), named("observeLot"));
  });

  test("MATCH_epc: exact EPC (URN or Digital Link) and patterns over epcList and childEPCs", async () => {
    assert.deepEqual(await query("MATCH_epc=urn:epc:id:sgtin:0614141.107346.2017"), named("commission"));
    assert.deepEqual(await query(`MATCH_epc=https://id.gs1.org/01/${GTIN}/21/2017`), named("commission"));
    assert.deepEqual(
      await query("MATCH_epc=urn:epc:idpat:sgtin:0614141.107346.*"),
      named("commission", "pack"),
    );
    assert.deepEqual(await query("MATCH_epc=urn:epc:idpat:sgtin:0614141.*.*"), named("commission", "pack"));
    assert.deepEqual(await query("MATCH_epc=urn:epc:idpat:sgtin:0614142.*.*"), []);
    // The SSCC is a parent in the aggregation and an EPC in the shipping event.
    assert.deepEqual(await query("MATCH_epc=urn:epc:id:sscc:0614141.1234567890"), named("ship"));
    assert.deepEqual(await query("MATCH_parentID=urn:epc:id:sscc:0614141.1234567890"), named("pack"));
    assert.deepEqual(await query("MATCH_anyEPC=urn:epc:id:sscc:0614141.1234567890"), named("pack", "ship"));
    assert.deepEqual(await query("MATCH_anyEPC=urn:epc:idpat:sscc:0614141.*"), named("pack", "ship"));
  });

  test("MATCH_epcClass and MATCH_anyEPCClass: classes, lgtin URIs and patterns", async () => {
    assert.deepEqual(
      await query("MATCH_epcClass=urn:epc:class:lgtin:0614141.107346.L1"),
      named("observeLot"),
    );
    assert.deepEqual(await query("MATCH_epcClass=urn:epc:idpat:sgtin:0614141.107346.*"), named("observeLot"));
    assert.deepEqual(
      await query("MATCH_anyEPCClass=urn:epc:class:lgtin:0614141.107346.L1"),
      named("observeLot", "transform"),
    );
    assert.deepEqual(
      await query("MATCH_inputEPCClass=urn:epc:class:lgtin:0614141.107346.L1"),
      named("transform"),
    );
    assert.deepEqual(await query("MATCH_outputEPCClass=urn:epc:class:lgtin:0614141.107346.L1"), []);
    assert.deepEqual(
      await query("MATCH_anyEPCClass=urn:epc:idpat:sgtin:0614141.*.*"),
      named("observeLot", "transform"),
    );
  });

  test("lotId: the events naming the lot, never another organisation's", async () => {
    assert.deepEqual(await query(`lotId=${lotId}`), named("observeLot", "transform"));
  });

  test("orderBy=eventTime&orderDirection=DESC: newest first; ASC and the default oldest first", async () => {
    const oldestFirst = named("commission", "observeLot", "pack", "transform", "ship");
    assert.deepEqual(await query("orderBy=eventTime&orderDirection=DESC"), oldestFirst.slice().reverse());
    assert.deepEqual(
      await query("orderDirection=DESC&EQ_bizStep=commissioning"),
      named("transform", "commission"),
    );
    assert.deepEqual(await query("orderBy=eventTime&orderDirection=ASC"), oldestFirst);
    assert.deepEqual(await query("orderBy=eventTime"), oldestFirst);
  });

  test("parameters combine with AND", async () => {
    assert.deepEqual(await query("EQ_bizStep=commissioning&eventType=ObjectEvent"), named("commission"));
  });

  test("bad parameters: 400 naming the parameter", async () => {
    for (const [qs, field] of [
      ["eventType=QuantityEvent", "eventType"],
      ["GE_eventTime=yesterday", "GE_eventTime"],
      ["EQ_action=UPDATE", "EQ_action"],
      ["MATCH_epc=not-a-uri", "MATCH_epc"],
      ["limit=0", "limit"],
      ["lotId=123", "lotId"],
      ["cursor=bm9wZQ", "cursor"],
      ["orderBy=recordTime", "orderBy"],
      ["orderDirection=down", "orderDirection"],
      ["MATCH_epc=urn:epc:idpat:sgtin:0614141.*.2017", "MATCH_epc"],
    ] as const) {
      const response = await call(t.app, a.orgA.users.viewer, "GET", `/orgs/${a.orgA.id}/events?${qs}`);
      assert.equal(response.statusCode, 400, `${qs}: ${response.body}`);
      assert.match(response.headers["content-type"] ?? "", /application\/problem\+json/);
      assert.ok(
        (response.json() as { errors: { field: string }[] }).errors.some((e) => e.field.includes(field)),
        `${qs} names ${field}: ${response.body}`,
      );
    }
    const unknown = await call(t.app, a.orgA.users.viewer, "GET", `/orgs/${a.orgA.id}/events?EQ_colour=red`);
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.body, /EQ_colour/);
  });
});

describe("EPCIS query pagination", () => {
  const { t, a } = testAppWithActors();
  before(async () => {
    // 23 events over 5 distinct times: many share an eventTime, so the id breaks ties.
    for (let i = 0; i < 23; i++) {
      await insertEvent(t.db, a.orgA.id, {
        type: "ObjectEvent",
        action: "OBSERVE",
        eventTime: `2026-03-0${1 + (i % 5)}T08:00:00.000Z`,
        eventTimeZoneOffset: "+00:00",
        epcList: [`urn:epc:id:sgtin:0614141.107346.${i}`],
      });
    }
  });

  test("pages of any size cover every event exactly once, in (eventTime, id) order", async () => {
    const all = await t.db.prisma.event.findMany({
      where: { organizationId: a.orgA.id },
      orderBy: [{ eventTime: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    assert.equal(all.length, 23);
    for (const limit of [1, 4, 7, 23, 100]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const qs: string = `limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`;
        const response = await call(t.app, a.orgA.users.viewer, "GET", `/orgs/${a.orgA.id}/events?${qs}`);
        assert.equal(response.statusCode, 200, response.body);
        const page = response.json() as Page;
        assert.ok(page.items.length <= limit);
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor);
      assert.deepEqual(
        seen,
        all.map((e) => e.id),
        `limit ${limit}`,
      );
      assert.equal(pages, Math.max(1, Math.ceil(23 / limit)), `limit ${limit}: no empty last page`);
    }
  });

  test("newest first, pages of any size cover every event exactly once, in (eventTime, id) DESC order", async () => {
    const all = await t.db.prisma.event.findMany({
      where: { organizationId: a.orgA.id },
      orderBy: [{ eventTime: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    for (const limit of [1, 4, 7, 23]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const qs: string = `orderDirection=DESC&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`;
        const response = await call(t.app, a.orgA.users.viewer, "GET", `/orgs/${a.orgA.id}/events?${qs}`);
        assert.equal(response.statusCode, 200, response.body);
        const page = response.json() as Page;
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      assert.deepEqual(
        seen,
        all.map((e) => e.id),
        `limit ${limit}`,
      );
    }
  });

  test("a cursor is refused with the other orderDirection", async () => {
    const events = (qs: string) => call(t.app, a.orgA.users.viewer, "GET", `/orgs/${a.orgA.id}/events?${qs}`);
    const descending = ((await events("orderDirection=DESC&limit=2")).json() as Page).nextCursor;
    const ascending = ((await events("limit=2")).json() as Page).nextCursor;
    for (const qs of [`cursor=${descending}`, `orderDirection=DESC&cursor=${ascending}`]) {
      const response = await events(qs);
      assert.equal(response.statusCode, 400, `${qs}: ${response.body}`);
      assert.match(response.body, /orderDirection/);
    }
  });

  test("filters hold across pages", async () => {
    const first = await call(
      t.app,
      a.orgA.users.viewer,
      "GET",
      `/orgs/${a.orgA.id}/events?limit=2&GE_eventTime=2026-03-04T00:00:00Z`,
    );
    const page = first.json() as Page;
    const second = await call(
      t.app,
      a.orgA.users.viewer,
      "GET",
      `/orgs/${a.orgA.id}/events?limit=100&GE_eventTime=2026-03-04T00:00:00Z&cursor=${page.nextCursor}`,
    );
    assert.equal(page.items.length + (second.json() as Page).items.length, 8);
  });
});
