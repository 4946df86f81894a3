import type { Prisma } from "@tracemark/db";
import type { ChainCall } from "./chainCalls.ts";
import { reserveNonce } from "./nonces.ts";
import type { SubmitterContext } from "./submitterContext.ts";

/**
 * Records a transaction to send, with the next nonce, inside the caller's database transaction,
 * so the work it carries and the transaction are committed together or not at all.
 */
export async function queueTransaction(
  tx: Prisma.TransactionClient,
  ctx: SubmitterContext,
  work: { kind: string; refId: string; call: ChainCall },
): Promise<void> {
  const nonce = await reserveNonce(tx, ctx);
  await tx.chainTransaction.create({
    data: {
      chainId: ctx.chainId,
      signer: ctx.account.address,
      nonce,
      kind: work.kind,
      refId: work.refId,
      to: work.call.to,
      data: work.call.data,
      gasLimit: work.call.gasLimit,
      maxFeePerGas: 0n,
      maxPriorityFeePerGas: 0n,
    },
  });
}
