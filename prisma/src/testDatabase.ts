import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrate } from "./migrate.ts";
import { type Database, openDatabase } from "./openDatabase.ts";

export type TestDatabase = Database & { url: string; drop: () => Promise<void> };

/**
 * A fresh, migrated database of its own on the test Postgres server named by `TEST_DATABASE_URL`
 * (the root test runner and .ci/run start one), dropped again by `drop()`.
 *
 * @example
 * const db = await createTestDatabase();
 * after(() => db.drop());
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    throw new Error(
      "TEST_DATABASE_URL is not set. Run tests with `npm test` (it starts a private Postgres), or point TEST_DATABASE_URL at a Postgres server whose user may create databases.",
    );
  }
  const name = `tracemark_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  const db = await openDatabase({ url });
  await migrate(db);
  return {
    ...db,
    url,
    drop: async () => {
      await db.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
