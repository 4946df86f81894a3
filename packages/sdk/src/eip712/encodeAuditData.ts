import { decodeAbiParameters, encodeAbiParameters, type Hex } from "viem";
import { TracemarkError } from "../errors/base.ts";
import { auditSchemaParameters, subjectKindCodes } from "./auditSchema.ts";
import type { AuditData, AuditSubjectKind } from "./types.ts";

/**
 * ABI-encodes audit attestation data for Tracemark's EAS audit schema.
 *
 * @example
 * encodeAuditData({ orgId, subjectKind: "lot", subject: lotKey, claim: "Organic", evidenceHash })
 */
export function encodeAuditData(data: AuditData): Hex {
  return encodeAbiParameters(auditSchemaParameters, [
    data.orgId,
    subjectKindCodes[data.subjectKind],
    data.subject,
    data.claim,
    data.evidenceHash,
  ]);
}

/**
 * Decodes the data of an attestation made with Tracemark's audit schema. Throws `TracemarkError`
 * if it does not decode or names an unknown subject kind.
 *
 * @example
 * decodeAuditData(attestation.data).claim
 */
export function decodeAuditData(data: Hex): AuditData {
  let values: readonly [Hex, number, Hex, string, Hex];
  try {
    values = decodeAbiParameters(auditSchemaParameters, data);
  } catch (cause) {
    throw new TracemarkError("Attestation data does not follow the Tracemark audit schema.", { cause });
  }
  const [orgId, code, subject, claim, evidenceHash] = values;
  const kind = (Object.keys(subjectKindCodes) as AuditSubjectKind[]).find(
    (k) => subjectKindCodes[k] === code,
  );
  if (kind === undefined) throw new TracemarkError(`Attestation data has an unknown subject kind ${code}.`);
  return { orgId, subjectKind: kind, subject, claim, evidenceHash };
}
