import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Database, SqlSession } from "./openDatabase.ts";

export const migrationsDir = fileURLToPath(new URL("../migrations", import.meta.url));

/** Any number that other users of the database are unlikely to pick for an advisory lock. */
const MIGRATION_LOCK_ID = 72_0519_0001;

export type Migration = { name: string; sql: string; checksum: string };

/** The committed migrations, oldest first, as Prisma lays them out (`<timestamp>_<name>/migration.sql`). */
export function readMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export type MigrateReturnType = { applied: string[] };

/**
 * Applies the committed migrations that the database lacks, each in its own transaction, and
 * records them in `_prisma_migrations` as Prisma's CLI does, so `prisma migrate deploy` stays
 * compatible. Safe when several processes start at once (a Postgres advisory lock serialises them).
 * Refuses to run when an applied migration's file has changed since.
 *
 * @example
 * const { applied } = await migrate(db);
 */
export async function migrate(db: Database, migrations = readMigrations()): Promise<MigrateReturnType> {
  return db.withSession(async (session) => {
    await session.exec(`SELECT pg_advisory_lock(${MIGRATION_LOCK_ID})`);
    try {
      await session.exec(CREATE_MIGRATIONS_TABLE);
      const rows = await session.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      const done = new Map(rows.map((row) => [row.migration_name, row.checksum]));
      const applied: string[] = [];
      for (const migration of migrations) {
        const checksum = done.get(migration.name);
        if (checksum === undefined) {
          await applyOne(session, migration);
          applied.push(migration.name);
        } else if (checksum !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} changed after it was applied; add a new migration instead.`,
          );
        }
      }
      return { applied };
    } finally {
      await session.exec(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_ID})`);
    }
  });
}

async function applyOne(session: SqlSession, migration: Migration): Promise<void> {
  try {
    await session.exec(`BEGIN;\n${migration.sql}\n;${recordMigration(migration)};\nCOMMIT;`);
  } catch (error) {
    await session.exec("ROLLBACK");
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

function recordMigration({ name, checksum }: Migration): string {
  return `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
    VALUES ('${randomUUID()}', '${checksum}', '${name.replaceAll("'", "''")}', now(), now(), 1)`;
}

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;
