import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import type { TestDatabase } from "@tracemark/db";
import { parseEpcisEvent } from "@tracemark/sdk";
import { ForeignReferenceError } from "../errors/foreignReference.ts";
import { tradeItemKey } from "../services/identifiers/epcisIdentifiers.ts";
import { observation, uniqueGtin } from "../testing/captureFixtures.ts";
import { ownerReceiverStranger, storeEpcisEvents } from "../testing/custodyFixtures.ts";
import { testDatabase } from "../testing/suite.ts";
import { prepareEvent } from "./prepareEvent.ts";
import { storeEvents } from "./storeEvents.ts";

describe("storeEvents: events already stored are found through the insert's conflict", () => {
  const db = testDatabase();
  let orgA: string;
  let orgB: string;
  let lotId: string;
  let lotUri: string;
  before(async () => {
    orgA = (await db.prisma.organization.create({ data: { name: "A" } })).id;
    orgB = (await db.prisma.organization.create({ data: { name: "B" } })).id;
    const gtin = uniqueGtin();
    const product = await db.prisma.product.create({ data: { organizationId: orgA, gtin, name: "Oil" } });
    lotId = (
      await db.prisma.lot.create({ data: { organizationId: orgA, productId: product.id, lotCode: "L1" } })
    ).id;
    lotUri = `https://id.gs1.org/01/${gtin}/10/L1`;
  });

  /** The same EPCIS event, prepared anew each call (a new row id, the same hash), as a capture would. */
  const prepared = (event: Record<string, unknown>) => prepareEvent({ event: parseEpcisEvent(event) });
  const store = (organizationId: string, events: Record<string, unknown>[]) =>
    db.prisma.$transaction((tx) => storeEvents(tx, { organizationId, events: events.map(prepared) }));
  const inspection = () => observation({ quantityList: [{ epcClass: lotUri, quantity: 3, uom: "KGM" }] });
  const identifiersOf = (eventHash: string) =>
    db.prisma.eventIdentifier.count({ where: { event: { eventHash } } });

  test("an event stored again is reported with the stored row's id and organisation, and writes nothing", async () => {
    const event = inspection();
    const first = await store(orgA, [event]);
    assert.equal(first.stored.length, 1);
    assert.deepEqual(first.existing, []);
    const { id, eventHash, lotId: storedLotId } = first.stored[0] ?? assert.fail("not stored");
    assert.equal(storedLotId, lotId);
    assert.equal(await identifiersOf(eventHash), 1);

    const again = await store(orgA, [event]);
    assert.deepEqual(again.stored, []);
    assert.deepEqual(again.existing, [{ id, eventHash, organizationId: orgA }]);
    assert.equal(await db.prisma.event.count({ where: { eventHash } }), 1);
    assert.equal(await identifiersOf(eventHash), 1, "no second identifier rows");

    await assert.rejects(store(orgB, [event]), ForeignReferenceError, "B may not write into A's lot");
    const container = observation({ epcList: ["urn:epc:id:sscc:4012345.0000000123"] });
    const mine = await store(orgA, [container]);
    const other = await store(orgB, [container]);
    assert.deepEqual(other.stored, []);
    assert.deepEqual(other.existing, [
      { id: mine.stored[0]?.id, eventHash: mine.stored[0]?.eventHash, organizationId: orgA },
    ]);
  });

  test("a batch mixing stored, new and repeated events stores each new one once", async () => {
    const known = inspection();
    await store(orgA, [known]);
    const fresh = inspection();
    const result = await store(orgA, [known, fresh, fresh, known]);
    assert.equal(result.stored.length, 1);
    const [storedEvent] = result.stored;
    assert.equal(storedEvent?.eventHash, prepared(fresh).eventHash);
    assert.deepEqual(
      result.existing.map((e) => e.eventHash),
      [prepared(known).eventHash],
    );
    assert.equal(await identifiersOf(storedEvent?.eventHash ?? ""), 1);
    assert.equal(await identifiersOf(prepared(known).eventHash), 1);
  });

  test("the same new event stored by two transactions at once: one stores it, the other finds it", async () => {
    const event = observation({ epcList: ["urn:epc:id:sscc:4012345.0000000124"] });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = db.prisma.$transaction(
      async (tx) => {
        const result = await storeEvents(tx, { organizationId: orgA, events: [prepared(event)] });
        await held;
        return result;
      },
      { timeout: 60_000 },
    );
    // The second insert waits on the first transaction's uncommitted row; once it is waiting, the
    // first commits and the second meets the conflict.
    const second = store(orgB, [event]);
    await untilAnInsertWaitsOnALock(db);
    release();
    const [won, lost] = await Promise.all([first, second]);
    assert.equal(won.stored.length, 1);
    assert.deepEqual(lost.stored, []);
    assert.deepEqual(lost.existing, [
      { id: won.stored[0]?.id, eventHash: won.stored[0]?.eventHash, organizationId: orgA },
    ]);
    assert.equal(await identifiersOf(won.stored[0]?.eventHash ?? ""), 1);
  });
});

