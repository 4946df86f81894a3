import type { Auditor, Prisma } from "@tracemark/db";
import { tracemarkAuditResolverAbi } from "@tracemark/sdk";
import type { Address, PublicClient } from "viem";
import { NotAllowedError } from "../../errors/domain.ts";
import { chainUnreachable, type EasSettings } from "./getEasSettings.ts";

export type CheckAccreditedOnChainParameters = { chain: PublicClient; eas: EasSettings; auditor: Auditor };

/**
 * The audit resolver admits an attestation only from an auditor accredited on chain when it is
 * relayed (`AuditorNotAccredited` otherwise). So the auditor must be accredited on chain now, or
 * their accreditation be on its way: its outbox item waiting, or its transaction not refused (the
 * relayer sends it before their attestations, see `planOutbox`). `NotAllowedError` otherwise;
 * `UnavailableError` when the chain cannot be read.
 *
 * @example
 * await checkAccreditedOnChain(tx, { chain, eas, auditor })
 */
export async function checkAccreditedOnChain(
  tx: Prisma.TransactionClient,
  parameters: CheckAccreditedOnChainParameters,
): Promise<void> {
  const { chain, eas, auditor } = parameters;
  const [underway] = await tx.$queryRaw<{ id: bigint }[]>`
    SELECT o.id FROM outbox o
    WHERE o.kind = 'accredit_auditor' AND o."refId" = ${auditor.id}::uuid
      AND (o."doneAt" IS NULL OR EXISTS (
        SELECT 1 FROM chain_transactions c
        WHERE c.kind = 'accredit_auditor' AND c."refId" = o.id::text AND c.status IN ('unsent', 'sent')))
    LIMIT 1`;
  if (underway) return;
  const accredited = await chain
    .readContract({
      address: eas.deployment.contracts.TracemarkAuditResolver.address,
      abi: tracemarkAuditResolverAbi,
      functionName: "isAccredited",
      args: [auditor.walletAddress as Address],
    })
    .catch((cause: unknown) => {
      throw chainUnreachable(cause);
    });
  if (!accredited) {
    throw new NotAllowedError(
      `Your wallet ${auditor.walletAddress} is not accredited on chain, so EAS's audit resolver would refuse the attestation; ask the platform to accredit it again.`,
    );
  }
}
