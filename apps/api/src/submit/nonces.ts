import type { Prisma } from "@tracemark/db";
import type { SubmitterContext } from "./submitterContext.ts";

/**
 * Makes sure the database owns the signer's nonces, starting from what the chain says is next.
 * If the key was used outside the submitter, the chain is ahead: adopt its count (transactions
 * of ours left with a lower nonce are then reconciled as dropped and re-queued).
 */
export async function syncSignerNonce(ctx: SubmitterContext): Promise<void> {
  const onChain = BigInt(
    await ctx.chain.getTransactionCount({ address: ctx.account.address, blockTag: "pending" }),
  );
  await ctx.db.prisma.$executeRaw`
    INSERT INTO chain_signers ("chainId", address, "nextNonce", "updatedAt")
    VALUES (${ctx.chainId}, ${ctx.account.address}, ${onChain}, now())
    ON CONFLICT ("chainId", address) DO UPDATE SET "nextNonce" = GREATEST(chain_signers."nextNonce", EXCLUDED."nextNonce"), "updatedAt" = now()`;
}

/** Takes the signer's next nonce, locking its row until the caller's transaction ends. */
export async function reserveNonce(tx: Prisma.TransactionClient, ctx: SubmitterContext): Promise<bigint> {
  const [row] = await tx.$queryRaw<{ nonce: bigint }[]>`
    UPDATE chain_signers SET "nextNonce" = "nextNonce" + 1, "updatedAt" = now()
    WHERE "chainId" = ${ctx.chainId} AND address = ${ctx.account.address}
    RETURNING "nextNonce" - 1 AS nonce`;
  if (!row) throw new Error(`signer ${ctx.account.address} has no nonce row on chain ${ctx.chainId}`);
  return BigInt(row.nonce);
}