describe("storeEvents: an event joins a lot's record only when its organisation owns or received the lot", () => {
  const db = testDatabase();
  let owner: string;
  let receiver: string;
  let stranger: string;
  let lotUri: string;
  let serialEpc: string;
  before(async () => {
    let gtin: string;
    ({ owner, receiver, stranger, gtin } = await ownerReceiverStranger(db));
    lotUri = `https://id.gs1.org/01/${gtin}/10/L1`;
    serialEpc = `https://id.gs1.org/01/${gtin}/21/S1`;
  });

  const store = (organizationId: string, events: Record<string, unknown>[]) =>
    storeEpcisEvents(db, organizationId, events);
  const party = (id: string) => [{ type: "owning_party", destination: `urn:tracemark:org:${id}` }];

  test("a stranger's event naming the lot or its serial is refused whole, naming each reference and its event", async () => {
    const before = await db.prisma.event.count();
    const error = await store(stranger, [
      observation({ epcList: ["urn:epc:id:sscc:4012345.0000000200"] }),
      observation({ epcList: [serialEpc], quantityList: [{ epcClass: lotUri, quantity: 1 }] }),
    ]).then(
      () => assert.fail("stored"),
      (e: unknown) => e,
    );
    assert.ok(error instanceof ForeignReferenceError);
    assert.deepEqual(
      error.references.map((r) => [r.index, r.field, r.value]),
      [
        [1, "epcList", serialEpc],
        [1, "quantityList", lotUri],
      ],
    );
    assert.match(error.references[0]?.eventId ?? "", /^ni:\/\/\/sha-256;/);
    assert.equal(await db.prisma.event.count(), before, "not even the first, harmless event");
  });

  test("shipped to the receiver: it records receiving and further events; the stranger still may not", async () => {
    await store(owner, [
      observation({
        bizStep: "shipping",
        quantityList: [{ epcClass: lotUri, quantity: 1 }],
        destinationList: party(receiver),
      }),
    ]);
    await assert.rejects(
      store(stranger, [
        observation({ bizStep: "receiving", quantityList: [{ epcClass: lotUri, quantity: 1 }] }),
      ]),
      ForeignReferenceError,
    );
    const received = await store(receiver, [
      observation({ bizStep: "receiving", quantityList: [{ epcClass: lotUri, quantity: 1 }] }),
    ]);
    assert.ok(received.stored[0]?.lotId);
    const transfer = await db.prisma.custodyTransfer.findFirstOrThrow({ where: { toOrgId: receiver } });
    assert.equal(transfer.status, "completed");
    const later = await store(receiver, [observation({ bizStep: "storing", epcList: [serialEpc] })]);
    assert.equal(later.stored.length, 1);
  });

  test("a receiving event completes only the transfer addressed to its own organisation", async () => {
    const quantityList = [{ epcClass: lotUri, quantity: 1 }];
    const shipped = await store(owner, [
      observation({ bizStep: "shipping", quantityList, destinationList: party(stranger) }),
    ]);
    const toStranger = await db.prisma.custodyTransfer.findFirstOrThrow({
      where: { shippingEventId: shipped.stored[0]?.id },
    });
    await store(owner, [
      observation({ bizStep: "shipping", quantityList, destinationList: party(receiver) }),
    ]);
    // The receiver names the owner as source: the stranger's pending transfer is not the receiver's to complete.
    await store(receiver, [
      observation({
        bizStep: "receiving",
        quantityList,
        sourceList: [{ type: "owning_party", source: `urn:tracemark:org:${owner}` }],
      }),
    ]);
    const after = await db.prisma.custodyTransfer.findUniqueOrThrow({ where: { id: toStranger.id } });
    assert.equal(after.status, "pending");
    assert.equal(
      await db.prisma.custodyTransfer.count({ where: { toOrgId: receiver, status: "pending" } }),
      0,
      "the receiver's own is completed",
    );
  });

  test("a serial item of the owner's outside any lot is the owner's alone to name", async () => {
    const gtin = tradeItemGtin(lotUri);
    const product = await db.prisma.product.findUniqueOrThrow({ where: { gtin } });
    await db.prisma.serialItem.create({
      data: { organizationId: owner, productId: product.id, serial: "LOOSE" },
    });
    const loose = `https://id.gs1.org/01/${gtin}/21/LOOSE`;
    await assert.rejects(store(stranger, [observation({ epcList: [loose] })]), ForeignReferenceError);
    const own = await store(owner, [observation({ epcList: [loose] })]);
    assert.equal(own.stored.length, 1);
  });
});

function tradeItemGtin(identifier: string): string {
  return tradeItemKey(identifier)?.gtin ?? assert.fail(`${identifier} names no trade item`);
}

async function untilAnInsertWaitsOnALock(db: TestDatabase): Promise<void> {
  for (let i = 0; i < 3_000; i += 1) {
    const [row] = await db.prisma.$queryRaw<{ waiting: bigint }[]>`
      SELECT count(*) AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO events%'`;
    if (row && row.waiting > 0n) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("the second insert never waited on the first");
}
