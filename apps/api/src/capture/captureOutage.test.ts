import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { createPublicClient, http } from "viem";
import type { AppContext } from "../context.ts";
import { readConfig } from "../env.ts";
import { acceptOneCapture } from "../testing/captureFixtures.ts";
import { holdTableLock } from "../testing/holdTableLock.ts";
import { waitFor } from "../testing/localChain.ts";
import { testPrivatePostgres } from "../testing/suite.ts";
import { processPendingCaptures } from "./processPendingCaptures.ts";
import { startCaptureWorker } from "./startCaptureWorker.ts";

describe("a capture whose storing meets a database outage", () => {
  const db = testPrivatePostgres();
  let context: AppContext;
  before(async () => {
    // A lease far longer than the test: only the worker that holds it can finish the capture in time.
    const config = readConfig({
      LOG_LEVEL: "silent",
      DATABASE_URL: db.server.url,
      CAPTURE_LEASE_MS: "3600000",
      CAPTURE_POLL_MS: "50",
      CAPTURE_WORKERS: "1",
    });
    context = {
      config,
      db,
      chain: createPublicClient({ transport: http(config.rpcUrl, { retryCount: 0 }) }),
    };
  });

  /**
   * Another session holds the events table, so a worker claims the capture and then waits inside its transaction,
   * holding the lease. `release` ends it; it also ends with its connection.
   */
  function blockEvents() {
    const lock = holdTableLock(db, "events");
    return { release: lock.release, ended: lock.ended.catch(() => "ended by the outage") };
  }

  /** The backends waiting for a lock (the worker's, inside its transaction). */
  const waitingForLock = () =>
    db.prisma.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock'`;

  /** Waits until the worker holds the capture's lease and waits for the events table (on another backend than `cut`). */
  const workerBlocked = async (captureId: string, cut?: number) => {
    let pid: number | undefined;
    await waitFor(async () => {
      const { status } = await db.prisma.capture.findUniqueOrThrow({ where: { id: captureId } });
      pid = (await waitingForLock()).find((row) => row.pid !== cut)?.pid;
      return status === "processing" && pid !== undefined;
    }, "the worker to wait inside its transaction, holding the lease");
    return pid as number;
  };

  test("is finished by the worker holding its lease once Postgres is back, not after the lease", async () => {
    const capture = await acceptOneCapture(db);
    const blocker = blockEvents();
    const worker = startCaptureWorker(context);
    try {
      await workerBlocked(capture.id);
      db.server.halt();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      db.server.restart();
      blocker.release();
      await blocker.ended;

      await waitFor(async () => {
        try {
          const { status } = await db.prisma.capture.findUniqueOrThrow({ where: { id: capture.id } });
          return status === "succeeded";
        } catch {
          return false; // the pool reconnects
        }
      }, "the capture to be stored after the outage");
    } finally {
      blocker.release();
      await worker.stop();
    }
    const done = await db.prisma.capture.findUniqueOrThrow({ where: { id: capture.id } });
    assert.equal(done.storedCount, 1);
    assert.equal(done.attempts, 1, "finished under its first claim, not taken over after the lease");
    assert.equal(await db.prisma.event.count({ where: { captureId: capture.id } }), 1, "stored once");
  });

  test("a worker stopped while it retries hands the capture back at once, for another to store", async () => {
    const capture = await acceptOneCapture(db);
    const blocker = blockEvents();
    const worker = startCaptureWorker(context);
    const cut = async (pid: number) => {
      await db.prisma.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
      return pid;
    };
    let stopped: Promise<void> | undefined;
    try {
      // A connection error: the worker tries again, and waits again (on a new connection).
      const first = await cut(await workerBlocked(capture.id));
      const second = await workerBlocked(capture.id, first);
      stopped = worker.stop();
      await cut(second); // failed again, now while stopping: handed back
      await stopped;
    } finally {
      blocker.release();
      await blocker.ended;
      await (stopped ?? worker.stop());
    }
    const handedBack = await db.prisma.capture.findUniqueOrThrow({ where: { id: capture.id } });
    assert.equal(handedBack.status, "accepted");
    assert.equal(handedBack.leaseExpiresAt, null, "no lease left to wait for");
    assert.equal(await processPendingCaptures(context), 1, "another worker takes it at once");
    const done = await db.prisma.capture.findUniqueOrThrow({ where: { id: capture.id } });
    assert.equal(done.status, "succeeded");
    assert.equal(done.storedCount, 1);
  });
});
