import type { Auditor, Database } from "@tracemark/db";
import {
  buildAttestationTypedData,
  computeLotKey,
  decodeAuditData,
  recoverAttestationSigner,
} from "@tracemark/sdk";
import { type Address, type Hex, isAddressEqual, maxUint64, maxUint256, zeroHash } from "viem";
import { ProblemError } from "../errors/problem.ts";
import { attestationInclude, toAttestation } from "./attestations.ts";
import type { EasSettings } from "./getEasSettings.ts";
import { checkField } from "./gs1.ts";
import { chainOrgIdOf } from "./platform.ts";

/** The message of an EAS delegated attestation as JSON carries it (integers as decimal strings). */
export type AttestMessageInput = {
  attester: Address;
  schema: Hex;
  recipient: Address;
  expirationTime: string;
  revocable: boolean;
  refUID: Hex;
  data: Hex;
  value: string;
  nonce: string;
  deadline: string;
};

export type SubmitAttestationParameters = {
  auditor: Auditor;
  eas: EasSettings;
  lotId: string;
  message: AttestMessageInput;
  signature: Hex;
  now?: Date | undefined;
};

export function invalidField(field: string, message: string): ProblemError {
  return new ProblemError(422, "Invalid request", `${field}: ${message}`, { errors: [{ field, message }] });
}

/** Checks a uint256 nonce given as a decimal string. */
export function checkNonce(value: string, field: string): bigint {
  const nonce = BigInt(value);
  if (nonce > maxUint256) throw invalidField(field, "must fit in uint256");
  return nonce;
}

/** Checks a Unix-seconds time limit: 0 (none), or in the future and within uint64. */
export function checkFutureSeconds(value: string, field: string, now: Date): bigint {
  const seconds = BigInt(value);
  if (seconds > maxUint64) throw invalidField(field, "must fit in uint64");
  if (seconds !== 0n && seconds <= BigInt(Math.floor(now.getTime() / 1000))) {
    throw invalidField(field, "must be 0 (none) or in the future");
  }
  return seconds;
}

/**
 * Accepts an auditor's signed EAS delegated attestation about a lot they were asked to audit:
 * the typed data is rebuilt in the deployed EAS domain, the signature must recover to the
 * auditor's own wallet, the data must follow the audit schema and name that lot (organisation id
 * and lot key). Stored as `pending` with an outbox `attestation` row for the relayer, in one
 * transaction. EAS itself checks the nonce when the relayer submits it.
 *
 * @example
 * const attestation = await submitAttestation(db, { auditor, eas, lotId, message, signature })
 */
export async function submitAttestation(db: Database, parameters: SubmitAttestationParameters) {
  const { auditor, eas, lotId, message, signature } = parameters;
  const now = parameters.now ?? new Date();
  if (message.schema.toLowerCase() !== eas.schemaUid.toLowerCase()) {
    throw invalidField("body.message.schema", `must be the Tracemark audit schema ${eas.schemaUid}`);
  }
  if (!isAddressEqual(message.attester, auditor.walletAddress as Address)) {
    throw invalidField("body.message.attester", "must be your own auditor wallet");
  }
  if (!message.revocable)
    throw invalidField("body.message.revocable", "must be true, so you can revoke it later");
  if (BigInt(message.value) !== 0n) throw invalidField("body.message.value", "must be 0");
  const expirationTime = checkFutureSeconds(message.expirationTime, "body.message.expirationTime", now);
  const deadline = checkFutureSeconds(message.deadline, "body.message.deadline", now);
  const nonce = checkNonce(message.nonce, "body.message.nonce");
  const audit = checkField("body.message.data", () => decodeAuditData(message.data));

  const request = await db.prisma.auditRequest.findUnique({
    where: { auditorId_lotId: { auditorId: auditor.id, lotId } },
    include: { lot: { include: { product: { select: { gtin: true } } } } },
  });
  if (!request) throw new ProblemError(404, "Not Found", "You have not been asked to audit this lot.");
  if (audit.subjectKind !== "lot") throw invalidField("body.message.data", "the subject kind must be lot");
  if (audit.orgId.toLowerCase() !== chainOrgIdOf(request.organizationId).toLowerCase()) {
    throw invalidField("body.message.data", "orgId must be the lot's organisation");
  }
  const lotKey = computeLotKey({ gtin: request.lot.product.gtin, lot: request.lot.lotCode });
  if (audit.subject.toLowerCase() !== lotKey.toLowerCase()) {
    throw invalidField("body.message.data", "subject must be the lot key of this lot");
  }
  const claim = audit.claim.trim();
  if (claim.length === 0 || claim.length > 500) {
    throw invalidField("body.message.data", "the claim must be 1 to 500 characters");
  }
  if (audit.evidenceHash === zeroHash)
    throw invalidField("body.message.data", "the evidence hash must not be zero");

  const typedData = buildAttestationTypedData({
    domain: eas.domain,
    attester: message.attester,
    schema: message.schema,
    recipient: message.recipient,
    expirationTime,
    revocable: message.revocable,
    refUID: message.refUID,
    data: message.data,
    value: 0n,
    nonce,
    deadline,
  });
  const signer = await recoverAttestationSigner({ typedData, signature }).catch(() => undefined);
  if (!signer || !isAddressEqual(signer, message.attester)) {
    throw invalidField(
      "body.signature",
      "is not the attester's signature of this attestation in the EAS domain",
    );
  }

  const auditorAddress = auditor.walletAddress.toLowerCase();
  return db.prisma.$transaction(async (tx) => {
    const sameNonce = await tx.attestation.findFirst({
      where: {
        auditorAddress,
        status: { in: ["pending", "submitted"] },
        delegated: { path: ["message", "nonce"], equals: message.nonce },
      },
      select: { id: true },
    });
    if (sameNonce) {
      throw new ProblemError(
        409,
        "Conflict",
        "An attestation with this nonce is already waiting to be relayed.",
      );
    }
    const created = await tx.attestation.create({
      data: {
        lotId,
        auditorAddress,
        claim,
        evidenceHash: audit.evidenceHash,
        expiresAt: expirationTime === 0n ? null : new Date(Number(expirationTime) * 1000),
        delegated: { domain: eas.domain, message: { ...message }, signature },
      },
      include: attestationInclude,
    });
    await tx.outboxItem.create({
      data: { kind: "attestation", organizationId: request.organizationId, refId: created.id },
    });
    return toAttestation(created, new Map([[auditorAddress, auditor.displayName]]));
  });
}
