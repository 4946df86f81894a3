import type { Prisma } from "@tracemark/db";
import { getEasNonce } from "@tracemark/sdk";
import type { Address, PublicClient } from "viem";
import { chainUnreachable, type EasSettings } from "./getEasSettings.ts";

export type NextEasNonceParameters = { chain: PublicClient; eas: EasSettings; attester: Address };

/**
 * Takes the auditor's lock (their `auditors` row, until the caller's transaction ends), so that two
 * delegated requests of one auditor are accepted one after the other and never get the same nonce.
 */
export async function lockAuditor(tx: Prisma.TransactionClient, auditorId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM auditors WHERE id = ${auditorId}::uuid FOR UPDATE`;
}

/**
 * The nonce the auditor's next delegated request (attestation or revocation) must carry. EAS keeps
 * one nonce per attester and consumes it with each relayed request (`_nonces[attester]++`), so it is
 * the chain's `getNonce`, or one past the highest nonce of this auditor's requests that Tracemark has
 * accepted and not yet seen on chain, whichever is larger. Requests accepted under `lockAuditor` get
 * consecutive nonces, and the relayer sends them in the order they were accepted (see `planOutbox`).
 * `UnavailableError` when the chain cannot be read.
 *
 * @example
 * await lockAuditor(tx, auditor.id)
 * const nonce = await nextEasNonce(tx, { chain, eas, attester })
 */
export async function nextEasNonce(
  tx: Prisma.TransactionClient,
  parameters: NextEasNonceParameters,
): Promise<bigint> {
  const { chain, eas, attester } = parameters;
  const onChain = await getEasNonce(chain, { account: attester, deployment: eas.deployment }).catch(
    (cause: unknown) => {
      throw chainUnreachable(cause);
    },
  );
  const address = attester.toLowerCase();
  const [waiting] = await tx.$queryRaw<{ highest: string | null }[]>`
    SELECT max(nonce)::text AS highest FROM (
      SELECT (delegated->'message'->>'nonce')::numeric AS nonce FROM attestations
      WHERE "auditorAddress" = ${address} AND status IN ('pending', 'submitted')
      UNION ALL
      SELECT (delegated->'revocation'->'message'->>'nonce')::numeric FROM attestations
      WHERE "auditorAddress" = ${address} AND status = 'onchain' AND delegated->'revocation' IS NOT NULL
    ) requests`;
  const next = waiting?.highest == null ? 0n : BigInt(waiting.highest) + 1n;
  return next > onChain ? next : onChain;
}
