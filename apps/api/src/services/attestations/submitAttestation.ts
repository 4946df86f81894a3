import type { Auditor, Database } from "@tracemark/db";
import {
  buildAttestationTypedData,
  computeEvidenceHash,
  computeLotKey,
  decodeAuditData,
  easAbi,
  formatProofPointClaim,
} from "@tracemark/sdk";
import {
  type Address,
  type Hex,
  isAddressEqual,
  maxUint64,
  maxUint256,
  type PublicClient,
  zeroHash,
} from "viem";
import { ConflictError, invalidField, NotFoundError } from "../../errors/domain.ts";
import { checkField } from "../identifiers/gs1.ts";
import { publicOrgIdOf } from "../orgs/platform.ts";
import { attestationInclude, toAttestation } from "./attestations.ts";
import { checkAccreditedOnChain } from "./checkAccreditedOnChain.ts";
import { checkDelegatedSignature } from "./checkDelegatedSignature.ts";
import { chainUnreachable, type EasSettings } from "./getEasSettings.ts";
import { lockAuditor, nextEasNonce } from "./nextEasNonce.ts";

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
  /** The chain, to read the auditor's EAS nonce. */
  chain: PublicClient;
  eas: EasSettings;
  lotId: string;
  /** The proof point it attests, if any: the claim, evidence and expiry must then be the requested ones. */
  proofPointId?: string | undefined;
  message: AttestMessageInput;
  signature: Hex;
  now?: Date | undefined;
};

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

/** Whether EAS holds an attestation with this UID (EAS reverts `NotFound` on a reference to none). */
async function attestationExists(chain: PublicClient, eas: EasSettings, uid: Hex): Promise<boolean> {
  return chain
    .readContract({
      address: eas.domain.verifyingContract,
      abi: easAbi,
      functionName: "isAttestationValid",
      args: [uid],
    })
    .catch((cause: unknown) => {
      throw chainUnreachable(cause);
    });
}

/** The nonce a delegated request carries must be the auditor's next EAS nonce (`nextEasNonce`). */
export function checkExpectedNonce(nonce: bigint, expected: bigint, attester: Address): void {
  if (nonce === expected) return;
  throw invalidField(
    "body.message.nonce",
    `must be ${expected}, the next EAS nonce of ${attester} (its nonce on chain, after your requests waiting to be relayed)`,
  );
}

