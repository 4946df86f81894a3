import assert from "node:assert/strict";
import { after, before, beforeEach, describe, test } from "node:test";
import type { ChainTransaction, TestDatabase } from "@tracemark/db";
import { tracemarkRegistryAbi } from "@tracemark/sdk";
import { startFaultProxy } from "@tracemark/testkit";
import {
  type Account,
  createPublicClient,
  createWalletClient,
  custom,
  type Hex,
  http,
  type PublicClient,
  parseEther,
  type Transport,
  type WalletClient,
  zeroHash,
} from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { DEV_MNEMONIC, relayerAccount } from "../chain/relayerAccount.ts";
import { readConfig } from "../env.ts";
import { chainOrgIdOf } from "../services/orgs/platform.ts";
import type { DeployedChain } from "../testing/deployedChain.ts";
import {
  anchorsOnChain,
  createAdmittedOrg,
  deployedChainAndDatabase,
  expectAnchoredExactlyOnce,
  insertPendingEvents,
  onChainAnchorKey,
} from "../testing/pipelineFixtures.ts";
import { broadcastQueued } from "./broadcastQueued.ts";
import { syncSignerNonce } from "./nonces.ts";
import { planBatches } from "./planBatches.ts";
import { startSubmitter, submitOnce } from "./startSubmitter.ts";
import type { SubmitterContext } from "./submitterContext.ts";
import { trackTransactions } from "./trackTransactions.ts";

const silent = { info() {}, warn() {}, error() {}, debug() {} };

/**
 * Runs the submitter until it finds no work and no transaction of it waits for a receipt: a round
 * can find nothing while the node has not mined (or not yet reported) what was sent, which on a
 * loaded machine ended the run before an organisation's admission was mined and its events anchored.
 */
async function runUntilIdle(ctx: SubmitterContext, rounds = 300): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    if (await submitOnce(ctx)) continue;
    const inFlight = await ctx.db.prisma.chainTransaction.count({
      where: { status: { in: ["unsent", "sent"] } },
    });
    if (inFlight === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the submitter kept finding work, or its transactions were never mined");
}

/**
 * An organisation admitted by the submitter whose on-chain admin is dev account `adminIndex` (not the
 * relayer), so a test can act as the organisation's own admin and writers outside the submitter.
 */
async function admittedOrgWithOwnAdmin(
  ctx: SubmitterContext,
  adminIndex: number,
): Promise<{ org: string; orgId: Hex; admin: DevWallet }> {
  const admin = devWallet(ctx, adminIndex);
  const org = await createAdmittedOrg(ctx.db);
  await ctx.db.prisma.organization.update({
    where: { id: org },
    data: { adminAddress: admin.account.address },
  });
  await runUntilIdle(ctx);
  return { org, orgId: chainOrgIdOf(org) as Hex, admin };
}

type DevWallet = WalletClient<Transport, undefined, Account>;

/** A dev account of the node the submitter writes to, used outside the submitter. */
function devWallet(ctx: SubmitterContext, addressIndex: number): DevWallet {
  return createWalletClient({
    account: mnemonicToAccount(DEV_MNEMONIC, { addressIndex }),
    transport: custom(ctx.chain),
  });
}

/** Sends a registry call from a wallet outside the submitter and waits until it is mined. */
async function sendToRegistry(
  ctx: SubmitterContext,
  wallet: DevWallet,
  functionName: "addWriter" | "removeWriter" | "anchorBatch",
  args: readonly unknown[],
): Promise<Hex> {
  const hash = await wallet.writeContract({
    address: ctx.deployment.contracts.TracemarkRegistry.address,
    abi: tracemarkRegistryAbi,
    functionName,
    args,
  } as never);
  const receipt = await ctx.chain.waitForTransactionReceipt({ hash });
  assert.equal(receipt.status, "success", `${functionName} mined`);
  return hash;
}

/**
 * An admitted organisation with 150 pending events (two anchors' worth), and a context whose replace timer cannot
 * fire during a test: only asking the node can bring forgotten transactions back.
 */
