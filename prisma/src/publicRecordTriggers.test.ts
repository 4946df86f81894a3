import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "./testDatabase.ts";

let db: TestDatabase;
let client: pg.Client;
before(async () => {
  db = await createTestDatabase();
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});
after(async () => {
  await client?.end();
  await db?.drop();
});

const generationOf = async (lotId: string) =>
  Number(
    (await client.query(`SELECT generation FROM public_record_generations WHERE "lotId" = $1`, [lotId]))
      .rows[0]?.generation ?? 0,
  );

test("a Merkle batch of events notes its lots once anchored; a changed proof or a correction notes them too", async () => {
  const events = 2_000;
  const {
    rows: [org],
  } = await client.query(
    `INSERT INTO organizations (id, name, "updatedAt") VALUES (gen_random_uuid(), 'Org', now()) RETURNING id`,
  );
  const {
    rows: [product],
  } = await client.query(
    `INSERT INTO products (id, "organizationId", gtin, name, "imageUrls", "updatedAt")
     VALUES (gen_random_uuid(), $1, '09506000134352', 'P', '{}', now()) RETURNING id`,
    [org.id],
  );
  const {
    rows: [lot, named],
  } = await client.query(
    `INSERT INTO lots (id, "organizationId", "productId", "lotCode", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'L1', now()), (gen_random_uuid(), $1, $2, 'L2', now()) RETURNING id`,
    [org.id, product.id],
  );
  await client.query(
    `INSERT INTO events (id, "organizationId", "eventHash", leaf, type, "eventTime", "eventTimeZoneOffset", "lotId", document, proof)
     SELECT gen_random_uuid(), $1, 'ni:///sha-256;' || i, '0x' || i, 'ObjectEvent', now(), '+00:00', $2, jsonb_build_object('i', i), '{}'
     FROM generate_series(0, $3) i`,
    [org.id, lot.id, events],
  );
  // Each event also names the second lot (an identifier of it), whose record shows the event too.
  await client.query(
    `INSERT INTO event_identifiers ("eventId", role, value, "lotId") SELECT id, 'quantity', 'urn:x', $1 FROM events`,
    [named.id],
  );
  const {
    rows: [batch],
  } = await client.query(
    `INSERT INTO anchor_batches (id, "organizationId", root, "eventCount", status)
     VALUES (gen_random_uuid(), $1, '0xroot', $2, 'submitted') RETURNING id`,
    [org.id, events + 1],
  );
  const before = { lot: await generationOf(lot.id), named: await generationOf(named.id) };

  // Putting events in a batch (one, then all) shows nowhere yet.
  await client.query(
    `UPDATE events SET "batchId" = $1, "treeNode" = 1 WHERE "eventHash" = 'ni:///sha-256;0'`,
    [batch.id],
  );
  await client.query(`UPDATE events SET "batchId" = $1, "treeNode" = 2 WHERE "batchId" IS NULL`, [batch.id]);
  assert.deepEqual(
    { lot: await generationOf(lot.id), named: await generationOf(named.id) },
    before,
    "batched but not anchored: no record shows it yet",
  );
  // The events' status is their batch's: anchoring it notes both lots.
  await client.query(`UPDATE anchor_batches SET status = 'anchored', "txHash" = '0xtx' WHERE id = $1`, [
    batch.id,
  ]);
  assert.equal(await generationOf(lot.id), before.lot + 1);
  assert.equal(await generationOf(named.id), before.named + 1);
  await client.query(`UPDATE anchor_batches SET status = 'final' WHERE id = $1`, [batch.id]);
  assert.equal(await generationOf(lot.id), before.lot + 1, "a record does not tell anchored from final");
  // A proof changed once the batch is anchored shows.
  await client.query(`UPDATE events SET "treeNode" = 3 WHERE "eventHash" = 'ni:///sha-256;1'`);
  assert.equal(await generationOf(lot.id), before.lot + 2);
  // A correction that names no lot itself notes the lots of the event it corrects.
  await client.query(
    `INSERT INTO events (id, "organizationId", "eventHash", leaf, type, "eventTime", "eventTimeZoneOffset", document, proof, "correctsEventHash")
     VALUES (gen_random_uuid(), $1, 'ni:///sha-256;declaration', '0xd', 'ObjectEvent', now(), '+00:00', '{}', '{}', 'ni:///sha-256;2')`,
    [org.id],
  );
  assert.equal(await generationOf(lot.id), before.lot + 3);
  assert.equal(await generationOf(named.id), before.named + 3);
  // An event moved to another lot notes both; a reorg taking the anchor away notes the batch's lots.
  await client.query(`UPDATE events SET "lotId" = $1 WHERE "eventHash" = 'ni:///sha-256;3'`, [named.id]);
  assert.equal(await generationOf(lot.id), before.lot + 4);
  assert.equal(await generationOf(named.id), before.named + 4);
  await client.query(`UPDATE anchor_batches SET status = 'submitted', "txHash" = NULL WHERE id = $1`, [
    batch.id,
  ]);
  assert.equal(await generationOf(lot.id), before.lot + 5);
  assert.equal(await generationOf(named.id), before.named + 5);
});

test("a custody transfer opened, completed, cancelled or removed notes its lot: the record shows its receiver's events", async () => {
  const {
    rows: [from, to],
  } = await client.query(
    `INSERT INTO organizations (id, name, "updatedAt") VALUES (gen_random_uuid(), 'From', now()), (gen_random_uuid(), 'To', now()) RETURNING id`,
  );
  const {
    rows: [product],
  } = await client.query(
    `INSERT INTO products (id, "organizationId", gtin, name, "imageUrls", "updatedAt")
     VALUES (gen_random_uuid(), $1, '09506000134369', 'P', '{}', now()) RETURNING id`,
    [from.id],
  );
  const {
    rows: [lot],
  } = await client.query(
    `INSERT INTO lots (id, "organizationId", "productId", "lotCode", "updatedAt") VALUES (gen_random_uuid(), $1, $2, 'T1', now()) RETURNING id`,
    [from.id, product.id],
  );
  // The shipping event names no lot, so only the transfer itself can note the lot.
  const {
    rows: [shipping],
  } = await client.query(
    `INSERT INTO events (id, "organizationId", "eventHash", leaf, type, "eventTime", "eventTimeZoneOffset", document, proof)
     VALUES (gen_random_uuid(), $1, 'ni:///sha-256;shipping', '0xs', 'ObjectEvent', now(), '+00:00', '{}', '{}') RETURNING id`,
    [from.id],
  );
  const before = await generationOf(lot.id);
  const {
    rows: [transfer],
  } = await client.query(
    `INSERT INTO custody_transfers (id, "fromOrgId", "toOrgId", "lotId", "shippingEventId")
     VALUES (gen_random_uuid(), $1, $2, $3, $4) RETURNING id`,
    [from.id, to.id, lot.id, shipping.id],
  );
  assert.equal(await generationOf(lot.id), before + 1);
  await client.query(`UPDATE custody_transfers SET status = 'cancelled' WHERE id = $1`, [transfer.id]);
  assert.equal(await generationOf(lot.id), before + 2);
  await client.query(`DELETE FROM custody_transfers WHERE id = $1`, [transfer.id]);
  assert.equal(await generationOf(lot.id), before + 3);
});
