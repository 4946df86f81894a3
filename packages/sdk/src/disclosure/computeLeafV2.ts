import {
  bytesToHex,
  encodeAbiParameters,
  type Hex,
  hexToBytes,
  keccak256,
  sha256,
  stringToBytes,
  zeroHash,
} from "viem";
import { canonicalJson } from "./canonicalJson.ts";
import type { Sha256Text } from "./types.ts";

/** The domain tag of version-2 leaves: no v2 leaf is computed the way a v1 leaf (a SHA-256 event hash digest) is. */
export const leafV2Tag = "tracemark.leaf.v2";

/**
 * The root of an event's field commitments: the SHA-256 of the canonical JSON of `{ group: digest }`
 * over every group of the event, revealed and withheld alike.
 *
 * @example
 * computeFieldsRoot({ core: "0x…", quantities: "0x…" })
 * // `hash`: a SHA-256 to use instead of viem's (a server may pass a native one); `hashText`, one of text (`Sha256Text`) used instead of both
 */
export function computeFieldsRoot(
  digests: Readonly<Record<string, Hex>>,
  hash: ((bytes: Uint8Array) => Uint8Array) | undefined = undefined,
  hashText: Sha256Text | undefined = undefined,
): Hex {
  const text = canonicalJson(digests);
  if (hashText) return hashText(text);
  const bytes = stringToBytes(text);
  return hash ? bytesToHex(hash(bytes)) : sha256(bytes);
}

export type ComputeLeafV2Parameters = {
  /** The salted commitment to the event's GS1 event hash (`disclosureDigest` named `eventHash`). */
  eventHashCommitment: Hex;
  /** `computeFieldsRoot` of the event's field commitments. */
  fieldsRoot: Hex;
  /** The keccak-256 to hash with; default viem's (runs anywhere). A server may pass a faster one. */
  keccak256?: ((bytes: Uint8Array) => Uint8Array) | undefined;
};

/**
 * The version-2 leaf value anchored for an event: `keccak256(abi.encode("tracemark.leaf.v2",
 * eventHashCommitment, fieldsRoot))`, a `bytes32` like a v1 leaf, so Merkle batches, `anchorEvent`
 * and the contracts stay as they are.
 *
 * @example
 * computeLeafV2({ eventHashCommitment, fieldsRoot })
 */
export function computeLeafV2({
  eventHashCommitment,
  fieldsRoot,
  keccak256: hash,
}: ComputeLeafV2Parameters): Hex {
  // The ABI encoding is the tag's, constant, with the two words at bytes 32 and 64 (after the
  // string's offset): encoded once, then patched, as `abi.encode` would lay it out.
  encodedTag ??= hexToBytes(
    encodeAbiParameters(
      [{ type: "string" }, { type: "bytes32" }, { type: "bytes32" }],
      [leafV2Tag, zeroHash, zeroHash],
    ),
  );
  const encoded = encodedTag.slice();
  encoded.set(hexToBytes(eventHashCommitment), 32);
  encoded.set(hexToBytes(fieldsRoot), 64);
  return hash ? bytesToHex(hash(encoded)) : keccak256(encoded);
}

let encodedTag: Uint8Array | undefined;
