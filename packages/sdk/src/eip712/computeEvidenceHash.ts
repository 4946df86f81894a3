import { concat, type Hex, keccak256 } from "viem";
import { TracemarkError } from "../errors/base.ts";

/**
 * The audit schema's `evidenceHash` for a set of evidence documents, given their SHA-256 hashes:
 * one document's own hash, so that an EAS explorer shows the file's hash; for several, the
 * keccak256 of their hashes sorted and concatenated (the order they were listed in does not count).
 * Verify recomputes it from the documents the consumer page shows.
 *
 * @example
 * computeEvidenceHash(["0x9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"])
 */
export function computeEvidenceHash(hashes: readonly Hex[]): Hex {
  const unique = [...new Set(hashes.map((h) => h.toLowerCase() as Hex))].sort();
  if (unique.length === 0) throw new TracemarkError("Evidence needs at least one document hash.");
  if (unique.some((h) => !/^0x[0-9a-f]{64}$/.test(h))) {
    throw new TracemarkError("An evidence hash must be 0x and 32 bytes of hex.");
  }
  if (unique.length === 1) return unique[0] as Hex;
  return keccak256(concat(unique));
}
