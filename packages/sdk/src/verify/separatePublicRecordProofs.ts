import type { Hex } from "viem";
import { eventHashToLeaf } from "../hash/eventHashToLeaf.ts";
import type { PublicRecord, PublicRecordEvent, PublicRecordProofs } from "./publicRecord.ts";

export type SeparatePublicRecordProofsParameters<record extends PublicRecord> = record;
export type SeparatePublicRecordProofsReturnType<record extends PublicRecord> = {
  /** The record without Merkle proofs and disclosures: what a consumer page reads. */
  record: record;
  /** What Verify needs besides it (`verifyRecord({ record, proofs })`). */
  proofs: PublicRecordProofs;
};

/**
 * The anchored leaf an event of a record is known by, lowercase: its `leaf` (version 2), else its
 * event hash's (`eventHashToLeaf`); `undefined` when the record names neither well. The key of its
 * entry in `PublicRecordProofs`.
 *
 * @example
 * leafOfPublicRecordEvent({ eventHash: "ni:///sha-256;6ae9…?ver=CBV2.0", event, anchor: null }) // "0x6ae9…"
 */
export function leafOfPublicRecordEvent(
  event: Pick<PublicRecordEvent, "leaf" | "eventHash">,
): Hex | undefined {
  if (event.leaf) return event.leaf.toLowerCase() as Hex;
  try {
    return event.eventHash ? eventHashToLeaf(event.eventHash) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Splits a public record into the record a consumer page reads (no Merkle proofs, no disclosures)
 * and its proofs, keyed by anchored leaf, which only Verify needs (`verifyRecord({ record, proofs })`
 * puts them back). Other fields are kept as they are, `display` too.
 *
 * @example
 * const { record, proofs } = separatePublicRecordProofs(fullRecord);
 * await verifyRecord({ record, proofs, rpcUrl, deployment }); // as verifyRecord({ record: fullRecord, … })
 */
export function separatePublicRecordProofs<record extends PublicRecord>(
  full: SeparatePublicRecordProofsParameters<record>,
): SeparatePublicRecordProofsReturnType<record> {
  const leaves: PublicRecordProofs["leaves"] = {};
  const strip = <anchor extends PublicRecord["events"][number]["anchor"]>(
    leaf: Hex | undefined,
    anchor: anchor,
  ) => {
    if (anchor?.type !== "batch" || anchor.proof === undefined) return anchor;
    const { proof, ...rest } = anchor;
    if (leaf) leaves[leaf] = { ...leaves[leaf], proof };
    return rest as anchor;
  };
  const events = full.events.map((item) => {
    const leaf = leafOfPublicRecordEvent(item);
    if (!leaf) return item;
    const { disclosure, ...rest } = item;
    if (disclosure) leaves[leaf] = { ...leaves[leaf], disclosure };
    return { ...rest, anchor: strip(leaf, item.anchor) };
  });
  const hiddenSteps = full.hiddenSteps?.map((step) => ({
    ...step,
    anchor: strip(step.leaf.toLowerCase() as Hex, step.anchor),
  }));
  return {
    record: { ...full, events, ...(hiddenSteps ? { hiddenSteps } : {}) },
    proofs: { leaves },
  };
}
