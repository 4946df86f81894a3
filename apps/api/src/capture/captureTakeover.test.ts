import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { createPublicClient, http } from "viem";
import type { AppContext } from "../context.ts";
import { readConfig } from "../env.ts";
import { acceptOneCapture } from "../testing/captureFixtures.ts";
import { holdTableLock } from "../testing/holdTableLock.ts";
import { waitFor } from "../testing/localChain.ts";
import { testDatabase } from "../testing/suite.ts";
import { processPendingCaptures } from "./processPendingCaptures.ts";

const workerEntry = fileURLToPath(new URL("../testing/runCaptureWorker.ts", import.meta.url));

const db = testDatabase();
let context: AppContext;
const env = { LOG_LEVEL: "silent", CAPTURE_LEASE_MS: "3600000", CAPTURE_POLL_MS: "50", CAPTURE_WORKERS: "1" };

before(async () => {
  const config = readConfig({ ...env, DATABASE_URL: db.url });
  context = { config, db, chain: createPublicClient({ transport: http(config.rpcUrl, { retryCount: 0 }) }) };
});

test("a capture claimed by a worker that is killed is taken over by a standby at once, not after its lease (an hour)", {
  timeout: 120_000,
}, async () => {
  const capture = await acceptOneCapture(db);
  // The events table held by the test: the worker claims the capture, then waits inside its transaction.
  const lock = holdTableLock(db, "events");
  const worker = spawn(process.execPath, ["--import", "tsx", workerEntry], {
    env: { ...process.env, ...env, DATABASE_URL: db.url },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise((resolve) => worker.once("exit", resolve));
  try {
    await waitFor(async () => {
      const { status } = await db.prisma.capture.findUniqueOrThrow({ where: { id: capture.id } });
      return status === "processing";
    }, "the worker to claim the capture");
    worker.kill("SIGKILL");
    await exited;
  } finally {
    worker.kill("SIGKILL");
    await lock.release();
  }
  // The standby: its backend may still be finishing the dead worker's statement for a moment.
  await waitFor(
    async () => (await processPendingCaptures(context, { limit: 1 })) > 0,
    "a standby to take the capture over",
    30_000,
  );
  const done = await db.prisma.capture.findUniqueOrThrow({ where: { id: capture.id } });
  assert.equal(done.status, "succeeded");
  assert.equal(done.attempts, 2, "claimed by the killed worker, then by the standby");
  assert.equal(await db.prisma.event.count({ where: { captureId: capture.id } }), 1, "stored once");
});
