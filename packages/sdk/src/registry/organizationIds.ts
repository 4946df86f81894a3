import { bytesToHex, type Hex } from "viem";

/**
 * An organisation's registry id (`bytes16` in `TracemarkRegistry`, `chainOrgId` in the database): 16
 * bytes, 0x-hex, compared in lower case. Organisations admitted since 2026-12-04 get a random one
 * (`newRegistryOrgId`); those admitted before kept their UUID's bytes (`legacyRegistryOrgIdOf`),
 * because their anchors, recalls and attestations on chain name it. Nothing may derive a new
 * organisation's registry id from its UUID.
 */
export type RegistryOrgId = Hex;

/** The registry id of an organisation not admitted yet (it has none): bytes16 zero, which names no one on chain. */
export const unadmittedRegistryOrgId = `0x${"0".repeat(32)}` as const;

/**
 * A fresh registry id: 16 random bytes, 0x-hex, lower case.
 *
 * @example
 * newRegistryOrgId() // "0x5f1c…" (32 hex digits)
 */
export function newRegistryOrgId(): RegistryOrgId {
  return bytesToHex(globalThis.crypto.getRandomValues(new Uint8Array(16)));
}

/**
 * The registry id organisations admitted before random ids (2026-12-04) received: their UUID as bytes16.
 *
 * @example
 * legacyRegistryOrgIdOf("2f0c8a4e-…") // "0x2f0c8a4e…"
 */
export function legacyRegistryOrgIdOf(organizationId: string): RegistryOrgId {
  return `0x${organizationId.replaceAll("-", "").toLowerCase()}`;
}

/**
 * The form registry ids are compared and used as map keys in: lower case.
 *
 * @example
 * registryOrgIdKey("0xAB…") // "0xab…"
 */
export function registryOrgIdKey(orgId: string): RegistryOrgId {
  return orgId.toLowerCase() as RegistryOrgId;
}

/**
 * How an organisation is named publicly (public records, Verify): its registry id, or
 * `unadmittedRegistryOrgId` before it is admitted; never anything derived from its internal id.
 *
 * @example
 * publicRegistryOrgIdOf(org.chainOrgId) // "0x5f1c…"
 */
export function publicRegistryOrgIdOf(chainOrgId: string | null): RegistryOrgId {
  return (chainOrgId ?? unadmittedRegistryOrgId) as RegistryOrgId;
}
