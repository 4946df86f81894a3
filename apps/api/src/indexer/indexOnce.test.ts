import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, test } from "node:test";
import { tracemarkRegistryAbi } from "@tracemark/sdk";
import { keccak256, toHex, zeroHash } from "viem";
import { chainOrgIdOf } from "../services/orgs/platform.ts";
import {
  assertDatabaseEqualsChain,
  indexerParameters,
  indexToHead,
  insertLot,
  insertOrganization,
  insertRequestedAttestation,
  insertSubmittedBatch,
  randomHash,
} from "../testing/localChain.ts";
import { testDatabase, testLocalChain } from "../testing/suite.ts";
import { indexOnce } from "./indexOnce.ts";

describe("indexOnce on real contract logs", () => {
  const chain = testLocalChain();
  const db = testDatabase();
  /** The indexer's parameters for this chain and database (2 confirmations, ranges of 2,000 blocks unless given). */
  const indexer = (options: { confirmations?: number; range?: number } = {}) =>
    indexerParameters(db, chain, options);

  test("anchors, recalls and attestations land on their rows; webhooks queued once; final after the confirmations", async () => {
    const orgId = await insertOrganization(db, chain.organizationId);
    await db.prisma.webhook.create({
      data: {
        organizationId: orgId,
        url: "http://127.0.0.1:9/hook",
        secret: "s",
        events: ["anchored", "recalled", "attested"],
      },
    });
    const root = randomHash();
    const single = randomHash();
    const batchId = await insertSubmittedBatch(db, { organizationId: orgId, root, eventCount: 3 });
    const singleId = await insertSubmittedBatch(db, { organizationId: orgId, root: single });
    const { lotId, lotKey } = await insertLot(db, orgId, "L-1");
    const recall = await db.prisma.recall.create({
      data: {
        organizationId: orgId,
        lotId,
        reason: "listeria",
        reasonHash: keccak256(toHex("listeria")),
        chainStatus: "submitted",
      },
    });
    const { attestation, request } = await insertRequestedAttestation(db, chain, {
      lotId,
      lotKey,
      claim: "EU organic",
      status: "submitted",
    });

    const anchorTx = await chain.anchorBatch(root, 3);
    const singleTx = await chain.anchorEvent(single);
    await chain.anchorEvent(single); // a second anchor of the same hash: the first counts
    const recallTx = await chain.declareRecall(lotKey, "listeria");
    const { hash: attestTx, uid } = await chain.attest(request);
    await chain.liftRecall(lotKey, "cleared");
    await chain.revoke(uid);

    const params = indexer({ confirmations: 10 });
    await indexToHead(params);
    await assertDatabaseEqualsChain(db, chain);

    const batch = await db.prisma.anchorBatch.findUniqueOrThrow({
      where: { id: batchId },
      include: { events: true },
    });
    assert.equal(batch.status, "anchored");
    assert.equal(batch.txHash, anchorTx);
    assert.ok(batch.anchoredAt && batch.blockHash && batch.blockNumber);
    assert.equal(batch.status, "anchored");
    assert.equal(batch.events.length, 3);
    const singleBatch = await db.prisma.anchorBatch.findUniqueOrThrow({ where: { id: singleId } });
    assert.equal(singleBatch.txHash, singleTx);
    const recalled = await db.prisma.recall.findUniqueOrThrow({ where: { id: recall.id } });
    assert.equal(recalled.chainStatus, "anchored");
    assert.equal(recalled.txHash, recallTx);
    const attested = await db.prisma.attestation.findUniqueOrThrow({ where: { id: attestation.id } });
    assert.equal(attested.uid, uid);
    assert.equal(attested.txHash, attestTx);
    assert.equal(attested.status, "revoked");
    assert.ok(attested.revokedAt);

    const deliveries = await db.prisma.webhookDelivery.findMany({ orderBy: { id: "asc" } });
    assert.deepEqual(
      deliveries.map((d) => [d.event, (d.payload as { action?: string }).action ?? null]),
      [
        ["anchored", null],
        ["anchored", null],
        ["recalled", "declared"],
        ["recalled", "lifted"],
        ["attested", "attested"],
        ["attested", "revoked"],
      ],
    );
    assert.equal((deliveries[0]?.payload as { txHash?: string } | undefined)?.txHash, anchorTx);

    await chain.mine(10);
    await indexToHead(params);
    assert.equal((await db.prisma.anchorBatch.findUniqueOrThrow({ where: { id: batchId } })).status, "final");
    assert.equal(
      (await db.prisma.event.findMany({ where: { batch: { id: batchId, status: "final" } } })).length,
      3,
    );
    assert.equal(
      (await db.prisma.recall.findUniqueOrThrow({ where: { id: recall.id } })).chainStatus,
      "final",
    );
    assert.equal(await db.prisma.chainLog.count({ where: { status: "pending" } }), 0);
  });

  test("another organisation's anchor of the same root, even the first one, does not anchor the batch", async () => {
    const orgId =
      (await db.prisma.organization.findUnique({ where: { id: chain.organizationId } }))?.id ??
      (await insertOrganization(db, chain.organizationId));
    const root = randomHash();
    const batchId = await insertSubmittedBatch(db, { organizationId: orgId, root, eventCount: 2 });
    const copier = chainOrgIdOf(randomUUID());
    const registry = (functionName: string, args: readonly unknown[]) => ({
      address: chain.deployment.contracts.TracemarkRegistry.address,
      abi: tracemarkRegistryAbi,
      functionName,
      args,
    });
    const { registrar } = chain;
    await chain.send(registrar, registry("admitOrganisation", [copier, registrar.account.address, ""]));
    await chain.send(registrar, registry("addWriter", [copier, registrar.account.address]));
    await chain.send(registrar, registry("anchorBatch", [copier, root, 2, zeroHash, ""]));

    await indexToHead(indexer());
    assert.equal(
      (await db.prisma.anchorBatch.findUniqueOrThrow({ where: { id: batchId } })).status,
      "submitted",
    );
    const ownTx = await chain.anchorBatch(root, 2);
    await indexToHead(indexer());
    await assertDatabaseEqualsChain(db, chain);
    const batch = await db.prisma.anchorBatch.findUniqueOrThrow({ where: { id: batchId } });
    assert.equal(batch.status, "anchored");
    assert.equal(batch.txHash, ownTx);
  });

  test("an anchor read when already past the confirmations (a backfill) is final at once, its events too", async () => {
    const organizationId = (await db.prisma.organization.findFirstOrThrow()).id;
    const root = randomHash();
    const batchId = await insertSubmittedBatch(db, { organizationId, root, eventCount: 2 });
    const anchorTx = await chain.anchorBatch(root, 2);
    await chain.mine(5);
    const delivered = await db.prisma.webhookDelivery.count({ where: { event: "anchored" } });
    await indexToHead(indexer());
    const batch = await db.prisma.anchorBatch.findUniqueOrThrow({
      where: { id: batchId },
      include: { events: true },
    });
    assert.equal(batch.status, "final");
    assert.equal(batch.txHash, anchorTx);
    assert.equal(batch.events.length, 2);
    assert.equal(await db.prisma.webhookDelivery.count({ where: { event: "anchored" } }), delivered + 1);
    await assertDatabaseEqualsChain(db, chain);
  });

  test("reading the same ranges again doubles nothing", async () => {
    const logs = await db.prisma.chainLog.count();
    const deliveries = await db.prisma.webhookDelivery.count();
    assert.ok(logs > 0);
    await db.prisma.indexerCheckpoint.deleteMany();
    await indexToHead(indexer({ range: 3 }));
    assert.equal(await db.prisma.chainLog.count(), logs);
    assert.equal(await db.prisma.webhookDelivery.count(), deliveries);
    await assertDatabaseEqualsChain(db, chain);
  });

  test("indexed_blocks stay bounded: only blocks above the finality depth and the reorg window, and one below", async () => {
    await chain.mine(50);
    const params = { ...indexer({ confirmations: 4, range: 5 }), reorgWindow: 10 };
    await indexToHead(params);
    const head = await chain.client.getBlockNumber({ cacheTime: 0 });
    const floor = head - 4n - 10n;
    const blocks = await db.prisma.indexedBlock.findMany({ orderBy: { number: "asc" } });
    assert.ok((blocks[0]?.number ?? 0n) <= floor, "one block at or below the floor");
    assert.ok(
      blocks.slice(1).every((block) => block.number > floor),
      blocks.map((b) => b.number).join(","),
    );
    assert.equal((await indexOnce(params)).kind, "caughtUp");
  });

  test("a recall is matched through the submitter's transaction when its content is ambiguous", async () => {
    const { lotId, lotKey } = await insertLot(db, chain.organizationId, "L-TWICE");
    const reasonHash = keccak256(toHex("mould"));
    const older = await db.prisma.recall.create({
      data: { organizationId: chain.organizationId, lotId, reason: "mould", reasonHash, status: "lifted" },
    });
    const newer = await db.prisma.recall.create({
      data: { organizationId: chain.organizationId, lotId, reason: "mould", reasonHash },
    });
    const outbox = await db.prisma.outboxItem.create({
      data: { kind: "recall", organizationId: chain.organizationId, refId: newer.id },
    });
    const hash = await chain.declareRecall(lotKey, "mould");
    await db.prisma.chainTransaction.create({
      data: {
        chainId: 31337,
        signer: chain.writer.account.address,
        nonce: 1_000_000n,
        kind: "recall",
        refId: String(outbox.id),
        to: chain.deployment.contracts.TracemarkRegistry.address,
        data: "0x",
        gasLimit: 1n,
        maxFeePerGas: 1n,
        maxPriorityFeePerGas: 1n,
        status: "sent",
        hashes: [randomHash(), hash],
      },
    });
    await indexToHead(indexer());
    assert.equal((await db.prisma.recall.findUniqueOrThrow({ where: { id: newer.id } })).txHash, hash);
    assert.equal((await db.prisma.recall.findUniqueOrThrow({ where: { id: older.id } })).txHash, null);
  });
});
