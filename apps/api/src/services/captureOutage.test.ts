import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type Database, migrate, openDatabase } from "@tracemark/db";
import { freePort, type PrivatePostgres, startPostgres } from "@tracemark/testkit";
import { createPublicClient, http } from "viem";
import type { AppContext } from "../context.ts";
import { readConfig } from "../env.ts";
import { epcisDocumentOf, observation } from "../testing/captureFixtures.ts";
import { waitFor } from "../testing/localChain.ts";
import { acceptCapture } from "./acceptCapture.ts";
import { startCaptureWorker } from "./startCaptureWorker.ts";

describe("a capture whose storing meets a database outage", () => {
  let postgres: PrivatePostgres;
  let db: Database;
  let context: AppContext;
  before(async () => {
    postgres = startPostgres(await freePort());
    db = await openDatabase({ url: postgres.url });
    await migrate(db);
    // A lease far longer than the test: only the worker that holds it can finish the capture in time.
    const config = readConfig({
      LOG_LEVEL: "silent",
      DATABASE_URL: postgres.url,
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
  after(async () => {
    await db?.close();
    postgres?.stop();
  });

  test("is finished by the worker holding its lease once Postgres is back, not after the lease", async () => {
    const org = await db.prisma.organization.create({ data: { name: "Alpine Dairy" } });
    const document = epcisDocumentOf([
      observation({ epcList: ["urn:epc:id:sgtin:9520123.456788.1"], bizStep: "receiving" }),
    ]);
    const { capture } = await acceptCapture(db, {
      organizationId: org.id,
      document,
      text: JSON.stringify(document),
    });
    // Another session holds the events table, so the worker claims the capture and then waits inside its
    // transaction: the outage comes while it holds the lease.
    let releaseBlocker = () => {};
    const blocker = db.prisma
      .$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe("LOCK TABLE events IN ACCESS EXCLUSIVE MODE");
          await new Promise<void>((resolve) => {
            releaseBlocker = resolve;
          });
        },
        { timeout: 600_000 },
      )
      .catch(() => "ended by the outage");
    const errors: unknown[] = [];
    const worker = startCaptureWorker(context, { onError: (error) => errors.push(error) });
    try {
      await waitFor(async () => {
        const [row] = await db.prisma.$queryRaw<{ waiting: bigint }[]>`
          SELECT count(*) AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock'`;
        const { status } = await db.prisma.capture.findUniqueOrThrow({ where: { id: capture.id } });
        return status === "processing" && Number(row?.waiting) > 0;
      }, "the worker to wait inside its transaction, holding the lease");

      postgres.halt();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      postgres.restart();
      releaseBlocker();
      await blocker;

      await waitFor(async () => {
        try {
          const { status } = await db.prisma.capture.findUniqueOrThrow({ where: { id: capture.id } });
          return status === "succeeded";
        } catch {
          return false; // the pool reconnects
        }
      }, "the capture to be stored after the outage");
    } finally {
      releaseBlocker();
      await worker.stop();
    }
    const done = await db.prisma.capture.findUniqueOrThrow({ where: { id: capture.id } });
    assert.equal(done.storedCount, 1);
    assert.equal(done.attempts, 1, "finished under its first claim, not taken over after the lease");
    assert.equal(await db.prisma.event.count({ where: { captureId: capture.id } }), 1, "stored once");
  });
});
