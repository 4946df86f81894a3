import type { ChainTransaction, Prisma } from "@tracemark/db";
import { tracemarkRegistryAbi } from "@tracemark/sdk";
import { BaseError, ContractFunctionRevertedError, decodeFunctionData, type Hex } from "viem";
import { enqueueAnchoredWebhooks } from "../webhooks/enqueueAnchoredWebhooks.ts";
import type { SubmitterContext } from "./submitterContext.ts";

/** What a reverted anchor transaction means for its batch, read from the chain by `revertedAnchorOutcome`. */
export type RevertedAnchorOutcome =
  /** The organisation anchored this root before (another of its writers came first): the batch is anchored there. */
  | { kind: "anchored"; txHash: Hex; blockNumber: bigint; blockHash: Hex; anchoredAt: Date }
  /** The contract refuses the call for a reason it gives: sending it again would revert again. */
  | { kind: "failed"; reason: string }
  /** The call does not revert when run again at that block (out of gas, say): the events may be batched again. */
  | { kind: "release" };

/**
 * Finds out why an anchor transaction reverted, from the chain alone: the call is run again (`eth_call`) on the
 * state of the block it reverted in, and the contract's error decoded. `RootAlreadyAnchored` for the batch's own
 * organisation means the root is anchored already, which the registry's `anchorOf` and the first `BatchAnchored`
 * log tell; any other error the contract gives (`NotOrganisationWriter` once the relayer's writer key was removed
 * or the organisation suspended) would come back on every retry, so the batch fails with it. Throws when the
 * node cannot answer, so the receipt is handled again on the next round.
 *
 * @example
 * const outcome = await revertedAnchorOutcome(ctx, tx, receipt.blockNumber);
 */
export async function revertedAnchorOutcome(
  ctx: SubmitterContext,
  tx: ChainTransaction,
  blockNumber: bigint,
): Promise<RevertedAnchorOutcome> {
  const registry = ctx.deployment.contracts.TracemarkRegistry.address;
  const { functionName, args } = decodeFunctionData({ abi: tracemarkRegistryAbi, data: tx.data as Hex });
  try {
    await ctx.chain.simulateContract({
      address: registry,
      abi: tracemarkRegistryAbi,
      functionName,
      args,
      account: ctx.account.address,
      blockNumber,
    } as never);
    return { kind: "release" };
  } catch (error) {
    const reverted =
      error instanceof BaseError
        ? error.walk((cause) => cause instanceof ContractFunctionRevertedError)
        : null;
    if (!(reverted instanceof ContractFunctionRevertedError)) throw error;
    const decoded = reverted.data;
    if (!decoded) {
      return {
        kind: "failed",
        reason: reverted.reason ?? `reverted without a reason (${reverted.signature ?? "no data"})`,
      };
    }
    const errorArgs = (decoded.args ?? []) as readonly unknown[];
    if (decoded.errorName === "RootAlreadyAnchored" && functionName === "anchorBatch") {
      const [orgId, root] = errorArgs as [Hex, Hex];
      return firstAnchor(ctx, orgId, root);
    }
    return { kind: "failed", reason: `${decoded.errorName}(${errorArgs.map(String).join(", ")})` };
  }
}

/** The organisation's first anchor of a root: its slot gives the block, that block's log the transaction. */
async function firstAnchor(ctx: SubmitterContext, orgId: Hex, root: Hex): Promise<RevertedAnchorOutcome> {
  const address = ctx.deployment.contracts.TracemarkRegistry.address;
  const anchor = await ctx.chain.readContract({
    address,
    abi: tracemarkRegistryAbi,
    functionName: "anchorOf",
    args: [orgId, root],
  });
  const blockNumber = BigInt(anchor.blockNumber);
  const [log] = await ctx.chain.getContractEvents({
    address,
    abi: tracemarkRegistryAbi,
    eventName: "BatchAnchored",
    args: { orgId, root },
    fromBlock: blockNumber,
    toBlock: blockNumber,
    strict: true,
  });
  if (!log) throw new Error(`no BatchAnchored log of root ${root} in block ${blockNumber}`);
  return {
    kind: "anchored",
    txHash: log.transactionHash,
    blockNumber,
    blockHash: log.blockHash,
    anchoredAt: new Date(Number(anchor.anchoredAt) * 1000),
  };
}

/**
 * Applies the outcome to a batch still `submitted` (in the caller's transaction): anchored (with the organisation's
 * `anchored` webhooks, as the indexer would queue them), failed with its reason (its events stay in it), or
 * released (deleted, its events waiting for a new batch). A batch the indexer has moved on meanwhile is left alone.
 *
 * @example
 * await settleRevertedAnchor(tx, { chainId, batchId, outcome });
 */
export async function settleRevertedAnchor(
  tx: Prisma.TransactionClient,
  parameters: { chainId: number; batchId: string; outcome: RevertedAnchorOutcome },
): Promise<void> {
  const { chainId, batchId, outcome } = parameters;
  if (outcome.kind === "release") {
    await tx.$executeRaw`
      WITH released AS (DELETE FROM anchor_batches WHERE id = ${batchId}::uuid AND status = 'submitted' RETURNING id)
      UPDATE events SET "batchId" = NULL, "treeNode" = NULL, proof = '{}' WHERE "batchId" IN (SELECT id FROM released)`;
    return;
  }
  if (outcome.kind === "failed") {
    await tx.anchorBatch.updateMany({
      where: { id: batchId, status: "submitted" },
      data: { status: "failed", failureReason: outcome.reason },
    });
    return;
  }
  const [batch] = await tx.anchorBatch.updateManyAndReturn({
    where: { id: batchId, status: "submitted" },
    data: {
      status: "anchored",
      txHash: outcome.txHash,
      blockNumber: outcome.blockNumber,
      blockHash: outcome.blockHash,
      anchoredAt: outcome.anchoredAt,
    },
  });
  if (!batch) return;
  const { txHash, blockNumber, anchoredAt } = outcome;
  await enqueueAnchoredWebhooks(tx, { chainId, batches: [{ ...batch, txHash, blockNumber, anchoredAt }] });
}
