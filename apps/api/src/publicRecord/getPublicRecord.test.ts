import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { uniqueGln } from "../testing/captureFixtures.ts";
import { ownerReceiverStranger, storeEpcisEvents } from "../testing/custodyFixtures.ts";
import { insertEvent, unlinkLinksMadeBeforeTheWriteRule } from "../testing/events.ts";
import { testDatabase } from "../testing/suite.ts";
import { getPublicRecord } from "./getPublicRecord.ts";

describe("getPublicRecord: only the owner and custody holders write the record, the owner first, and it counts what it leaves out", () => {
  const db = testDatabase();
  let owner: string;
  let receiver: string;
  let stranger: string;
  let gtin: string;
  let lotClass: string;
  before(async () => {
    ({ owner, receiver, stranger, gtin } = await ownerReceiverStranger(db, ["L1", "L2", "L3", "L4"]));
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

  const inLot = (lot: string) => ({
    quantityList: [{ epcClass: `https://id.gs1.org/01/${gtin}/10/${lot}`, quantity: 1 }],
  });
  const shipToReceiver = (eventTime: string, lot: string) =>
    event(eventTime, {
      ...inLot(lot),
      bizStep: "shipping",
      destinationList: [{ type: "owning_party", destination: `urn:tracemark:org:${receiver}` }],
    });
  /** `count` events of `lot`, one second apart from `start`. */
  const many = (count: number, start: string, lot: string) =>
    Array.from({ length: count }, (_, i) =>
      event(new Date(Date.parse(start) + i * 1000).toISOString(), { ...inLot(lot), bizStep: "inspecting" }),
    );

  test("a receiver's 1,001 earlier-dated events leave every event of the owner in the record, in time order; it counts the 3 left out", async () => {
    const { stored: own } = await store(owner, [
      event("2026-06-01T08:00:00.000Z", { bizStep: "commissioning" }),
      shipToReceiver("2026-06-02T08:00:00.000Z", "L1"),
    ]);
    const { stored: flood } = await store(receiver, many(1001, "2020-01-01T00:00:00.000Z", "L1"));

    const { events, hiddenSteps, omittedEvents } = await record();
    assert.equal(events.length, 1000, "still capped");
    assert.equal(hiddenSteps, undefined);
    const hashes = new Set(events.map((e) => e.eventHash));
    for (const { eventHash } of own) assert.ok(hashes.has(eventHash), `the owner's ${eventHash} is shown`);
    const times = events.map((e) => String(e.event.eventTime));
    assert.deepEqual(times, [...times].sort(), "in time order");
    assert.deepEqual(omittedEvents, { owner: 0, partners: 3 });
    const left = flood.filter((e) => !hashes.has(e.eventHash)).map((e) => e.eventHash);
    assert.deepEqual(
      left,
      flood.slice(0, 3).map((e) => e.eventHash),
      "the receiver's earliest are left out",
    );
  });

  test("over the cap the latest steps are kept (the receiver's last one too), and steps not public count as hidden, not left out", async () => {
    await store(owner, [shipToReceiver("2026-06-01T08:00:00.000Z", "L3")]);
    const { stored: flood } = await store(receiver, many(1000, "2026-06-02T08:00:00.000Z", "L3"));
    const { stored: last } = await store(receiver, [
      event("2026-07-01T08:00:00.000Z", { ...inLot("L3"), bizStep: "retail_selling" }),
    ]);
    const kept = flood.slice(-20).map((e) => e.eventHash);
    await db.prisma.event.updateMany({ where: { eventHash: { in: kept } }, data: { visibility: "private" } });

    const { events, hiddenSteps, omittedEvents, display } = await record("L3");
    assert.equal(events.length + (hiddenSteps?.length ?? 0), 1000, "hidden steps are within the cap");
    assert.equal(hiddenSteps?.length, 20, "the private steps are hidden steps");
    assert.deepEqual(omittedEvents, { owner: 0, partners: 2 }, "1,002 events, 1,000 shown or hidden");
    assert.equal(events.at(-1)?.eventHash, last[0]?.eventHash, "the receiver's last step is shown");
    assert.equal(display.journey.length, 980);
  });

  test("an owner over the cap keeps its latest 1,000; its earliest and the receiver's are counted as left out", async () => {
    const { stored: own } = await store(owner, [
      ...many(1000, "2026-05-01T08:00:00.000Z", "L4"),
      shipToReceiver("2026-06-01T08:00:00.000Z", "L4"),
    ]);
    await store(receiver, [event("2026-06-02T08:00:00.000Z", { ...inLot("L4"), bizStep: "receiving" })]);
    const { events, omittedEvents } = await record("L4");
    assert.deepEqual(omittedEvents, { owner: 1, partners: 1 });
    assert.deepEqual(
      events.map((e) => e.eventHash),
      own.slice(1).map((e) => e.eventHash),
    );
  });

  test("an event stored by an organisation without custody of the lot (written before the rule) is not shown, nor counted", async () => {
    const quantityList = [{ epcClass: `https://id.gs1.org/01/${gtin}/10/L2`, quantity: 1 }];
    const mine = await insertEvent(db, owner, event("2026-06-03T08:00:00.000Z", { quantityList }));
    const theirs = await insertEvent(
      db,
      stranger,
      event("2026-06-04T08:00:00.000Z", { quantityList, bizStep: "destroying" }),
    );
    await unlinkLinksMadeBeforeTheWriteRule(db);
    const { events, omittedEvents } = await record("L2");
    assert.deepEqual(
      events.map((e) => e.eventHash),
      [mine.eventHash],
      `not ${theirs.eventHash}`,
    );
    assert.deepEqual(omittedEvents, { owner: 0, partners: 0 });
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
