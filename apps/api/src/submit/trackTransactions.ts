import type { ChainTransaction, Prisma } from "@tracemark/db";
import { type Hex, TransactionNotFoundError, TransactionReceiptNotFoundError } from "viem";
import { recordRefusedAttestation } from "./recordRefusedAttestation.ts";
import {
  type RevertedAnchorOutcome,
  revertedAnchorOutcome,
  settleRevertedAnchor,
} from "./settleRevertedAnchor.ts";
import { sendRaw, signRecorded } from "./signAndSend.ts";
import type { SubmitterContext } from "./submitterContext.ts";

/** Replacement fees must beat the old ones by at least 10% (geth's price bump); we use 12.5%. */
const BUMP_NUMERATOR = 1125n;
const BUMP_DENOMINATOR = 1000n;
/** Mined transactions this recent are re-checked, in case a reorg took them out again. */
const RECHECK_BLOCKS = 64n;

async function receiptOf(ctx: SubmitterContext, hash: Hex) {
  try {
    return await ctx.chain.getTransactionReceipt({ hash });
  } catch (error) {
    if (error instanceof TransactionReceiptNotFoundError) return undefined;
    throw error;
  }
}

/**
 * Whether the node still has any broadcast of this transaction (in its pool or on chain). A reorg can take a
 * transaction's block away and the node forget it, and a node may drop a pooled transaction (restart, eviction).
 */
async function nodeKnows(ctx: SubmitterContext, tx: ChainTransaction): Promise<boolean> {
  for (const hash of tx.hashes.toReversed()) {
    try {
      await ctx.chain.getTransaction({ hash: hash as Hex });
      return true;
    } catch (error) {
      if (!(error instanceof TransactionNotFoundError)) throw error;
    }
  }
  return false;
}

/** The receipt of whichever broadcast of this transaction was mined, if any. */
async function minedReceipt(ctx: SubmitterContext, tx: ChainTransaction) {
  for (const hash of tx.hashes.toReversed()) {
    const receipt = await receiptOf(ctx, hash as Hex);
    if (receipt) return receipt;
  }
  return undefined;
}

/**
 * Records a receipt. A reverted anchor's outcome is read from the chain first (a node error leaves the
 * transaction `sent`, to be looked at again) and applied to its batch in the same database transaction.
 */
async function recordReceipt(
  ctx: SubmitterContext,
  tx: ChainTransaction,
  receipt: NonNullable<Awaited<ReturnType<typeof receiptOf>>>,
) {
  const status = receipt.status === "success" ? "mined" : "reverted";
  const anchorOutcome =
    status === "reverted" && tx.kind === "anchor_batch"
      ? await revertedAnchorOutcome(ctx, tx, receipt.blockNumber)
      : undefined;
  const record = (db: Prisma.TransactionClient) =>
    db.chainTransaction.update({
      where: { id: tx.id },
      data: {
        status,
        minedHash: receipt.transactionHash,
        blockNumber: receipt.blockNumber,
        blockHash: receipt.blockHash,
        lastError: anchorOutcome?.kind === "failed" ? anchorOutcome.reason : undefined,
      },
    });
  const recorded = !anchorOutcome
    ? await record(ctx.db.prisma)
    : await ctx.db.prisma.$transaction(async (db) => {
        const row = await record(db);
        await settleRevertedAnchor(db, { chainId: ctx.chainId, batchId: tx.refId, outcome: anchorOutcome });
        return row;
      });
  if (status === "reverted") await onReverted(ctx, recorded, anchorOutcome);
}

/**
 * A node said "nonce too low": either one of our broadcasts was mined (record it), or the key
 * was used outside the submitter and the nonce is gone (drop it and queue the same call again
 * with a new nonce, so no work is lost and, since none of its hashes can be mined any more, none is doubled).
 */
export async function reconcileNonceTooLow(ctx: SubmitterContext, tx: ChainTransaction): Promise<void> {
  const receipt = await minedReceipt(ctx, tx);
  if (receipt) return recordReceipt(ctx, tx, receipt);
  const latest = BigInt(
    await ctx.chain.getTransactionCount({ address: ctx.account.address, blockTag: "latest" }),
  );
  if (latest <= tx.nonce) return; // not final yet: a broadcast of ours may still be pending
  ctx.log.warn(
    { nonce: tx.nonce.toString(), kind: tx.kind },
    "nonce used outside the submitter; re-queueing the call",
  );
  await ctx.db.prisma.$transaction(async (db) => {
    await db.chainTransaction.update({
      where: { id: tx.id },
      data: { status: "dropped", lastError: "nonce used by another transaction" },
    });
    const [row] = await db.$queryRaw<{ nonce: bigint }[]>`
      UPDATE chain_signers SET "nextNonce" = GREATEST("nextNonce", ${latest}) + 1, "updatedAt" = now()
      WHERE "chainId" = ${ctx.chainId} AND address = ${ctx.account.address}
      RETURNING "nextNonce" - 1 AS nonce`;
    if (!row) throw new Error("signer row missing");
    await db.chainTransaction.create({
      data: {
        chainId: tx.chainId,
        signer: tx.signer,
        nonce: BigInt(row.nonce),
        kind: tx.kind,
        refId: tx.refId,
        to: tx.to,
        data: tx.data,
        gasLimit: tx.gasLimit,
        maxFeePerGas: 0n,
        maxPriorityFeePerGas: 0n,
      },
    });
  });
}

/**
 * Logs a revert. A reverted anchor was settled with its receipt (`settleRevertedAnchor`); a
 * reverted attestation or revocation is recorded with EAS's reason (`recordRefusedAttestation`);
 * other reverted work is recorded on its outbox item, not retried blindly: the chain refused it
 * for a reason a person should read.
 */
