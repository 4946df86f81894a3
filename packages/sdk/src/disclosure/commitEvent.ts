import type { Hex } from "viem";
import { DisclosureError } from "../errors/disclosure.ts";
import { computeFieldsRoot, computeLeafV2 } from "./computeLeafV2.ts";
import { createSalt } from "./createSalt.ts";
import { deriveEventSalts, type HmacSha256 } from "./deriveEventSalts.ts";
import { disclosureDigest } from "./disclosureDigest.ts";
import { splitEventFields } from "./splitEventFields.ts";
import type { EventSalts, FieldGroupName, Sha256Text } from "./types.ts";

export type CommitEventParameters = {
  /** The event as stored and served (JSON-LD form, with its `eventID`). */
  event: Record<string, unknown>;
  /** Its GS1 event hash (`computeEventHash`). */
  eventHash: string;
  /** The salts committed with before, to recompute (events committed with salts of their own). */
  salts?: EventSalts | undefined;
  /**
   * The seed the salts are derived from (`deriveEventSalts`), to recompute; without `salts` or a
   * seed, a fresh seed (`createSalt`).
   */
  saltSeed?: Hex | undefined;
  /** The SHA-256 to hash with; default viem's (runs anywhere). A server may pass a native one. */
  sha256?: ((bytes: Uint8Array) => Uint8Array) | undefined;
  /** Used instead of `sha256` when given: SHA-256 of a text as hex (`Sha256Text`), one call per commitment. */
  sha256Text?: Sha256Text | undefined;
  /** The keccak-256 of the leaf; default viem's (runs anywhere). A server may pass a faster one. */
  keccak256?: ((bytes: Uint8Array) => Uint8Array) | undefined;
  /** The HMAC-SHA256 that derives salts from the seed (`deriveEventSalts`). A server may pass a native one. */
  hmacSha256?: HmacSha256 | undefined;
};
export type CommitEventReturnType = {
  /** The version-2 leaf value to anchor. */
  leaf: Hex;
  eventHashCommitment: Hex;
  fieldsRoot: Hex;
  /** The commitment of each group the event has. */
  digests: Partial<Record<FieldGroupName, Hex>>;
  /** The salts: secret, never in a public record. */
  salts: EventSalts;
  /** The seed of the salts (secret, what is kept with the event), unless `salts` were given. */
  saltSeed: Hex | undefined;
};

/**
 * Commits to an event field group by field group (see `splitEventFields`), each with its own salt,
 * and to its GS1 event hash with another, all derived from one secret seed (`deriveEventSalts`): the version-2 leaf binds the event hash commitment and the
 * root of the field commitments. Any subset of groups can then be revealed (`discloseEvent`) and
 * verified (`verifyDisclosedEvent`) against the one anchored leaf. Throws `DisclosureError` when
 * given salts miss a group or are too short.
 *
 * @example
 * const { leaf, saltSeed } = commitEvent({ event, eventHash: computeEventHash({ event }) })
 */
export function commitEvent(parameters: CommitEventParameters): CommitEventReturnType {
  const { event, eventHash, sha256, sha256Text, keccak256 } = parameters;
  const groups = splitEventFields(event);
  const saltSeed = parameters.salts ? undefined : (parameters.saltSeed ?? createSalt());
  const salts: EventSalts =
    parameters.salts ??
    deriveEventSalts({
      seed: saltSeed as Hex,
      groups: Object.keys(groups) as FieldGroupName[],
      hmacSha256: parameters.hmacSha256,
    });
  const digests: Partial<Record<FieldGroupName, Hex>> = {};
  for (const [name, value] of Object.entries(groups)) {
    const salt = salts.fields[name as FieldGroupName];
    if (!salt) throw new DisclosureError({ reason: `no salt for the field group ${name}` });
    digests[name as FieldGroupName] = disclosureDigest({ salt, name, value, sha256, sha256Text });
  }
  const eventHashCommitment = disclosureDigest({
    salt: salts.eventHash,
    name: "eventHash",
    value: eventHash,
    sha256,
    sha256Text,
  });
  const fieldsRoot = computeFieldsRoot(digests as Record<string, Hex>, sha256, sha256Text);
  return {
    leaf: computeLeafV2({ eventHashCommitment, fieldsRoot, keccak256 }),
    eventHashCommitment,
    fieldsRoot,
    digests,
    salts,
    saltSeed,
  };
}
