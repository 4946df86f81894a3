import type { Hex } from "viem";
import { computeEventHash } from "../hash/computeEventHash.ts";
import type { EventHashRuleVersion, JsonLdContext } from "../hash/types.ts";
import { computeFieldsRoot, computeLeafV2 } from "./computeLeafV2.ts";
import { disclosureDigest } from "./disclosureDigest.ts";
import { splitEventFields } from "./splitEventFields.ts";
import { disclosableFieldGroups, type EventDisclosure } from "./types.ts";

export type VerifyDisclosedEventParameters = {
  /** The event as shown: its revealed groups only. */
  event: Record<string, unknown>;
  disclosure: EventDisclosure;
  /** The GS1 event hash the record claims, only when nothing is withheld. */
  eventHash?: string | undefined;
  context?: JsonLdContext | undefined;
  hashVersion?: EventHashRuleVersion | undefined;
};
export type VerifyDisclosedEventReturnType =
  | { ok: true; leaf: Hex; withheld: string[] }
  | { ok: false; reasons: string[]; withheld: string[] };

const bytes32 = /^0x[0-9a-fA-F]{64}$/;

/**
 * Recomputes the version-2 leaf of a (partly) disclosed event: each revealed group's commitment
 * from its salt and the members the event shows, the withheld groups' digests as given, their root,
 * and the event hash commitment — from the event hash and its salt when nothing is withheld (the
 * GS1 event hash of the whole event is then checked too), else as given. A revealed group altered,
 * added or dropped changes a commitment, so the leaf no longer matches the anchored one; a group
 * shown without its salt, or both shown and withheld, fails here. Never throws.
 *
 * @example
 * const result = verifyDisclosedEvent({ event: item.event, disclosure: item.disclosure })
 * if (result.ok) verifyMerkleProof({ root, leaf: result.leaf, proof })
 */
export function verifyDisclosedEvent(
  parameters: VerifyDisclosedEventParameters,
): VerifyDisclosedEventReturnType {
  const { event, disclosure, eventHash } = parameters;
  const reasons: string[] = [];
  const withheld = Object.keys(disclosure.withheld);
  try {
    const groups = splitEventFields(event);
    const digests: Record<string, Hex> = {};
    for (const [name, value] of Object.entries(groups)) {
      const salt = disclosure.salts[name as keyof EventDisclosure["salts"]];
      if (!salt) reasons.push(`The event shows ${name} fields without their disclosure salt.`);
      else digests[name] = disclosureDigest({ salt, name, value });
    }
    for (const name of Object.keys(disclosure.salts)) {
      if (!(name in groups)) reasons.push(`The disclosed field group ${name} is missing from the event.`);
    }
    for (const [name, digest] of Object.entries(disclosure.withheld)) {
      if (!(disclosableFieldGroups as readonly string[]).includes(name))
        reasons.push(`${name} is not a field group that can be withheld.`);
      else if (name in groups) reasons.push(`The field group ${name} is both shown and withheld.`);
      else if (!digest || !bytes32.test(digest))
        reasons.push(`The digest of withheld ${name} is not 32 bytes.`);
      else digests[name] = digest.toLowerCase() as Hex;
    }
    let eventHashCommitment: Hex | undefined;
    if (disclosure.eventHashSalt !== undefined) {
      if (withheld.length > 0) reasons.push("The event hash is disclosed although fields are withheld.");
      const computed = computeEventHash({
        event,
        context: parameters.context,
        hashVersion: parameters.hashVersion,
      });
      if (eventHash !== undefined && computed !== eventHash)
        reasons.push(
          `The event's content does not match its id: it hashes to ${computed}, not ${eventHash}.`,
        );
      eventHashCommitment = disclosureDigest({
        salt: disclosure.eventHashSalt,
        name: "eventHash",
        value: computed,
      });
    } else if (disclosure.eventHashCommitment && bytes32.test(disclosure.eventHashCommitment)) {
      if (eventHash !== undefined)
        reasons.push("The record gives an event hash without the salt to check it.");
      eventHashCommitment = disclosure.eventHashCommitment.toLowerCase() as Hex;
    } else {
      reasons.push("The record gives neither the event hash's salt nor its commitment.");
    }
    if (reasons.length > 0 || !eventHashCommitment) return { ok: false, reasons, withheld };
    return {
      ok: true,
      leaf: computeLeafV2({ eventHashCommitment, fieldsRoot: computeFieldsRoot(digests) }),
      withheld,
    };
  } catch (error) {
    reasons.push(`The disclosed event cannot be checked: ${(error as Error).message.split("\n")[0]}`);
    return { ok: false, reasons, withheld };
  }
}
