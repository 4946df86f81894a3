import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { migrate, readMigrations } from "./migrate.ts";
import { type Database, openDatabase } from "./openDatabase.ts";

const MIGRATION = "capture_payload_text";
let db: Database;
before(async () => {
  db = await openDatabase({ dataDir: "memory://" });
});
after(() => db.close());

test(`${MIGRATION}: documents waiting in captures.payload (jsonb) keep their content as text`, async () => {
  const migrations = readMigrations();
  const at = migrations.findIndex((m) => m.name.endsWith(`_${MIGRATION}`));
  assert.ok(at > 0);
  await migrate(db, migrations.slice(0, at));
  const document = {
    type: "EPCISDocument",
    epcisBody: { eventList: [{ type: "ObjectEvent", "ex:note": 'ünïcode 😀 "quoted"', quantity: 1.5 }] },
  };
  const [org] = await db.query<{ id: string }>(
    `INSERT INTO organizations (id, name, "updatedAt") VALUES (gen_random_uuid(), 'O', now()) RETURNING id`,
  );
  await db.query(
    `INSERT INTO captures (id, "organizationId", "requestHash", "eventCount", payload)
     VALUES (gen_random_uuid(), $1, 'h', 1, $2::jsonb), (gen_random_uuid(), $1, 'done', 1, NULL)`,
    [org?.id, JSON.stringify(document)],
  );

  await migrate(db);
  const rows = await db.query<{ payload: string | null; type: string }>(
    `SELECT payload, pg_typeof(payload)::text AS type FROM captures ORDER BY "requestHash"`,
  );
  assert.deepEqual(
    rows.map((row) => row.type),
    ["text", "text"],
  );
  assert.equal(rows[0]?.payload, null);
  assert.deepEqual(JSON.parse(rows[1]?.payload ?? "null"), document);
});
