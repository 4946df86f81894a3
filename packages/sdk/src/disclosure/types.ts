import type { Hex } from "viem";

/**
 * The field groups of an event that a public record may withhold, each committed to on its own
 * (`splitEventFields` says which EPCIS fields each holds). `eventID` (with the ids a correction names)
 * is withheld with any other group, never chosen: it often equals the event hash (docs/privacy.md).
 */
export const disclosableFieldGroups = [
  "bizTransactions",
  "quantities",
  "sourceDestination",
  "sensorData",
  "ilmd",
  "extensions",
  "location",
  "eventID",
] as const;
export type DisclosableFieldGroup = (typeof disclosableFieldGroups)[number];
/** The groups an organisation chooses to withhold (all but `eventID`). */
export type WithholdableFieldGroup = Exclude<DisclosableFieldGroup, "eventID">;
export const withholdableFieldGroups = disclosableFieldGroups.filter(
  (group): group is WithholdableFieldGroup => group !== "eventID",
);
/** Every group of an event: the disclosable ones and `core`, the rest of the event, always revealed. */
export type FieldGroupName = DisclosableFieldGroup | "core";

/** What a person reads for each withheld group ("business transactions and quantities not public"). */
export const fieldGroupLabels: Record<DisclosableFieldGroup, string> = {
  bizTransactions: "business transactions (purchase orders, invoices…)",
  quantities: "quantities",
  sourceDestination: "source and destination",
  sensorData: "sensor data",
  ilmd: "lot details (ILMD)",
  extensions: "extension fields",
  location: "exact location",
  eventID: "event ids",
};

/**
 * The format of an anchored leaf: 1, the event hash digest (`eventHashToLeaf`); 2, a commitment to
 * the salted event hash and the root of the salted field commitments (`commitEvent`).
 */
export type LeafVersion = 1 | 2;
/** The leaf format new events are anchored with. */
export const currentLeafVersion = 2 satisfies LeafVersion;

/** The secret salts of an event's commitments: kept by its organisation, given to partners. */
export type EventSalts = {
  /** Salt of the event hash commitment. */
  eventHash: Hex;
  /** Salt per field group present in the event. */
  fields: Partial<Record<FieldGroupName, Hex>>;
};

/**
 * What a record carries to prove a (partly) disclosed event: the salts of the revealed groups, the
 * digests of the withheld ones, and either the event hash's salt (nothing withheld: the event hash is
 * public) or its salted commitment.
 */
export type EventDisclosure = {
  salts: Partial<Record<FieldGroupName, Hex>>;
  withheld: Partial<Record<DisclosableFieldGroup, Hex>>;
  eventHashSalt?: Hex | undefined;
  eventHashCommitment?: Hex | undefined;
};

/**
 * SHA-256 of a text's UTF-8 bytes, as 0x-prefixed lowercase hex: what a commitment hashes, in one
 * call. A server committing many events may pass a native one (Node's `crypto.hash` hashes a string
 * without the byte array and hex conversion the `sha256` of bytes needs around it).
 */
export type Sha256Text = (text: string) => Hex;
