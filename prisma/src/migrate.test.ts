import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { migrate, readMigrations } from "./migrate.ts";
import { openDatabase } from "./openDatabase.ts";
import { createTestDatabase } from "./testDatabase.ts";

describe("migrate on real Postgres", async () => {
  const db = await createTestDatabase();
  after(() => db.drop());

  test("applies every committed migration once and records it as Prisma does", async () => {
    const rows = await db.prisma.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    assert.deepEqual(
      rows,
      readMigrations().map(({ name, checksum }) => ({ migration_name: name, checksum })),
    );
    assert.deepEqual(await migrate(db), { applied: [] });
  });

  test("the migrated schema serves the Prisma client", async () => {
    const org = await db.prisma.organization.create({ data: { name: "Acme Farms", gln: "9506000134352" } });
    assert.equal(
      (await db.prisma.organization.findUniqueOrThrow({ where: { id: org.id } })).name,
      "Acme Farms",
    );
  });

  test("refuses a migration whose file changed after it was applied", async () => {
    const [first, ...rest] = readMigrations();
    assert.ok(first);
    const edited = { ...first, sql: `${first.sql}\n-- edited`, checksum: "0".repeat(64) };
    await assert.rejects(migrate(db, [edited, ...rest]), /changed after it was applied/);
  });

  test("a failing migration is rolled back whole and not recorded", async () => {
    const broken = {
      name: "99999999999999_broken",
      sql: `CREATE TABLE half_done (id int); SELECT no_such_function();`,
      checksum: "f".repeat(64),
    };
    await assert.rejects(migrate(db, [...readMigrations(), broken]), /broken failed and was rolled back/);
    const tables = await db.prisma.$queryRawUnsafe<unknown[]>(
      `SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`,
    );
    assert.equal(tables.length, 0);
    assert.deepEqual(await migrate(db), { applied: [] });
  });

  test("concurrent migrators on one database apply each migration exactly once", async () => {
    const fresh = await createTestDatabase();
    try {
      await fresh.withSession((session) => session.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`));
      const others = await Promise.all([openDatabase({ url: fresh.url }), openDatabase({ url: fresh.url })]);
      const results = await Promise.all(others.map((other) => migrate(other)));
      await Promise.all(others.map((other) => other.close()));
      assert.deepEqual(
        results.flatMap((result) => result.applied).sort(),
        readMigrations().map((migration) => migration.name),
      );
    } finally {
      await fresh.drop();
    }
  });
});

describe("migrate on embedded PGlite", () => {
  test("migrates a data folder, and data survives closing and reopening it", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "tracemark-pglite-"));
    try {
      const first = await openDatabase({ dataDir });
      assert.deepEqual(
        (await migrate(first)).applied,
        readMigrations().map((migration) => migration.name),
      );
      await first.prisma.organization.create({ data: { name: "Kept Co" } });
      await first.close();

      const second = await openDatabase({ dataDir });
      assert.deepEqual(await migrate(second), { applied: [] });
      assert.equal((await second.prisma.organization.findFirstOrThrow()).name, "Kept Co");
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
