import type { Auditor, Database } from "@tracemark/db";
import { buildRevocationTypedData } from "@tracemark/sdk";
import { type Address, type Hex, isAddressEqual, type PublicClient } from "viem";
import { ConflictError, invalidField, NotFoundError } from "../../errors/domain.ts";
import { attestationInclude, toAttestation } from "./attestations.ts";
import { checkDelegatedSignature } from "./checkDelegatedSignature.ts";
import type { EasSettings } from "./getEasSettings.ts";
import { lockAuditor, nextEasNonce } from "./nextEasNonce.ts";
import { checkExpectedNonce, checkFutureSeconds, checkNonce } from "./submitAttestation.ts";

/** The message of an EAS delegated revocation as JSON carries it (integers as decimal strings). */
export type RevokeMessageInput = {
  revoker: Address;
  schema: Hex;
  uid: Hex;
  value: string;
  nonce: string;
  deadline: string;
};

/**
 * An auditor asks to revoke one of their attestations that is on chain, with a delegated
 * revocation they signed (EAS `Revoke` typed data in the deployed domain), checked as EAS will:
 * the signature (`checkDelegatedSignature`), the deadline, and the nonce, which revocations share
 * with attestations (`nextEasNonce`, under the auditor's lock). The request is kept
 * with the attestation and an outbox `revocation` row is written for the relayer, in one
 * transaction; the attestation becomes `revoked` when the chain says so.
 *
 * @example
 * await requestRevocation(db, { auditor, chain, eas, attestationId, message, signature })
 */
export async function requestRevocation(
  db: Database,
  parameters: {
    auditor: Auditor;
    /** The chain, to read the auditor's EAS nonce. */
    chain: PublicClient;
    eas: EasSettings;
    attestationId: string;
    message: RevokeMessageInput;
    signature: Hex;
    now?: Date | undefined;
  },
) {
  const { auditor, eas, attestationId, message, signature } = parameters;
  const now = parameters.now ?? new Date();
  const auditorAddress = auditor.walletAddress.toLowerCase();
  return db.prisma.$transaction(async (tx) => {
    await lockAuditor(tx, auditor.id);
    await tx.$queryRaw`SELECT id FROM attestations WHERE id = ${attestationId}::uuid FOR UPDATE`;
    const attestation = await tx.attestation.findFirst({
      where: { id: attestationId, auditorAddress },
      include: attestationInclude,
    });
    if (!attestation) throw new NotFoundError("You have no attestation with this id.");
    const delegated = attestation.delegated as Record<string, unknown>;
    if (attestation.status === "revoked" || delegated.revocation) {
      throw new ConflictError("This attestation is already revoked or being revoked.");
    }
    if (attestation.status !== "onchain" || !attestation.uid) {
      throw new ConflictError(`This attestation is ${attestation.status}, not on chain yet.`);
    }
    if (message.uid.toLowerCase() !== attestation.uid.toLowerCase()) {
      throw invalidField("body.message.uid", "must be the attestation's UID");
    }
    if (message.schema.toLowerCase() !== eas.schemaUid.toLowerCase()) {
      throw invalidField("body.message.schema", `must be the Tracemark audit schema ${eas.schemaUid}`);
    }
    if (!isAddressEqual(message.revoker, auditorAddress as Address)) {
      throw invalidField("body.message.revoker", "must be your own auditor wallet");
    }
    if (BigInt(message.value) !== 0n) throw invalidField("body.message.value", "must be 0");
    const deadline = checkFutureSeconds(message.deadline, "body.message.deadline", now);
    const nonce = checkNonce(message.nonce, "body.message.nonce");
    const typedData = buildRevocationTypedData({
      domain: eas.domain,
      revoker: message.revoker,
      schema: message.schema,
      uid: message.uid,
      nonce,
      deadline,
    });
    await checkDelegatedSignature({ typedData, signature, signer: message.revoker, what: "revocation" });
    const expected = await nextEasNonce(tx, { chain: parameters.chain, eas, attester: message.revoker });
    checkExpectedNonce(nonce, expected, message.revoker);
    const updated = await tx.attestation.update({
      where: { id: attestation.id },
      data: {
        delegated: {
          ...delegated,
          revocation: {
            domain: eas.domain,
            message: { ...message },
            signature,
            requestedAt: now.toISOString(),
          },
        },
        // A refused revocation's reason no longer applies.
        failureReason: null,
      },
      include: attestationInclude,
    });
    await tx.outboxItem.create({
      data: {
        kind: "revocation",
        organizationId: attestation.lot?.organizationId ?? null,
        refId: attestation.id,
      },
    });
    return toAttestation(updated, new Map([[auditorAddress, auditor.displayName]]));
  });
}