async function twoAnchorsToSend(ctx: SubmitterContext) {
  const org = await createAdmittedOrg(ctx.db);
  await runUntilIdle(ctx);
  const events = await insertPendingEvents(ctx.db, org, 150);
  return { patient: { ...ctx, config: { ...ctx.config, replaceAfterMs: 3_600_000 } }, events };
}

/** The anchors sent and waiting for a receipt, lowest nonce first (two are expected). */
async function sentAnchors(db: TestDatabase): Promise<ChainTransaction[]> {
  const sent = await db.prisma.chainTransaction.findMany({
    where: { kind: { in: ["anchor_batch", "anchor_event"] }, status: "sent" },
    orderBy: { nonce: "asc" },
  });
  assert.equal(sent.length, 2, "two anchors sent");
  return sent;
}

/** Each transaction was mined with the bytes first sent (sent again, not replaced), and every event anchored once. */
async function expectSentAgainAndAnchored(
  ctx: SubmitterContext,
  sent: ChainTransaction[],
  events: Awaited<ReturnType<typeof insertPendingEvents>>,
): Promise<void> {
  for (const tx of sent) {
    const after = await ctx.db.prisma.chainTransaction.findUniqueOrThrow({ where: { id: tx.id } });
    assert.equal(after.status, "mined", `nonce ${tx.nonce} mined`);
    assert.deepEqual(after.hashes, tx.hashes, "the same signed bytes, not a replacement");
  }
  await runUntilIdle(ctx);
  await expectAnchoredExactlyOnce(ctx, ctx.chain, events);
}

