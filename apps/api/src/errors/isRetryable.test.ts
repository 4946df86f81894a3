import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestDatabase, Prisma, type TestDatabase } from "@tracemark/db";
import { TracemarkError } from "@tracemark/sdk";
import pg from "pg";
import { testDatabase } from "../testing/suite.ts";
import { isRetryable } from "./isRetryable.ts";

const prismaError = (code: string, meta?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError("failed", { code, clientVersion: "7", meta });

describe("isRetryable: a worker retries what a later attempt can get past, nothing else", () => {
  it("retries outages, conflicts and errors that say so", () => {
    for (const error of [
      prismaError("P1001"),
      prismaError("P2034"),
      prismaError("P2010", { code: "40001" }),
      prismaError("P2010", { code: "57P01" }),
      // Prisma 7 wraps the driver's error: P2039 (or P2010) with the SQLSTATE in meta.driverAdapterError.
      prismaError("P2039", {
        driverAdapterError: { name: "DriverAdapterError", cause: { kind: "postgres", code: "57P01" } },
      }),
      prismaError("P2039", { driverAdapterError: { cause: { kind: "ConnectionClosed" } } }),
      new Error("Connection terminated unexpectedly"),
      // node-postgres, on a pooled client whose connection was terminated, as seen here after 57P01.
      new Error("Client has encountered a connection error and is not queryable"),
      Object.assign(new Error("connect"), { code: "ECONNREFUSED" }),
      new Error("wrapped", { cause: Object.assign(new Error("reset"), { code: "ECONNRESET" }) }),
      new TracemarkError("node down", { retryable: true }),
      new Error("adapter", { cause: { kind: "DatabaseNotReachable" } }),
    ]) {
      assert.equal(isRetryable(error), true, `${String(error)} ${JSON.stringify(error)}`);
    }
  });
  it("fails at once what would fail the same way every time", () => {
    for (const error of [
      new RangeError("Maximum call stack size exceeded"),
      new TypeError("x is undefined"),
      prismaError("P2010", { code: "22008" }),
      prismaError("P2010", { code: "22009" }),
      prismaError("P2039", { driverAdapterError: { cause: { kind: "postgres", code: "22P02" } } }),
      new TracemarkError("bad event"),
      new TracemarkError("refused", {
        retryable: false,
        cause: new Error("Connection terminated unexpectedly"),
      }),
      "a string",
      undefined,
    ]) {
      assert.equal(isRetryable(error), false, String(error));
    }
  });
});

describe("isRetryable on the errors Prisma really throws through the driver adapter", () => {
  const db = testDatabase();
  let organizationId: string;
  before(async () => {
    ({ id: organizationId } = await db.prisma.organization.create({ data: { name: "Alpine Dairy" } }));
  });

  /** Runs `work` in a transaction that gives up waiting for a row lock another transaction holds (55P03). */
  async function whileRowLocked(work: (tx: Prisma.TransactionClient) => Promise<unknown>): Promise<unknown> {
    let release = () => {};
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const holder = db.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM organizations WHERE id = ${organizationId}::uuid FOR UPDATE`;
      locked();
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    });
    await isLocked;
    try {
      await db.prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL lock_timeout = '50ms'");
        await work(tx);
      });
      return undefined;
    } catch (error) {
      return error;
    } finally {
      release();
      await holder;
    }
  }

  it("a model query refused for a lock timeout (P2039 wrapping SQLSTATE 55P03) is retried", async () => {
    const error = await whileRowLocked((tx) =>
      tx.organization.update({ where: { id: organizationId }, data: { name: "Alpine Dairy AG" } }),
    );
    assert.equal((error as { code?: unknown }).code, "P2039", String(error));
    assert.equal(isRetryable(error), true, String(error));
  });

  it("a raw query refused for a lock timeout (P2010 wrapping SQLSTATE 55P03) is retried", async () => {
    const error = await whileRowLocked(
      (tx) => tx.$executeRaw`UPDATE organizations SET name = 'Alpine' WHERE id = ${organizationId}::uuid`,
    );
    assert.equal((error as { code?: unknown }).code, "P2010", String(error));
    assert.equal(isRetryable(error), true, String(error));
  });

  it("a unique violation Prisma names (P2002) fails the same way every time: not retried", async () => {
    const error = await db.prisma.organization
      .create({ data: { name: "Copy", gln: "9520123456788" } })
      .then(() => db.prisma.organization.create({ data: { name: "Copy", gln: "9520123456788" } }))
      .catch((caught: unknown) => caught);
    assert.equal((error as { code?: unknown }).code, "P2002", String(error));
    assert.equal(isRetryable(error), false, String(error));
  });
});

describe("isRetryable on the errors a real Postgres gives when it drops the connection", () => {
  let db: TestDatabase;
  let admin: pg.Client;
  before(async () => {
    db = await createTestDatabase();
    admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
  });
  after(async () => {
    await admin?.end();
    await db?.drop();
  });

  /** What `sleeping` (a query running `pg_sleep`) throws when its connection is terminated, as a shutdown does. */
  async function errorWhenTerminated(sleeping: () => Promise<unknown>): Promise<unknown> {
    const running = sleeping().then(
      () => undefined,
      (error: unknown) => error ?? new Error("thrown without a value"),
    );
    // Terminated once Postgres shows the sleep running.
    for (;;) {
      const { rowCount } = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE '%pg_sleep%'`,
      );
      if (rowCount) break;
    }
    const error = await running;
    assert.ok(error, "the query failed");
    return error;
  }

  it("a query whose connection is terminated (SQLSTATE 57P01 inside Prisma's error)", async () => {
    const error = await errorWhenTerminated(() => db.prisma.$queryRaw`SELECT pg_sleep(10)`);
    assert.equal(isRetryable(error), true, String(error));
  });

  it("a query in a transaction whose connection is terminated", async () => {
    const error = await errorWhenTerminated(() =>
      db.prisma.$transaction(async (tx) => tx.$queryRaw`SELECT pg_sleep(10)`),
    );
    assert.equal(isRetryable(error), true, String(error));
  });
});
