import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/client/client.ts";

/** Where the data lives: a Postgres URL, or a folder for the embedded PGlite database. */
export type DatabaseLocation = { url: string } | { dataDir: string };

/** One connection held for a while, outside Prisma: for migrations and session-level locks. */
export type SqlSession = {
  /** Runs a script of one or more statements. */
  exec: (sql: string) => Promise<void>;
  /** Runs one statement and returns its rows. */
  query: <Row>(sql: string) => Promise<Row[]>;
};

export type Database = {
  prisma: PrismaClient;
  /** `postgres` for a server given by URL, `pglite` for the embedded database. */
  kind: "postgres" | "pglite";
  /**
   * One statement outside Prisma, for hot read paths: on Postgres straight on the pool, prepared
   * once per connection (a few times cheaper than Prisma's raw queries), on PGlite through Prisma (its one connection is
   * shared with Prisma's transactions). Column types differ between the two beyond text and
   * numbers, so select text.
   */
  query: <Row>(text: string, values?: unknown[]) => Promise<Row[]>;
  withSession: <T>(work: (session: SqlSession) => Promise<T>) => Promise<T>;
  close: () => Promise<void>;
};

/**
 * Opens the database: a real Postgres when a URL is given, else the embedded PGlite in `dataDir`
 * (created if missing, kept across restarts).
 *
 * @example
 * const db = await openDatabase({ url: "postgresql://postgres@127.0.0.1:54329/tracemark" });
 * await db.prisma.organization.count();
 * await db.close();
 */
export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  if ("url" in location) return openPostgres(location.url);
  return openPglite(location.dataDir);
}

const statementNames = new Map<string, string>();
/** A name per statement text, so that each pooled connection prepares it once and reuses the plan. */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `tm_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`;
    statementNames.set(text, name);
  }
  return name;
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A client that loses its server (Postgres restarting) emits "error": idle in the pool, or checked
  // out between queries (e.g. inside a transaction). Unheard, that event would crash the process;
  // the query that was using the client fails on its own and its caller retries.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    kind: "postgres",
    query: async <Row>(text: string, values: unknown[] = []) =>
      (await pool.query({ name: statementName(text), text, values })).rows as Row[],
    withSession: async (work) => {
      const client = await pool.connect();
      let broken: Error | undefined;
      const onError = (error: Error) => {
        broken = error;
      };
      client.on("error", onError);
      try {
        return await work({
          exec: async (sql) => {
            await client.query(sql);
          },
          query: async <Row>(sql: string) => (await client.query(sql)).rows as Row[],
        });
      } catch (error) {
        broken ??= error instanceof Error ? error : new Error(String(error));
        throw error;
      } finally {
        // The pool lends this client again: a listener left on it would pile up, one per session.
        client.off("error", onError);
        // A client whose work failed is discarded rather than returned to the pool half-broken.
        client.release(broken);
      }
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  if (dataDir !== "memory://") mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    kind: "pglite",
    query: <Row>(text: string, values: unknown[] = []) => prisma.$queryRawUnsafe<Row[]>(text, ...values),
    // PGlite is a single connection: every session is that one.
    withSession: (work) =>
      work({
        exec: async (sql) => {
          await pglite.exec(sql);
        },
        query: async <Row>(sql: string) => (await pglite.query<Row>(sql)).rows,
      }),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
