import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { openDatabase } from "./openDatabase.ts";
import { createTestDatabase } from "./testDatabase.ts";

describe("openDatabase on real Postgres: sessions", async () => {
  const testDb = await createTestDatabase();
  const db = await openDatabase({ url: testDb.url });
  after(async () => {
    await db.close();
    await testDb.drop();
  });

  test("a pooled connection lent to many sessions in turn keeps no listener of theirs", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on("warning", onWarning);
    try {
      const backends = new Set<string>();
      // One after another, so the pool lends the same idle connection each time.
      for (let i = 0; i < 30; i++) {
        const [row] = await db.withSession((session) =>
          session.query<{ pid: string }>("SELECT pg_backend_pid()::text AS pid"),
        );
        backends.add(String(row?.pid));
      }
      assert.equal(backends.size, 1, "the sessions shared one connection");
      // Warnings are emitted on a later tick.
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(warnings, []);
    } finally {
      process.off("warning", onWarning);
    }
  });

  test("a session whose connection the server ends is discarded; the next session gets a working one", async () => {
    await assert.rejects(
      db.withSession(async (session) => {
        await session.exec("SELECT pg_terminate_backend(pg_backend_pid())");
      }),
    );
    const [row] = await db.withSession((session) => session.query<{ one: number }>("SELECT 1 AS one"));
    assert.equal(row?.one, 1);
  });
});