describe("submitter", () => {
  let db: TestDatabase;
  let chain: DeployedChain;
  let client: PublicClient;
  let ctx: SubmitterContext;

  before(async () => {
    ({ db, chain, client } = await deployedChainAndDatabase());
  });
  after(async () => {
    await Promise.all([db.drop(), chain.stop()]);
  });
  beforeEach(async () => {
    const config = readConfig({ BATCH_MAX_EVENTS: "100", BATCH_WINDOW_MS: "0" }).submitter;
    ctx = {
      db,
      chain: client,
      chainId: 31337,
      deployment: chain.deployment,
      account: relayerAccount(31337, undefined),
      config,
      log: silent,
    };
    await syncSignerNonce(ctx);
  });
  /** A new admitted organisation's `count` pending events, planned into one transaction not yet sent. */
  const plannedUnsent = async (count: number) => {
    const org = await createAdmittedOrg(db);
    await runUntilIdle(ctx);
    const events = await insertPendingEvents(db, org, count);
    await planBatches(ctx);
    const queued = await db.prisma.chainTransaction.findFirstOrThrow({ where: { status: "unsent" } });
    return { org, events, queued };
  };

  test("admits the organisation, then anchors its events in Merkle batches, each proof checking on chain", async () => {
    const org = await createAdmittedOrg(db);
    const events = await insertPendingEvents(db, org, 250);
    await runUntilIdle(ctx);
    const batches = await db.prisma.anchorBatch.findMany({ where: { organizationId: org } });
    assert.deepEqual(
      batches.map((b) => b.eventCount).sort((a, b) => a - b),
      [50, 100, 100],
    );
    await expectAnchoredExactlyOnce(ctx, client, events);
    const txs = await db.prisma.chainTransaction.findMany({
      where: { signer: ctx.account.address },
      orderBy: { nonce: "asc" },
    });
    assert.ok(
      txs.every((tx) => tx.status === "mined"),
      "every transaction mined",
    );
    assert.deepEqual(
      txs.slice(0, 2).map((tx) => tx.kind),
      ["admit_organisation", "admit_organisation"],
      "admission (and writer) first",
    );
  });

  test("a single waiting event is anchored alone with anchorEvent", async () => {
    const org = await createAdmittedOrg(db);
    const [event] = await insertPendingEvents(db, org, 1);
    await runUntilIdle(ctx);
    const logs = await client.getContractEvents({
      address: chain.deployment.contracts.TracemarkRegistry.address,
      abi: tracemarkRegistryAbi,
      eventName: "EventAnchored",
      args: { eventHash: event?.leaf },
    });
    assert.equal(logs.length, 1);
  });

  test("a reverted anchor releases its events to a new batch, anchored once; one whose batch is anchored meanwhile keeps them", async () => {
    const org = await createAdmittedOrg(db);
    await runUntilIdle(ctx);
    /** Cuts the pending events into a batch whose transaction runs out of gas (a revert, mined). */
    const revertingBatch = async () => {
      assert.equal(await planBatches(ctx), 1);
      const batch = await db.prisma.anchorBatch.findFirstOrThrow({
        where: { organizationId: org, status: "submitted" },
        orderBy: { createdAt: "desc" },
      });
      await db.prisma.chainTransaction.updateMany({
        where: { kind: "anchor_batch", refId: batch.id },
        data: { gasLimit: 30_000n },
      });
      return batch;
    };
    const untilReceipt = async (batchId: string) => {
      await broadcastQueued(ctx);
      for (let i = 0; i < 200; i++) {
        await trackTransactions(ctx);
        const tx = await db.prisma.chainTransaction.findFirstOrThrow({
          where: { kind: "anchor_batch", refId: batchId },
        });
        if (tx.status !== "sent") return tx;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error("no receipt");
    };

    const events = await insertPendingEvents(db, org, 3);
    const released = await revertingBatch();
    assert.equal((await untilReceipt(released.id)).status, "reverted");
    assert.equal(await db.prisma.anchorBatch.count({ where: { id: released.id } }), 0, "the batch is gone");
    assert.equal(
      await db.prisma.event.count({ where: { id: { in: events.map((e) => e.id) }, batchId: null } }),
      3,
    );
    await runUntilIdle(ctx);
    await expectAnchoredExactlyOnce(ctx, client, events);

    // The indexer may have seen the root anchored (by a transaction a reorg brought back) before
    // the re-sent one reverted: the events stay in their anchored batch, not batched a second time.
    const kept = await insertPendingEvents(db, org, 2);
    const anchored = await revertingBatch();
    await db.prisma.anchorBatch.update({ where: { id: anchored.id }, data: { status: "anchored" } });
    assert.equal((await untilReceipt(anchored.id)).status, "reverted");
    assert.equal(
      await db.prisma.event.count({ where: { id: { in: kept.map((e) => e.id) }, batchId: anchored.id } }),
      2,
    );
    assert.equal(await planBatches(ctx), 0, "nothing to batch again");
  });

  test("waits for the batch window unless the batch is full", async () => {
    const org = await createAdmittedOrg(db);
    await runUntilIdle(ctx);
    const windowed = { ...ctx, config: { ...ctx.config, batchWindowMs: 60_000 } };
    await insertPendingEvents(db, org, 10);
    assert.equal(await planBatches(windowed), 0, "10 fresh events wait for the window");
    await insertPendingEvents(db, org, 90);
    assert.equal(await planBatches(windowed), 1, "100 events fill a batch");
  });

  test("a crash after recording the signed transaction but before sending it: the restart sends the same bytes, anchored once", async () => {
    const { org, events, queued } = await plannedUnsent(20);
    // Simulate the crash: fees and hash recorded, nothing sent.
    const fees = await client.estimateFeesPerGas();
    await db.prisma.chainTransaction.update({
      where: { id: queued.id },
      data: { maxFeePerGas: fees.maxFeePerGas, maxPriorityFeePerGas: fees.maxPriorityFeePerGas },
    });
    await broadcastQueued(ctx); // the first process got as far as the broadcast…
    await db.prisma.chainTransaction.update({ where: { id: queued.id }, data: { status: "unsent" } }); // …but died before recording it
    await runUntilIdle(ctx);
    const tx = await db.prisma.chainTransaction.findUniqueOrThrow({ where: { id: queued.id } });
    assert.equal(tx.status, "mined");
    assert.equal(tx.hashes.length, 1, "re-signing gave the same hash");
    await expectAnchoredExactlyOnce(ctx, client, events);
    const counts = await anchorsOnChain(client, ctx.deployment.contracts.TracemarkRegistry.address);
    const batch = await db.prisma.anchorBatch.findUniqueOrThrow({ where: { id: tx.refId } });
    assert.equal(counts.get(onChainAnchorKey(org, batch.root)), 1, "anchored exactly once");
  });

  test("a stuck transaction is replaced with at least 10% higher fees, and only one of them is mined", async () => {
    const org = await createAdmittedOrg(db);
    await runUntilIdle(ctx);
    const events = await insertPendingEvents(db, org, 5);
    await client.request({ method: "evm_setAutomine" as never, params: [false] as never });
    try {
      const impatient = { ...ctx, config: { ...ctx.config, replaceAfterMs: 1_000 } };
      await submitOnce(impatient);
      const sent = await db.prisma.chainTransaction.findFirstOrThrow({
        where: { kind: "anchor_batch", status: "sent" },
        orderBy: { nonce: "desc" },
      });
      await db.prisma.chainTransaction.update({
        where: { id: sent.id },
        data: { sentAt: new Date(Date.now() - 5_000) },
      });
      await trackTransactions(impatient);
      const replaced = await db.prisma.chainTransaction.findUniqueOrThrow({ where: { id: sent.id } });
      assert.equal(replaced.hashes.length, 2);
      assert.ok(replaced.maxFeePerGas * 10n >= sent.maxFeePerGas * 11n, "max fee bumped by at least 10%");
      assert.ok(
        replaced.maxPriorityFeePerGas * 10n >= sent.maxPriorityFeePerGas * 11n,
        "priority fee bumped by at least 10%",
      );
    } finally {
      await client.request({ method: "evm_setAutomine" as never, params: [true] as never });
    }
    await client.request({ method: "evm_mine" as never, params: [] as never });
    await runUntilIdle(ctx);
    const tx = await db.prisma.chainTransaction.findFirstOrThrow({
      where: { kind: "anchor_batch" },
      orderBy: { nonce: "desc" },
    });
    assert.equal(tx.status, "mined");
    assert.equal(tx.minedHash, tx.hashes[1], "the replacement was mined");
    await expectAnchoredExactlyOnce(ctx, client, events);
  });

  test("transactions a reorg made the node forget are sent again at once, not after TX_REPLACE_AFTER_MS", async () => {
    const { patient, events } = await twoAnchorsToSend(ctx);
    await planBatches(patient);
    const snapshot = await client.request({ method: "evm_snapshot" as never, params: [] as never });
    await broadcastQueued(patient);
    const sent = await sentAnchors(db);
    // Mined first (the node answers a send before its automine has run), so that none is left in its pool.
    for (const tx of sent) await client.waitForTransactionReceipt({ hash: tx.hashes[0] as Hex });
    // A reorg takes the blocks that mined them away; the node keeps neither transaction.
    await client.request({ method: "evm_revert" as never, params: [snapshot] as never });
    for (const tx of sent) {
      await assert.rejects(client.getTransaction({ hash: tx.hashes[0] as Hex }), /could not be found/);
    }
    await trackTransactions(patient);
    await trackTransactions(patient);
    await expectSentAgainAndAnchored(patient, sent, events);
  });

  test("a transaction the node dropped from its pool is sent again at once, and the nonces behind it go through", async () => {
    const { patient, events } = await twoAnchorsToSend(ctx);
    await client.request({ method: "evm_setAutomine" as never, params: [false] as never });
    let sent: ChainTransaction[];
    try {
      await planBatches(patient);
      await broadcastQueued(patient);
      sent = await sentAnchors(db);
      const [first] = sent as [(typeof sent)[0]];
      await client.request({ method: "anvil_dropTransaction" as never, params: [first.hashes[0]] as never });
      await client.request({ method: "evm_mine" as never, params: [] as never });
      await trackTransactions(patient); // the later nonce waits behind the gap; the first is sent again
    } finally {
      await client.request({ method: "evm_setAutomine" as never, params: [true] as never });
    }
    await client.request({ method: "evm_mine" as never, params: [] as never });
    await trackTransactions(patient);
    await expectSentAgainAndAnchored(patient, sent, events);
  });

  test("a nonce used outside the submitter is reconciled: the call is re-queued with a new nonce, anchored once", async () => {
    const { org, events, queued } = await plannedUnsent(8);
    // Someone sends from the relayer key with exactly that nonce.
    const wallet = createWalletClient({ account: ctx.account, transport: http(chain.anvil.rpcUrl) });
    await wallet.sendTransaction({
      to: ctx.account.address,
      value: parseEther("0"),
      nonce: Number(queued.nonce),
      chain: null,
    });
    await runUntilIdle(ctx);
    const dropped = await db.prisma.chainTransaction.findUniqueOrThrow({ where: { id: queued.id } });
    assert.equal(dropped.status, "dropped");
    const again = await db.prisma.chainTransaction.findFirstOrThrow({
      where: { refId: queued.refId, status: "mined" },
    });
    assert.ok(again.nonce > queued.nonce);
    await expectAnchoredExactlyOnce(ctx, client, events);
    const batch = await db.prisma.anchorBatch.findUniqueOrThrow({ where: { id: queued.refId } });
    assert.equal(
      (await anchorsOnChain(client, ctx.deployment.contracts.TracemarkRegistry.address)).get(
        onChainAnchorKey(org, batch.root),
      ),
      1,
    );
  });

  test("two submitters with the same key: one active, the other a standby; every event anchored exactly once", async () => {
    const org = await createAdmittedOrg(db);
    const events = await insertPendingEvents(db, org, 300);
    const context = {
      config: readConfig({ BATCH_MAX_EVENTS: "40", BATCH_WINDOW_MS: "0", SUBMIT_POLL_MS: "20" }),
      db,
      chain: client,
    };
    const first = startSubmitter(context, silent);
    const second = startSubmitter(context, silent);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const waiting = await db.prisma.event.count({
        where: { organizationId: org, batchId: null },
      });
      const open = await db.prisma.chainTransaction.count({ where: { status: { in: ["unsent", "sent"] } } });
      if (waiting === 0 && open === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await Promise.all([first.stop(), second.stop()]);
    await expectAnchoredExactlyOnce(ctx, client, events);
    const counts = await anchorsOnChain(client, ctx.deployment.contracts.TracemarkRegistry.address);
    for (const batch of await db.prisma.anchorBatch.findMany({ where: { organizationId: org } })) {
      assert.equal(counts.get(onChainAnchorKey(org, batch.root)), 1, `root ${batch.root} anchored once`);
    }
    const nonces = (
      await db.prisma.chainTransaction.findMany({ where: { signer: ctx.account.address } })
    ).map((tx) => tx.nonce);
    assert.equal(new Set(nonces).size, nonces.length, "no nonce used twice");
  });
  test("another organisation anchoring a batch's root first (copied from the mempool) does not stop the batch", async () => {
    const victim = await createAdmittedOrg(db);
    const attacker = await admittedOrgWithOwnAdmin(ctx, 3);
    await sendToRegistry(ctx, attacker.admin, "addWriter", [attacker.orgId, attacker.admin.account.address]);
    const events = await insertPendingEvents(db, victim, 3);
    assert.equal(await planBatches(ctx), 1);
    const batch = await db.prisma.anchorBatch.findFirstOrThrow({ where: { organizationId: victim } });
    await sendToRegistry(ctx, attacker.admin, "anchorBatch", [attacker.orgId, batch.root, 3, zeroHash, ""]);
    await runUntilIdle(ctx, 40);
    const tx = await db.prisma.chainTransaction.findFirstOrThrow({ where: { refId: batch.id } });
    assert.equal(tx.status, "mined");
    await expectAnchoredExactlyOnce(ctx, client, events);
  });

  test("a root its organisation already anchored (its own other writer) reverts once and the batch is reconciled as anchored, never re-sent", async () => {
    const { org, orgId, admin } = await admittedOrgWithOwnAdmin(ctx, 4);
    await sendToRegistry(ctx, admin, "addWriter", [orgId, admin.account.address]);
    await db.prisma.webhook.create({
      data: { organizationId: org, url: "https://example.org/hook", secret: "s", events: ["anchored"] },
    });
    const events = await insertPendingEvents(db, org, 3);
    assert.equal(await planBatches(ctx), 1);
    const batch = await db.prisma.anchorBatch.findFirstOrThrow({ where: { organizationId: org } });
    const first = await sendToRegistry(ctx, admin, "anchorBatch", [orgId, batch.root, 3, zeroHash, ""]);
    const firstReceipt = await client.getTransactionReceipt({ hash: first });
    await runUntilIdle(ctx, 40);

    const txs = await db.prisma.chainTransaction.findMany({
      where: { kind: "anchor_batch", refId: batch.id },
    });
    assert.deepEqual(
      txs.map((tx) => tx.status),
      ["reverted"],
      "sent once, reverted, not re-sent",
    );
    const reconciled = await db.prisma.anchorBatch.findUniqueOrThrow({ where: { id: batch.id } });
    assert.equal(reconciled.status, "anchored");
    assert.equal(reconciled.txHash, first);
    assert.equal(reconciled.blockNumber, firstReceipt.blockNumber);
    assert.equal(reconciled.blockHash, firstReceipt.blockHash);
    assert.equal(reconciled.failureReason, null);
    const [delivery, ...more] = await db.prisma.webhookDelivery.findMany({
      where: { webhook: { organizationId: org } },
    });
    assert.equal(more.length, 0, "one anchored notification");
    assert.deepEqual(delivery?.payload, {
      batchId: batch.id,
      root: batch.root,
      eventCount: 3,
      chainId: 31337,
      txHash: first,
      blockNumber: firstReceipt.blockNumber.toString(),
      anchoredAt: reconciled.anchoredAt?.toISOString(),
    });
    assert.equal(
      await db.prisma.event.count({ where: { id: { in: events.map((e) => e.id) }, batchId: batch.id } }),
      3,
      "the events stay in their batch",
    );
    assert.equal(await planBatches(ctx), 0, "nothing to batch again");
  });

  test("an anchor that reverts for a reason the contract gives (the relayer is no longer a writer) ends failed with that reason, its events not batched again", async () => {
    const { org, orgId, admin } = await admittedOrgWithOwnAdmin(ctx, 5);
    await sendToRegistry(ctx, admin, "removeWriter", [orgId, ctx.account.address]);
    const events = await insertPendingEvents(db, org, 2);
    await runUntilIdle(ctx, 40);
    await runUntilIdle(ctx, 40);

    const batches = await db.prisma.anchorBatch.findMany({ where: { organizationId: org } });
    assert.equal(batches.length, 1, "one batch, never cut again");
    const [batch] = batches;
    assert.equal(batch?.status, "failed");
    assert.equal(
      batch?.failureReason,
      `NotOrganisationWriter(${orgId}, ${ctx.account.address})`,
      "the contract's error, decoded",
    );
    const txs = await db.prisma.chainTransaction.findMany({
      where: { kind: "anchor_batch", refId: batch?.id },
    });
    assert.deepEqual(
      txs.map((tx) => tx.status),
      ["reverted"],
    );
    assert.equal(
      await db.prisma.event.count({ where: { id: { in: events.map((e) => e.id) }, batchId: batch?.id } }),
      2,
    );
    assert.equal(await planBatches(ctx), 0);
  });
  test("a node that no longer has the reverted block's state: the reason is read on its latest state", async () => {
    const proxy = await startFaultProxy(chain.anvil.rpcUrl);
    try {
      // As a pruned (non-archive) node answers an eth_call at a block it has let go.
      proxy.setRule((body) => {
        const call = body as { method?: string; params?: unknown[] };
        return call.method === "eth_call" && call.params?.[1] !== "latest" ? "rpcError" : "pass";
      });
      const pruned = { ...ctx, chain: createPublicClient({ transport: http(proxy.rpcUrl) }) };
      const { org, orgId, admin } = await admittedOrgWithOwnAdmin(pruned, 6);
      await sendToRegistry(pruned, admin, "removeWriter", [orgId, ctx.account.address]);
      await insertPendingEvents(db, org, 2);
      await runUntilIdle(pruned, 40);
      const batch = await db.prisma.anchorBatch.findFirstOrThrow({ where: { organizationId: org } });
      assert.equal(batch.status, "failed");
      assert.equal(batch.failureReason, `NotOrganisationWriter(${orgId}, ${ctx.account.address})`);
      assert.ok(proxy.counts.rpcError > 0, "the call at the block was refused");
    } finally {
      await proxy.stop();
    }
  });
});
