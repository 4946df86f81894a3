import type { ChainTransaction } from "@tracemark/db";
import { type Hex, keccak256 } from "viem";
import type { SubmitterContext } from "./submitterContext.ts";

export type SendOutcome = "sent" | "already-known" | "nonce-too-low" | "underpriced" | "failed";

/** Signs a recorded transaction with its stored fields; the same fields always give the same hash. */
export async function signRecorded(
  ctx: SubmitterContext,
  tx: ChainTransaction,
): Promise<{ raw: Hex; hash: Hex }> {
  if (!ctx.account.signTransaction) throw new Error("the relayer account cannot sign transactions locally");
  const raw = await ctx.account.signTransaction({
    type: "eip1559",
    chainId: ctx.chainId,
    nonce: Number(tx.nonce),
    to: tx.to as Hex,
    data: tx.data as Hex,
    gas: tx.gasLimit,
    maxFeePerGas: tx.maxFeePerGas,
    maxPriorityFeePerGas: tx.maxPriorityFeePerGas,
  });
  return { raw, hash: keccak256(raw) };
}

/**
 * Broadcasts a signed transaction and says what the node answered, so the caller can reconcile:
 * "already known" and "nonce too low" are not failures but facts to check against receipts.
 */
export async function sendRaw(
  ctx: SubmitterContext,
  raw: Hex,
): Promise<{ outcome: SendOutcome; error?: string }> {
  try {
    await ctx.chain.sendRawTransaction({ serializedTransaction: raw });
    return { outcome: "sent" };
  } catch (error) {
    const message = errorText(error);
    if (/already known|known transaction|already imported|transaction already exists/i.test(message))
      return { outcome: "already-known" };
    if (
      /nonce too low|nonce.*(lower|less) than|nonce has already been used|NonceTooLow|OldNonce/i.test(message)
    )
      return { outcome: "nonce-too-low" };
    if (/underpriced|fee too low|replacement/i.test(message))
      return { outcome: "underpriced", error: message };
    return { outcome: "failed", error: message };
  }
}

/** The text of an error and its causes (viem wraps the node's message). */
export function errorText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  while (current instanceof Error && parts.length < 5) {
    parts.push((current as { details?: string }).details ?? current.message);
    current = current.cause;
  }
  return parts.join(" | ") || String(error);
}
