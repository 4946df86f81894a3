import { type Address, encodePacked, type Hex, keccak256 } from "viem";
import type { AuditSubjectKind } from "./types.ts";

/** Tracemark's EAS audit schema, as `TracemarkAuditResolver.AUDIT_SCHEMA` declares it. */
export const auditSchema =
  "bytes16 orgId,uint8 subjectKind,bytes32 subject,string claim,bytes32 evidenceHash";

/** The ABI parameters of the audit schema, for encoding and decoding attestation data. */
export const auditSchemaParameters = [
  { name: "orgId", type: "bytes16" },
  { name: "subjectKind", type: "uint8" },
  { name: "subject", type: "bytes32" },
  { name: "claim", type: "string" },
  { name: "evidenceHash", type: "bytes32" },
] as const;

/** `subjectKind` codes of the audit schema. */
export const subjectKindCodes: Record<AuditSubjectKind, number> = { lot: 1, event: 2, batch: 3 };

/**
 * The UID of the audit schema registered with `resolver` (revocable), as EAS's SchemaRegistry
 * computes it: `keccak256(abi.encodePacked(schema, resolver, true))`.
 *
 * @example
 * getAuditSchemaUid("0x5FbDB2315678afecb367f032d93F642f64180aa3")
 */
export function getAuditSchemaUid(resolver: Address): Hex {
  return keccak256(encodePacked(["string", "address", "bool"], [auditSchema, resolver, true]));
}
