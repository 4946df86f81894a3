import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestDatabase, Prisma, type TestDatabase } from "@tracemark/db";
import { TracemarkError } from "@tracemark/sdk";
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
      Object.assign(new Error("connect"), { code: "ECONNREFUSED" }),
      new Error("wrapped", { cause: Object.assign(new Error("reset"), { code: "ECONNRESET" }) }),
      new TracemarkError("node down", { retryable: true }),
      new Error("adapter", { cause: { kind: "DatabaseNotReachable" } }),
    ]) {
      assert.equal(isRetryable(error), true, String(error));
    }
  });
  it("fails at once what would fail the same way every time", () => {
    for (const error of [
      new RangeError("Maximum call stack size exceeded"),
      new TypeError("x is undefined"),
      prismaError("P2010", { code: "22008" }),
      prismaError("P2010", { code: "22009" }),
      new TracemarkError("bad event"),
      "a string",
      undefined,
    ]) {
      assert.equal(isRetryable(error), false, String(error));
    }
  });
});

describe("isRetryable on the errors Prisma really throws through the driver adapter", () => {
  let db: TestDatabase;
  let organizationId: string;
  before(async () => {
    db = await createTestDatabase();
    ({ id: organizationId } = await db.prisma.organization.create({ data: { name: "Alpine Dairy" } }));
  });
  after(() => db.drop());

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
