import type { Address, Hex } from "viem";

/** The EIP-712 domain of the deployed EAS contract: name "EAS", its `version()`, the chain and its address. */
export type EasDomain = {
  name: string;
  version: string;
  chainId: number;
  verifyingContract: Address;
};

/** What an audit attestation is about, as the audit schema's `subjectKind` encodes it. */
export type AuditSubjectKind = "lot" | "event" | "batch";

/** The fields of Tracemark's audit schema `bytes16 orgId,uint8 subjectKind,bytes32 subject,string claim,bytes32 evidenceHash`. */
export type AuditData = {
  /** The audited organisation's id in TracemarkRegistry (`bytes16`). */
  orgId: Hex;
  subjectKind: AuditSubjectKind;
  /** The lot key (`lotKeyOf(gtin, lot)`), the event hash digest, or the batch's Merkle root. */
  subject: Hex;
  /** What the auditor asserts, e.g. "EU organic (EC 2018/848) compliant". */
  claim: string;
  /** A hash of the evidence kept off chain. */
  evidenceHash: Hex;
};
