import assert from "node:assert/strict";
import { before, test } from "node:test";
import { createPublicClient, http } from "viem";
import type { AppContext } from "../context.ts";
import { readConfig } from "../env.ts";
import { servePublicRecord } from "../publicRecord/servePublicRecord.ts";
import { testEmbeddedDatabase } from "../testing/suite.ts";
import { acceptCapture } from "./acceptCapture.ts";
import { captureEvent } from "./captureEvent.ts";
import { processPendingCaptures } from "./processPendingCaptures.ts";

// Smoke run of the write side on the embedded database (PGlite), the default of `npm start`:
// the multi-row inserts (unnest of array parameters), ON CONFLICT, FOR UPDATE SKIP LOCKED, and the
// public record read model (its triggers and the stored record).
const db = testEmbeddedDatabase();
let context: AppContext;
before(async () => {
  const config = readConfig({ LOG_LEVEL: "silent" });
  context = { config, db, chain: createPublicClient({ transport: http(config.rpcUrl) }) };
});

/** An organisation named `name` with an olive oil product of `gtin` and its lot `lotCode`. */
async function organisationWithLot(name: string, gtin: string, lotCode: string) {
  const org = await db.prisma.organization.create({ data: { name } });
  const product = await db.prisma.product.create({
    data: { organizationId: org.id, gtin, name: "Olive oil" },
  });
  const lot = await db.prisma.lot.create({
    data: { organizationId: org.id, productId: product.id, lotCode },
  });
  return { org, product, lot };
}

test("events and captures are stored on PGlite too", async () => {
  const { org, lot } = await organisationWithLot("Embedded", "09520123456788", "L1");
  const input = {
    type: "object",
    action: "ADD",
    eventTime: "2026-03-04T11:00:30.000+01:00",
    lot: { id: lot.id },
  } as const;
  const first = await captureEvent(db, { organizationId: org.id, input });
  assert.equal(first.created, true);
  assert.equal(first.event.identifiers[0]?.lotId, lot.id);
  const again = await captureEvent(db, { organizationId: org.id, input });
  assert.equal(again.created, false);
  assert.equal(again.event.id, first.event.id);

  const { eventID: _id, ...stored } = first.event.document;
  const document = {
    "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: "2026-03-04T12:00:00.000Z",
    epcisBody: {
      eventList: [
        stored,
        {
          ...stored,
          eventTime: "2026-03-05T11:00:30.000+01:00",
          readPoint: { id: "urn:epc:id:sgln:9520123.45678.0" },
          bizTransactionList: [{ type: "po", bizTransaction: "urn:epcglobal:cbv:bt:9520123456788:PO-1" }],
        },
      ],
    },
  };
  const { capture } = await acceptCapture(db, {
    organizationId: org.id,
    document,
    text: JSON.stringify(document, null, 2),
  });
  assert.equal(await processPendingCaptures(context), 1);
  const done = await db.prisma.capture.findUniqueOrThrow({ where: { id: capture.id } });
  assert.equal(done.status, "succeeded");
  assert.equal(done.storedCount, 1);
  assert.equal(done.duplicateCount, 1);
  assert.equal(await db.prisma.event.count({ where: { lotId: lot.id } }), 2);
  const keys = await db.prisma.eventSearchKey.findMany({
    select: { kind: true, key: true },
    orderBy: { key: "asc" },
  });
  assert.deepEqual(keys, [
    { kind: "readPoint", key: "gln:952012345678" },
    { kind: "bizTransaction", key: "po-1" },
    { kind: "bizTransaction", key: "urn:epcglobal:cbv:bt:9520123456788:po-1" },
  ]);
});

test("the public record is stored and kept current on PGlite too", async () => {
  const { org, product, lot } = await organisationWithLot("Embedded records", "09520123456795", "P1");
  const serve = () =>
    servePublicRecord(db, { gtin: product.gtin, lot: "P1", chainId: 31337, render: JSON.stringify });
  const events = async () =>
    (JSON.parse(String((await serve()).body)) as { events: unknown[] }).events.length;
  assert.equal(await events(), 0);
  assert.equal(await db.prisma.publicRecord.count({ where: { lotId: lot.id } }), 1);
  const first = await serve();
  assert.equal((await serve()).etag, first.etag, "served from the store");
  await captureEvent(db, {
    organizationId: org.id,
    input: { type: "object", action: "ADD", eventTime: "2026-03-04T11:00:30.000+01:00", lot: { id: lot.id } },
  });
  assert.equal(await events(), 1);
});
