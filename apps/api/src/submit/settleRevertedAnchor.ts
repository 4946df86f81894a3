import type { ChainTransaction, Prisma } from "@tracemark/db";
import { tracemarkRegistryAbi } from "@tracemark/sdk";
import { type ContractFunctionRevertedError, decodeFunctionData, type Hex } from "viem";
import { enqueueAnchoredWebhooks } from "../webhooks/enqueueAnchoredWebhooks.ts";
import { contractRevert } from "./contractRevert.ts";
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
 * node cannot answer at all, so the receipt is handled again on the next round.
 *
 * @example
 * const outcome = await revertedAnchorOutcome(ctx, tx, receipt.blockNumber);
 */
export async function revertedAnchorOutcome(
  ctx: SubmitterContext,
  tx: ChainTransaction,
  blockNumber: bigint,
): Promise<RevertedAnchorOutcome> {
  const { functionName, args } = decodeFunctionData({ abi: tracemarkRegistryAbi, data: tx.data as Hex });
  const reverted = await revertOf(ctx, functionName, args, blockNumber);
  if (reverted === "none") return { kind: "release" };
  const decoded = reverted.data;
  if (!decoded) return { kind: "failed", reason: `an error the registry does not declare (${reverted.raw})` };
  const errorArgs = (decoded.args ?? []) as readonly unknown[];
  if (decoded.errorName === "RootAlreadyAnchored" && functionName === "anchorBatch") {
    const [orgId, root] = errorArgs as [Hex, Hex];
    return firstAnchor(ctx, orgId, root);
  }
  return { kind: "failed", reason: `${decoded.errorName}(${errorArgs.map(String).join(", ")})` };
}

/**
 * Runs the call on a block's state (the latest without one): `"none"` when it succeeds, else the contract's revert
 * (with its data).
 * A node that no longer keeps that block's state (not an archive node, the submitter was down a while) is asked
 * about its latest state instead, rather than leaving the receipt unhandled for good.
 */
async function revertOf(
  ctx: SubmitterContext,
  functionName: string,
  args: readonly unknown[] | undefined,
  blockNumber: bigint | undefined,
): Promise<ContractFunctionRevertedError | "none"> {
  try {
    await ctx.chain.simulateContract({
      address: ctx.deployment.contracts.TracemarkRegistry.address,
      abi: tracemarkRegistryAbi,
      functionName,
      args,
      account: ctx.account.address,
      blockNumber,
    } as never);
    return "none";
  } catch (error) {
    const reverted = contractRevert(error);
    // Only revert data is the contract's answer: the registry reverts with custom errors alone, and viem also
    // reads a node's bare internal error (-32603) as a revert, without data.
    if (reverted?.raw) return reverted;
    if (blockNumber === undefined) throw error;
    ctx.log.warn(
      { blockNumber: blockNumber.toString(), error: String(error) },
      "cannot run the call at its block",
    );
    return revertOf(ctx, functionName, args, undefined);
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
