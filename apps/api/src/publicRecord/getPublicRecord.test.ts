import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { uniqueGln } from "../testing/captureFixtures.ts";
import { ownerReceiverStranger, storeEpcisEvents } from "../testing/custodyFixtures.ts";
import { insertEvent, unlinkLinksMadeBeforeTheWriteRule } from "../testing/events.ts";
import { testDatabase } from "../testing/suite.ts";
import { getPublicRecord } from "./getPublicRecord.ts";

describe("getPublicRecord: only the owner and custody holders write the record, the owner first", () => {
  const db = testDatabase();
  let owner: string;
  let receiver: string;
  let stranger: string;
  let gtin: string;
  let lotClass: string;
  before(async () => {
    ({ owner, receiver, stranger, gtin } = await ownerReceiverStranger(db, ["L1", "L2"]));
    lotClass = `https://id.gs1.org/01/${gtin}/10/L1`;
  });

  const event = (eventTime: string, fields: Record<string, unknown> = {}) => ({
    type: "ObjectEvent",
    action: "OBSERVE",
    eventTime,
    eventTimeZoneOffset: "+00:00",
    quantityList: [{ epcClass: lotClass, quantity: 1 }],
    ...fields,
  });
  const store = (organizationId: string, events: Record<string, unknown>[]) =>
    storeEpcisEvents(db, organizationId, events);
  const record = (lot = "L1") => getPublicRecord(db, { gtin, lot, chainId: 31337 });

  test("a receiver's 1,001 earlier-dated events leave every event of the owner in the record, in time order", async () => {
    const { stored: own } = await store(owner, [
      event("2026-06-01T08:00:00.000Z", { bizStep: "commissioning" }),
      event("2026-06-02T08:00:00.000Z", {
        bizStep: "shipping",
        destinationList: [{ type: "owning_party", destination: `urn:tracemark:org:${receiver}` }],
      }),
    ]);
    const flood = Array.from({ length: 1001 }, (_, i) =>
      event(new Date(Date.UTC(2020, 0, 1) + i * 1000).toISOString(), { bizStep: "inspecting" }),
    );
    await store(receiver, flood);

    const { events } = await record();
    assert.equal(events.length, 1000, "still capped");
    const hashes = new Set(events.map((e) => e.eventHash));
    for (const { eventHash } of own) assert.ok(hashes.has(eventHash), `the owner's ${eventHash} is shown`);
    const times = events.map((e) => String(e.event.eventTime));
    assert.deepEqual(times, [...times].sort(), "in time order");
  });

  test("an event stored by an organisation without custody of the lot (written before the rule) is not shown", async () => {
    const quantityList = [{ epcClass: `https://id.gs1.org/01/${gtin}/10/L2`, quantity: 1 }];
    const mine = await insertEvent(db, owner, event("2026-06-03T08:00:00.000Z", { quantityList }));
    const theirs = await insertEvent(
      db,
      stranger,
      event("2026-06-04T08:00:00.000Z", { quantityList, bizStep: "destroying" }),
    );
    await unlinkLinksMadeBeforeTheWriteRule(db);
    const { events } = await record("L2");
    assert.deepEqual(
      events.map((e) => e.eventHash),
      [mine.eventHash],
      `not ${theirs.eventHash}`,
    );
  });

  test("an event at another organisation's GLN shows no place: a location is named only by the event's own organisation", async () => {
    const gln = uniqueGln();
    await db.prisma.location.create({ data: { organizationId: stranger, gln, name: "Stranger's depot" } });
    const quantityList = [{ epcClass: `https://id.gs1.org/01/${gtin}/10/L2`, quantity: 1 }];
    await store(owner, [
      event("2026-06-05T08:00:00.000Z", {
        quantityList,
        bizLocation: { id: `https://id.gs1.org/414/${gln}` },
      }),
    ]);
    const { display } = await record("L2");
    assert.deepEqual(
      display.journey.map((step) => step.location),
      display.journey.map(() => null),
    );
    assert.deepEqual(display.locations, []);
  });

  test("a place's EUDR plot is in the record only once its organisation makes it public", async () => {
    const gln = uniqueGln();
    const plot = {
      type: "Polygon",
      coordinates: [
        [
          [-76.051, 1.853],
          [-76.049, 1.853],
          [-76.049, 1.851],
          [-76.051, 1.853],
        ],
      ],
    };
    const farm = await db.prisma.location.create({
      data: { organizationId: owner, gln, name: "Finca", latitude: 1.852, longitude: -76.05, plot },
    });
    await store(owner, [
      event("2026-06-06T08:00:00.000Z", { bizLocation: { id: `https://id.gs1.org/414/${gln}` } }),
    ]);
    const placeOf = async () => (await record()).display.locations.find((l) => l.gln === gln);
    assert.equal((await placeOf())?.plot, undefined);
    await db.prisma.location.update({ where: { id: farm.id }, data: { plotPublic: true } });
    assert.deepEqual((await placeOf())?.plot, plot);
  });
});
