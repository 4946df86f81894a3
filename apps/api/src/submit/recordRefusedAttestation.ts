import type { ChainTransaction } from "@tracemark/db";
import { easAbi, easAbiWithResolverErrors } from "@tracemark/sdk";
import { decodeFunctionData, type Hex } from "viem";
import { contractRevert } from "./contractRevert.ts";
import { errorText } from "./signAndSend.ts";
import type { SubmitterContext } from "./submitterContext.ts";

/** What each refusal of EAS (or of the audit resolver, which EAS passes on) means for a relayed request. */
const meanings: Record<string, string> = {
  DeadlineExpired: "the signature's deadline had passed when it was relayed",
  InvalidSignature:
    "EAS refused the signature: it was not signed by the auditor with their EAS nonce at the time of relaying (was the nonce used elsewhere?)",
  InvalidNonce: "the auditor's EAS nonce had moved on",
  InvalidExpirationTime: "the attestation's expiry had passed when it was relayed",
  AuditorNotAccredited: "the auditor was not accredited on chain when it was relayed",
  NotFound: "the attestation it refers to does not exist on chain",
  AccessDenied: "only the attester may revoke the attestation",
  AlreadyRevoked: "the attestation was already revoked",
  InvalidSchema: "the schema is not registered in EAS",
  Irrevocable: "the schema does not allow revocable attestations",
  InsufficientValue: "the value sent does not cover the request",
};

/** EAS's reason for refusing the call, replayed against the state at the end of the block that refused it. */
async function refusalOf(ctx: SubmitterContext, tx: ChainTransaction): Promise<string> {
  try {
    const { functionName, args } = decodeFunctionData({ abi: easAbi, data: tx.data as Hex });
    await ctx.chain.simulateContract({
      account: ctx.account.address,
      address: tx.to as Hex,
      abi: easAbiWithResolverErrors,
      functionName,
      args,
      gas: tx.gasLimit,
      ...(tx.blockNumber === null ? {} : { blockNumber: tx.blockNumber }),
    } as Parameters<typeof ctx.chain.simulateContract>[0]);
    return "the chain refused it, and the same call now succeeds: the cause was not kept";
  } catch (error) {
    const name = contractRevert(error)?.data?.errorName;
    if (!name) return `the chain refused it (${errorText(error).slice(0, 300)})`;
    return `${name}: ${meanings[name] ?? "refused by EAS"}`;
  }
}

/**
 * A relayed attestation or revocation whose transaction reverted. The chain's refusal is final (the
 * same signed request would be refused again), so it is recorded, not retried: an attestation
 * becomes `failed` with EAS's decoded reason (e.g. `DeadlineExpired`, `InvalidSignature`,
 * `AuditorNotAccredited`) in `failureReason`; a refused revocation is set aside
 * (`delegated.failedRevocation`) with its reason, so the auditor can sign another. Either way the
 * auditor's nonce is free again (`nextEasNonce` no longer counts it).
 *
 * @example
 * if (tx.kind === "attestation" || tx.kind === "revocation") await recordRefusedAttestation(ctx, tx)
 */
export async function recordRefusedAttestation(ctx: SubmitterContext, tx: ChainTransaction): Promise<void> {
  const reason = await refusalOf(ctx, tx);
  await ctx.db.prisma.$transaction(async (db) => {
    const item = await db.outboxItem.update({
      where: { id: BigInt(tx.refId) },
      data: { lastError: `transaction ${tx.minedHash ?? ""} reverted: ${reason}` },
    });
    if (tx.kind === "attestation") {
      await db.attestation.updateMany({
        where: { id: item.refId, status: { in: ["pending", "submitted"] } },
        data: { status: "failed", failureReason: reason },
      });
      return;
    }
    const attestation = await db.attestation.findUniqueOrThrow({ where: { id: item.refId } });
    const { revocation, ...delegated } = attestation.delegated as Record<string, unknown>;
    if (!revocation) return;
    await db.attestation.update({
      where: { id: attestation.id },
      data: {
        delegated: { ...delegated, failedRevocation: revocation } as object,
        failureReason: `The revocation failed: ${reason}`,
      },
    });
  });
  ctx.log.warn({ kind: tx.kind, refId: tx.refId, reason }, "the chain refused a relayed request");
}
