import type { DisclosableFieldGroup, FieldGroupName } from "./types.ts";

/** The EPCIS fields of each disclosable group but `extensions` (every namespaced member, `prefix:name`). */
const fieldsOfGroup: Record<Exclude<DisclosableFieldGroup, "extensions">, readonly string[]> = {
  bizTransactions: ["bizTransactionList"],
  quantities: ["quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList"],
  sourceDestination: ["sourceList", "destinationList"],
  sensorData: ["sensorElementList"],
  ilmd: ["ilmd"],
  location: ["readPoint", "bizLocation"],
  // Ids of this and other events: `eventID` often equals the event hash, and a correction names the
  // events it concerns by theirs (`errorDeclaration.correctiveEventIDs`, `tm:declares`).
  eventID: ["eventID", "errorDeclaration", "tm:declares"],
};
const groupOfField = new Map<string, DisclosableFieldGroup>(
  Object.entries(fieldsOfGroup).flatMap(([group, fields]) =>
    fields.map((field) => [field, group as DisclosableFieldGroup] as const),
  ),
);

export type SplitEventFieldsParameters = Record<string, unknown>;
/** The event's top-level members by group; a group the event has no member of is absent; `core` is always there. */
export type SplitEventFieldsReturnType = Partial<Record<FieldGroupName, Record<string, unknown>>> & {
  core: Record<string, unknown>;
};

/**
 * Cuts an EPCIS event (JSON-LD form) into the groups it is committed to by: each disclosable group
 * (see `disclosableFieldGroups`) holds its top-level members, `extensions` every namespaced member
 * (`prefix:name`, not `@context`, nor `tm:declares`, which goes with the event ids), and `core` the
 * rest (type, times, action, step, disposition, EPCs, `@context`). Joining the groups gives the event back.
 *
 * @example
 * splitEventFields(event).quantities // { quantityList: [...] }
 */
export function splitEventFields(event: SplitEventFieldsParameters): SplitEventFieldsReturnType {
  const groups: SplitEventFieldsReturnType = { core: {} };
  for (const [field, value] of Object.entries(event)) {
    if (value === undefined) continue;
    const group: FieldGroupName =
      groupOfField.get(field) ?? (!field.startsWith("@") && field.includes(":") ? "extensions" : "core");
    groups[group] ??= {};
    (groups[group] as Record<string, unknown>)[field] = value;
  }
  return groups;
}
