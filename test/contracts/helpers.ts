import type { NetworkConnection } from "hardhat/types/network";
import {
  type Address,
  encodeAbiParameters,
  encodePacked,
  type Hex,
  keccak256,
  parseAbiParameters,
  toHex,
} from "viem";
import TracemarkModule from "../../ignition/modules/Tracemark.ts";

/** Deploys everything through the same Ignition module as production, on a fresh in-process chain. */
export async function deployTracemark(connection: NetworkConnection) {
  const deployed = await connection.ignition.deploy(TracemarkModule);
  const auditSchema = await deployed.resolver.read.AUDIT_SCHEMA();
  return {
    ...deployed,
    auditSchema,
    auditSchemaUid: keccak256(
      encodePacked(["string", "address", "bool"], [auditSchema, deployed.resolver.address, true]),
    ),
  };
}

/** A 16-byte organisation id from a readable name. */
export function orgIdOf(name: string): Hex {
  return keccak256(toHex(name)).slice(0, 34) as Hex;
}

/** The data of a Tracemark audit attestation, encoded per `TracemarkAuditResolver.AUDIT_SCHEMA`. */
export function encodeAudit(audit: {
  orgId: Hex;
  subjectKind: number;
  subject: Hex;
  claim: string;
  evidenceHash: Hex;
}): Hex {
  return encodeAbiParameters(
    parseAbiParameters("bytes16 orgId,uint8 subjectKind,bytes32 subject,string claim,bytes32 evidenceHash"),
    [audit.orgId, audit.subjectKind, audit.subject, audit.claim, audit.evidenceHash],
  );
}

/** EAS's EIP-712 types for delegated attestation and revocation (EIP1271Verifier.sol). */
export const easTypes = {
  Attest: [
    { name: "attester", type: "address" },
    { name: "schema", type: "bytes32" },
    { name: "recipient", type: "address" },
    { name: "expirationTime", type: "uint64" },
    { name: "revocable", type: "bool" },
    { name: "refUID", type: "bytes32" },
    { name: "data", type: "bytes" },
    { name: "value", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint64" },
  ],
  Revoke: [
    { name: "revoker", type: "address" },
    { name: "schema", type: "bytes32" },
    { name: "uid", type: "bytes32" },
    { name: "value", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint64" },
  ],
} as const;

/** EAS's EIP-712 domain (EAS.sol: `EIP1271Verifier("EAS", "1.4.0")`). */
export function easDomain(chainId: number, eas: Address) {
  return { name: "EAS", version: "1.4.0", chainId, verifyingContract: eas } as const;
}

/** Splits a 65-byte signature into EAS's `Signature { v, r, s }`. */
export function splitSignature(signature: Hex): { v: number; r: Hex; s: Hex } {
  return {
    r: `0x${signature.slice(2, 66)}`,
    s: `0x${signature.slice(66, 130)}`,
    v: Number.parseInt(signature.slice(130, 132), 16),
  };
}

type Tuple<T, N extends number, R extends T[] = []> = R["length"] extends N ? R : Tuple<T, N, [T, ...R]>;

/** The first `count` items, typed as a tuple (e.g. wallet clients), or an error if there are fewer. */
export function take<T, N extends number>(items: readonly T[], count: N): Tuple<T, N> {
  if (items.length < count) throw new Error(`expected at least ${count} items, got ${items.length}`);
  return items.slice(0, count) as Tuple<T, N>;
}
