import type { Hex } from "viem";
import { DisclosureError } from "../errors/disclosure.ts";
import { commitEvent } from "./commitEvent.ts";
import type { HmacSha256 } from "./deriveEventSalts.ts";
import { splitEventFields } from "./splitEventFields.ts";
import type { DisclosableFieldGroup, EventDisclosure, EventSalts, FieldGroupName } from "./types.ts";

export type DiscloseEventParameters = {
  /** The whole event, as committed to. */
  event: Record<string, unknown>;
  eventHash: string;
  /** The salts it was committed with, for an event committed with salts of its own; else `saltSeed`. */
  salts?: EventSalts | undefined;
  /** The seed its salts derive from (`deriveEventSalts`). */
  saltSeed?: Hex | undefined;
  /**
   * The groups to withhold; those the event does not have are ignored. `eventID` alone hides the ids
   * the event names (its own and, in a correction, those of the events it concerns) and its hash.
   */
  withhold: readonly DisclosableFieldGroup[];
  /** The SHA-256 to hash with; default viem's (runs anywhere). A server may pass a native one. */
  sha256?: ((bytes: Uint8Array) => Uint8Array) | undefined;
  /** The HMAC-SHA256 that derives salts from `saltSeed`. A server may pass a native one. */
  hmacSha256?: HmacSha256 | undefined;
};
export type DiscloseEventReturnType = {
  /** The event without the withheld groups' members. */
  event: Record<string, unknown>;
  /** The GS1 event hash, only when nothing is withheld. */
  eventHash: string | undefined;
  /** The anchored version-2 leaf. */
  leaf: Hex;
  disclosure: EventDisclosure;
  /** The groups withheld, `eventID` included when any is. */
  withheld: DisclosableFieldGroup[];
};

/**
 * What a record may show of an event whose fields `withhold` are not public: the event without
 * them, the salts of what it shows, the digests of what it withholds. With any group withheld the
 * event's `eventID` is withheld too and neither the event hash nor its salt is given (with the
 * revealed fields, the bare event hash would let anyone test guesses of a hidden value), only its
 * salted commitment. With nothing withheld, the event hash and its salt are given, so a verifier
 * checks the GS1 event hash as well.
 *
 * @example
 * const shown = discloseEvent({ event, eventHash, saltSeed, withhold: ["bizTransactions", "quantities"] })
 */
export function discloseEvent(parameters: DiscloseEventParameters): DiscloseEventReturnType {
  const { event, eventHash, sha256 } = parameters;
  if (!parameters.salts && !parameters.saltSeed)
    throw new DisclosureError({ reason: "an event is disclosed with its salts or their seed" });
  const groups = splitEventFields(event);
  const { leaf, digests, eventHashCommitment, salts } = commitEvent({
    event,
    eventHash,
    salts: parameters.salts,
    saltSeed: parameters.saltSeed,
    sha256,
    hmacSha256: parameters.hmacSha256,
  });
  const withheld = parameters.withhold.filter(
    (group) => groups[group] !== undefined,
  ) as DisclosableFieldGroup[];
  if (withheld.length > 0 && groups.eventID && !withheld.includes("eventID")) withheld.push("eventID");
  const shown: Record<string, unknown> = {};
  const disclosure: EventDisclosure = { salts: {}, withheld: {} };
  for (const [name, members] of Object.entries(groups) as [FieldGroupName, Record<string, unknown>][]) {
    if (withheld.includes(name as DisclosableFieldGroup)) {
      disclosure.withheld[name as DisclosableFieldGroup] = digests[name];
    } else {
      Object.assign(shown, members);
      disclosure.salts[name] = salts.fields[name];
    }
  }
  if (withheld.length === 0) disclosure.eventHashSalt = salts.eventHash;
  else disclosure.eventHashCommitment = eventHashCommitment;
  return {
    event: Object.fromEntries(Object.keys(event).flatMap((key) => (key in shown ? [[key, shown[key]]] : []))),
    eventHash: withheld.length === 0 ? eventHash : undefined,
    leaf,
    disclosure,
    withheld,
  };
}
