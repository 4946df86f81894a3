import { encodeAbiParameters, type Hex, keccak256, sha256, stringToBytes } from "viem";
import { canonicalJson } from "./canonicalJson.ts";

/** The domain tag of version-2 leaves: no v2 leaf is computed the way a v1 leaf (a SHA-256 event hash digest) is. */
export const leafV2Tag = "tracemark.leaf.v2";

/**
 * The root of an event's field commitments: the SHA-256 of the canonical JSON of `{ group: digest }`
 * over every group of the event, revealed and withheld alike.
 *
 * @example
 * computeFieldsRoot({ core: "0x…", quantities: "0x…" })
 */
export function computeFieldsRoot(digests: Readonly<Record<string, Hex>>): Hex {
  return sha256(stringToBytes(canonicalJson(digests)));
}

export type ComputeLeafV2Parameters = {
  /** The salted commitment to the event's GS1 event hash (`disclosureDigest` named `eventHash`). */
  eventHashCommitment: Hex;
  /** `computeFieldsRoot` of the event's field commitments. */
  fieldsRoot: Hex;
};

/**
 * The version-2 leaf value anchored for an event: `keccak256(abi.encode("tracemark.leaf.v2",
 * eventHashCommitment, fieldsRoot))`, a `bytes32` like a v1 leaf, so Merkle batches, `anchorEvent`
 * and the contracts stay as they are.
 *
 * @example
 * computeLeafV2({ eventHashCommitment, fieldsRoot })
 */
export function computeLeafV2({ eventHashCommitment, fieldsRoot }: ComputeLeafV2Parameters): Hex {
  return keccak256(
    encodeAbiParameters(
      [{ type: "string" }, { type: "bytes32" }, { type: "bytes32" }],
      [leafV2Tag, eventHashCommitment, fieldsRoot],
    ),
  );
}