/**
 * Accepts an auditor's signed EAS delegated attestation about a lot they were asked to audit,
 * checked as EAS and the audit resolver will check it when relayed, so that what is accepted does
 * not revert: the typed data is rebuilt in the deployed EAS domain and the signature must recover
 * to the auditor's own wallet with a low `s`, accredited on chain or about to be
 * (`checkAccreditedOnChain`, the resolver's rule); the deadline and expiry are in the
 * future; the data follows the audit schema and names that lot (organisation id and lot key); the
 * same signed request (its EIP-712 digest) is accepted once (a `ConflictError` on a replay, even
 * after it is on chain); and the nonce is the auditor's next EAS nonce (`nextEasNonce`), decided
 * under the auditor's lock so that accepted requests take consecutive nonces. Stored as `pending`
 * with an outbox `attestation` row for the relayer, in one transaction.
 *
 * @example
 * const attestation = await submitAttestation(db, { auditor, chain, eas, lotId, message, signature })
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
  if (message.refUID !== zeroHash && !(await attestationExists(parameters.chain, eas, message.refUID))) {
    throw invalidField("body.message.refUID", "must be zero or the UID of an attestation EAS holds");
  }

  const request = await db.prisma.auditRequest.findUnique({
    where: { auditorId_lotId: { auditorId: auditor.id, lotId } },
    include: {
      lot: { include: { product: { select: { gtin: true } } } },
      organization: { select: { chainOrgId: true } },
    },
  });
  if (!request) throw new NotFoundError("You have not been asked to audit this lot.");
  if (audit.subjectKind !== "lot") throw invalidField("body.message.data", "the subject kind must be lot");
  if (audit.orgId.toLowerCase() !== publicOrgIdOf(request.organization.chainOrgId).toLowerCase()) {
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
  if (parameters.proofPointId) {
    await checkProofPoint(db, {
      auditorId: auditor.id,
      lotId,
      proofPointId: parameters.proofPointId,
      claim,
      evidenceHash: audit.evidenceHash,
      expirationTime,
      now,
    });
  }

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
  const digest = await checkDelegatedSignature({
    typedData,
    signature,
    signer: message.attester,
    what: "attestation",
  });

  const auditorAddress = auditor.walletAddress.toLowerCase();
  return db.prisma.$transaction(async (tx) => {
    await lockAuditor(tx, auditor.id);
    const replayed = await tx.attestation.findUnique({
      where: { digest },
      select: { id: true, status: true },
    });
    if (replayed) {
      // The same signed request, whatever became of it: EAS would refuse it again, or attest twice.
      throw new ConflictError(
        `This signed attestation was already submitted (attestation ${replayed.id}, ${replayed.status}); sign a new one.`,
      );
    }
    if (parameters.proofPointId) {
      // Under the auditor's lock: two signed requests for one proof point can't both be accepted.
      const attested = await tx.attestation.findFirst({
        where: { proofPointId: parameters.proofPointId, status: { not: "failed" } },
        select: { id: true },
      });
      if (attested) {
        throw new ConflictError("This proof point is already attested; revoke it to attest anew.");
      }
    }
    const expected = await nextEasNonce(tx, { chain: parameters.chain, eas, attester: message.attester });
    checkExpectedNonce(nonce, expected, message.attester);
    await checkAccreditedOnChain(tx, { chain: parameters.chain, eas, auditor });
    const created = await tx.attestation.create({
      data: {
        lotId,
        auditorAddress,
        claim,
        evidenceHash: audit.evidenceHash,
        expiresAt: expirationTime === 0n ? null : new Date(Number(expirationTime) * 1000),
        delegated: { domain: eas.domain, message: { ...message }, signature },
        digest,
        proofPointId: parameters.proofPointId ?? null,
      },
      include: attestationInclude,
    });
    await tx.outboxItem.create({
      data: { kind: "attestation", organizationId: request.organizationId, refId: created.id },
    });
    return toAttestation(created, new Map([[auditorAddress, auditor.displayName]]));
  });
}

/**
 * An attestation of a proof point must be by the auditor it was asked of, about its lot, and carry
 * exactly its claim (`formatProofPointClaim`) and evidence hash (`computeEvidenceHash` of its
 * documents), and an expiry no later than the one requested (one is then required).
 */
async function checkProofPoint(
  db: Database,
  parameters: {
    auditorId: string;
    lotId: string;
    proofPointId: string;
    claim: string;
    evidenceHash: Hex;
    expirationTime: bigint;
    now: Date;
  },
) {
  const proofPoint = await db.prisma.proofPoint.findFirst({
    where: { id: parameters.proofPointId, auditorId: parameters.auditorId },
    include: { evidence: { select: { documentSha256: true } } },
  });
  if (!proofPoint) {
    throw new NotFoundError("You have not been asked to attest this proof point.", {
      errors: [{ field: "body.proofPointId", message: "no proof point asked of you with this id" }],
    });
  }
  if (proofPoint.lotId !== parameters.lotId) {
    throw invalidField("body.lotId", "must be the lot of the proof point");
  }
  const claim = formatProofPointClaim({ claim: proofPoint.claim, detail: proofPoint.claimDetail });
  if (parameters.claim !== claim) {
    throw invalidField("body.message.data", `the claim must be the requested one: "${claim}"`);
  }
  const evidenceHash = computeEvidenceHash(proofPoint.evidence.map((e) => `0x${e.documentSha256}` as Hex));
  if (parameters.evidenceHash.toLowerCase() !== evidenceHash) {
    throw invalidField(
      "body.message.data",
      `the evidence hash must be ${evidenceHash}, that of the proof point's documents`,
    );
  }
  if (proofPoint.validUntil) {
    const latest = BigInt(Math.floor(proofPoint.validUntil.getTime() / 1000));
    if (parameters.expirationTime === 0n || parameters.expirationTime > latest) {
      throw invalidField(
        "body.message.expirationTime",
        `must be no later than the requested ${proofPoint.validUntil.toISOString()} (${latest})`,
      );
    }
  }
}