async function onReverted(
  ctx: SubmitterContext,
  tx: ChainTransaction,
  anchorOutcome: RevertedAnchorOutcome | undefined,
): Promise<void> {
  ctx.log.error(
    {
      kind: tx.kind,
      refId: tx.refId,
      nonce: tx.nonce.toString(),
      outcome: anchorOutcome?.kind,
      reason: anchorOutcome?.kind === "failed" ? anchorOutcome.reason : undefined,
    },
    "transaction reverted",
  );
  if (tx.kind === "anchor_batch") return;
  if (tx.kind === "attestation" || tx.kind === "revocation") return recordRefusedAttestation(ctx, tx);
  if (/^\d+$/.test(tx.refId)) {
    await ctx.db.prisma.outboxItem.update({
      where: { id: BigInt(tx.refId) },
      data: { lastError: `transaction ${tx.minedHash ?? ""} reverted` },
    });
  }
}

/**
 * Follows sent transactions: records receipts; replaces one that waited longer than
 * `replaceAfterMs` with fees at least 10% higher (same nonce, so at most one of them is mined);
 * sends one the node forgot again at once; re-sends recently mined ones that a reorg took out.
 * Returns how many got a receipt.
 */
export async function trackTransactions(ctx: SubmitterContext): Promise<number> {
  const head = await ctx.chain.getBlockNumber();
  const open = await ctx.db.prisma.chainTransaction.findMany({
    where: {
      chainId: ctx.chainId,
      signer: ctx.account.address,
      OR: [{ status: "sent" }, { status: "mined", blockNumber: { gt: head - RECHECK_BLOCKS } }],
    },
    orderBy: { nonce: "asc" },
    take: 1000,
  });
  let receipts = 0;
  for (const tx of open) {
    const receipt = await minedReceipt(ctx, tx);
    if (tx.status === "mined") {
      if (receipt?.blockHash === tx.blockHash) continue;
      if (receipt) await recordReceipt(ctx, tx, receipt);
      else await resend(ctx, tx, "reorged out");
      continue;
    }
    if (receipt) {
      await recordReceipt(ctx, tx, receipt);
      receipts += 1;
    } else if (tx.sentAt && Date.now() - tx.sentAt.getTime() > ctx.config.replaceAfterMs) {
      await replace(ctx, tx);
    } else if (!(await nodeKnows(ctx, tx))) {
      await rebroadcast(ctx, tx);
    }
  }
  return receipts;
}

async function resend(ctx: SubmitterContext, tx: ChainTransaction, reason: string): Promise<void> {
  ctx.log.warn({ nonce: tx.nonce.toString(), kind: tx.kind, reason }, "re-sending transaction");
  const updated = await ctx.db.prisma.chainTransaction.update({
    where: { id: tx.id },
    data: { status: "sent", minedHash: null, blockNumber: null, blockHash: null, sentAt: new Date() },
  });
  const { raw } = await signRecorded(ctx, updated);
  const { outcome } = await sendRaw(ctx, raw);
  if (outcome === "nonce-too-low") await reconcileNonceTooLow(ctx, updated);
}

/**
 * Sends the last signed bytes of a transaction the node no longer knows again, at once: every later nonce waits
 * behind it. Same nonce and fees, so the same hash; its replace timer keeps running.
 */
async function rebroadcast(ctx: SubmitterContext, tx: ChainTransaction): Promise<void> {
  ctx.log.warn(
    { nonce: tx.nonce.toString(), kind: tx.kind },
    "the node forgot a sent transaction; sending it again",
  );
  const { raw } = await signRecorded(ctx, tx);
  const { outcome, error } = await sendRaw(ctx, raw);
  if (outcome === "nonce-too-low") await reconcileNonceTooLow(ctx, tx);
  else if (outcome === "failed" || outcome === "underpriced") {
    await ctx.db.prisma.chainTransaction.update({
      where: { id: tx.id },
      data: { lastError: error ?? outcome },
    });
  }
}

/** Math.max for bigints. */
function largest(...values: bigint[]): bigint {
  let max = 0n;
  for (const value of values) if (value > max) max = value;
  return max;
}

async function replace(ctx: SubmitterContext, tx: ChainTransaction): Promise<void> {
  const estimate = await ctx.chain.estimateFeesPerGas();
  const bump = (old: bigint) => (old * BUMP_NUMERATOR) / BUMP_DENOMINATOR + 1n;
  const maxPriorityFeePerGas = largest(bump(tx.maxPriorityFeePerGas), estimate.maxPriorityFeePerGas);
  const maxFeePerGas = largest(bump(tx.maxFeePerGas), estimate.maxFeePerGas, maxPriorityFeePerGas);
  const signed = await signRecorded(ctx, { ...tx, maxFeePerGas, maxPriorityFeePerGas });
  // Record the new fees and hash before broadcasting: a crash here re-sends these exact bytes.
  const updated = await ctx.db.prisma.chainTransaction.update({
    where: { id: tx.id },
    data: { maxFeePerGas, maxPriorityFeePerGas, hashes: { push: signed.hash }, sentAt: new Date() },
  });
  ctx.log.warn(
    { nonce: tx.nonce.toString(), kind: tx.kind, hash: signed.hash },
    "replacing a stuck transaction with higher fees",
  );
  const { outcome, error } = await sendRaw(ctx, signed.raw);
  if (outcome === "nonce-too-low") await reconcileNonceTooLow(ctx, updated);
  else if (outcome === "failed" || outcome === "underpriced") {
    await ctx.db.prisma.chainTransaction.update({
      where: { id: tx.id },
      data: { lastError: error ?? outcome },
    });
  }
}
