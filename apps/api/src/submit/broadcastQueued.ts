import { sendRaw, signRecorded } from "./signAndSend.ts";
import type { SubmitterContext } from "./submitterContext.ts";
import { reconcileNonceTooLow } from "./trackTransactions.ts";

/**
 * Sends every queued (unsent) transaction, lowest nonce first. Fees are fixed the first time and
 * stored with the hash BEFORE the broadcast, so after a crash the same signed bytes go out again
 * (the node answers "already known", or the receipt shows it mined). Returns how many were sent
 * or reconciled.
 */
export async function broadcastQueued(ctx: SubmitterContext): Promise<number> {
  const queued = await ctx.db.prisma.chainTransaction.findMany({
    where: { chainId: ctx.chainId, signer: ctx.account.address, status: "unsent" },
    orderBy: { nonce: "asc" },
    take: 500,
  });
  let sent = 0;
  for (let tx of queued) {
    if (tx.maxFeePerGas === 0n) {
      const fees = await ctx.chain.estimateFeesPerGas();
      tx = await ctx.db.prisma.chainTransaction.update({
        where: { id: tx.id },
        data: { maxFeePerGas: fees.maxFeePerGas, maxPriorityFeePerGas: fees.maxPriorityFeePerGas },
      });
    }
    const { raw, hash } = await signRecorded(ctx, tx);
    if (!tx.hashes.includes(hash)) {
      tx = await ctx.db.prisma.chainTransaction.update({
        where: { id: tx.id },
        data: { hashes: { push: hash } },
      });
    }
    const { outcome, error } = await sendRaw(ctx, raw);
    if (outcome === "sent" || outcome === "already-known") {
      await ctx.db.prisma.chainTransaction.update({
        where: { id: tx.id },
        data: { status: "sent", sentAt: new Date(), lastError: null },
      });
      sent += 1;
    } else if (outcome === "nonce-too-low") {
      await reconcileNonceTooLow(ctx, tx);
      sent += 1;
    } else {
      // Retried on the next round (node down, rate limited, out of funds…); later nonces wait behind it.
      await ctx.db.prisma.chainTransaction.update({
        where: { id: tx.id },
        data: { lastError: error ?? outcome },
      });
      ctx.log.warn({ nonce: tx.nonce.toString(), kind: tx.kind, error }, "broadcast failed; will retry");
      break;
    }
  }
  return sent;
}
