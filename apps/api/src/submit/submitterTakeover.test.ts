import assert from "node:assert/strict";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import type { ChainTransaction } from "@tracemark/db";
import { readConfig } from "../env.ts";
import {
  createAdmittedOrg,
  deployedChainAndDatabase,
  expectAnchoredExactlyOnce,
  insertPendingEvents,
  silentLogger,
} from "../testing/pipelineFixtures.ts";
import { planBatches } from "./planBatches.ts";
import { sendRaw, signRecorded } from "./signAndSend.ts";
import { createSubmitterContext, startSubmitter } from "./startSubmitter.ts";

/**
 * A submitter killed at each point between "recorded in Postgres" and "broadcast", and between
 * "broadcast" and "recorded", one point per nonce in a row, the node keeping only what the dead
 * process really sent. The process that takes over must finish every one of them at once: the
 * replace timer (an hour) cannot help, and later nonces wait behind any that is left.
 */
test("a submitter taking over after a kill at every point between recording and broadcasting finishes each transaction at once", {
  timeout: 180_000,
}, async () => {
  const { db, chain, client, rpc } = await deployedChainAndDatabase();
  const config = readConfig({
    BATCH_MAX_EVENTS: "10",
    BATCH_WINDOW_MS: "0",
    SUBMIT_POLL_MS: "50",
    TX_REPLACE_AFTER_MS: "3600000",
  });
  const context = { config, db, chain: client };
  try {
    const ctx = { ...(await createSubmitterContext(context, silentLogger)), deployment: chain.deployment };
    const org = await createAdmittedOrg(db);
    const first = startSubmitter(context, silentLogger);
    const accepted: { id: string }[] = [];
    try {
      await waitUntil(
        async () =>
          (await db.prisma.outboxItem.count({ where: { doneAt: null } })) === 0 && (await open(db)) === 0,
      );
    } finally {
      await first.stop();
    }

    // The dead process's work: six anchors queued with consecutive nonces, left at six different points.
    await rpc("evm_setAutomine", [false]);
    accepted.push(...(await insertPendingEvents(db, org, 60)));
    assert.equal(await planBatches(ctx), 6);
    const [, feesFixed, signed, broadcast, sentForgotten, replacing] =
      (await db.prisma.chainTransaction.findMany({
        where: { status: "unsent" },
        orderBy: { nonce: "asc" },
      })) as [
        ChainTransaction,
        ChainTransaction,
        ChainTransaction,
        ChainTransaction,
        ChainTransaction,
        ChainTransaction,
      ];
    const fees = await client.estimateFeesPerGas();
    const withFees = async (tx: ChainTransaction, bump = 1n) =>
      db.prisma.chainTransaction.update({
        where: { id: tx.id },
        data: {
          maxFeePerGas: fees.maxFeePerGas * bump,
          maxPriorityFeePerGas: fees.maxPriorityFeePerGas * bump,
        },
      });
    const withHash = async (tx: ChainTransaction, data: Partial<ChainTransaction> = {}) => {
      const { raw, hash } = await signRecorded(ctx, tx);
      await db.prisma.chainTransaction.update({
        where: { id: tx.id },
        data: { ...data, hashes: { push: hash } },
      });
      return { raw, hash };
    };
    // The lowest was killed after queueing (nonce taken), before fixing fees: left as planBatches wrote it.
    await withFees(feesFixed); // killed after fixing fees, before recording the hash
    await withHash(await withFees(signed)); // killed after recording the hash, before broadcasting
    // Killed after broadcasting, before recording `sent`.
    const inPool = await withHash(await withFees(broadcast));
    assert.equal((await sendRaw(ctx, inPool.raw)).outcome, "sent");
    // Recorded `sent`, but the node lost it (a restart of the node, or killed while re-sending).
    const lost = await withHash(await withFees(sentForgotten), { status: "sent", sentAt: new Date() });
    assert.equal((await sendRaw(ctx, lost.raw)).outcome, "sent");
    await rpc("anvil_dropTransaction", [lost.hash]);
    // Replacing with higher fees: the first broadcast is in the pool, the replacement recorded but never sent.
    const original = await withHash(await withFees(replacing), { status: "sent", sentAt: new Date() });
    assert.equal((await sendRaw(ctx, original.raw)).outcome, "sent");
    await withHash(await withFees(replacing, 2n));
    await rpc("evm_setAutomine", [true]);

    const takeover = startSubmitter(context, silentLogger);
    try {
      await waitUntil(async () => (await open(db)) === 0);
    } finally {
      await takeover.stop();
    }
    await expectAnchoredExactlyOnce({ db, deployment: chain.deployment }, client, accepted);
    const mined = await db.prisma.chainTransaction.findMany({ where: { kind: "anchor_batch" } });
    assert.ok(
      mined.every((tx) => tx.status === "mined" && tx.minedHash !== null && tx.hashes.includes(tx.minedHash)),
      "each mined with one of its recorded hashes",
    );
    assert.equal(mined.find((tx) => tx.id === replacing.id)?.minedHash, original.hash);
  } finally {
    await rpc("evm_setAutomine", [true]).catch(() => {});
    await Promise.all([db.drop(), chain.stop()]);
  }
});

const open = (db: { prisma: { chainTransaction: { count: (args: object) => Promise<number> } } }) =>
  db.prisma.chainTransaction.count({ where: { status: { in: ["unsent", "sent"] } } });

/** Polls until `done` (the replace timer is an hour, so only the submitter's own recovery can get there). */
async function waitUntil(done: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error("the submitter left transactions open");
    await sleep(100);
  }
}
