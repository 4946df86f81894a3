/**
 * The keys trace search finds an event by, one rule for the capture worker that stores them and the
 * search that asks with them.
 */

/**
 * An event's business transaction keys: each `bizTransaction` lower-cased, and its reference (what
 * follows the last `:` or `/`), so `PO-4711` finds `urn:epcglobal:cbv:bt:0614141073467:PO-4711`.
 *
 * @example
 * bizTransactionSearchKeys({ bizTransactionList: [{ bizTransaction: "urn:epcglobal:cbv:bt:0614141073467:PO-4711" }] })
 * // ["urn:epcglobal:cbv:bt:0614141073467:po-4711", "po-4711"]
 */
export function bizTransactionSearchKeys(event: Readonly<Record<string, unknown>>): string[] {
  const list = event.bizTransactionList;
  if (!Array.isArray(list)) return [];
  const keys = new Set<string>();
  for (const item of list) {
    const value = (item as { bizTransaction?: unknown } | null)?.bizTransaction;
    if (typeof value !== "string") continue;
    const lower = lowerCase(value);
    if (lower !== "") keys.add(lower);
    const reference = /[:/]([^:/]+)\/?$/.exec(lower)?.[1];
    if (reference) keys.add(reference);
  }
  return [...keys];
}

/**
 * A place's key: `gln:` and the GLN's first 12 digits (without the check digit, which an SGLN leaves
 * out) for an SGLN or a Digital Link with 414/417, else the URI lower-cased — so a read point or
 * business location is found by its GLN whichever way it was written.
 *
 * @example
 * placeSearchKey("urn:epc:id:sgln:0614141.00777.0") // "gln:061414100777"
 * placeSearchKey("https://id.gs1.org/414/0614141007772") // "gln:061414100777"
 */
export function placeSearchKey(uri: string): string {
  const sgln = /^urn:epc:id:sgln:([0-9]+)\.([0-9]*)\./.exec(uri);
  if (sgln) return `gln:${sgln[1]}${sgln[2]}`;
  const digitalLink = /\/41[47]\/([0-9]{13})/.exec(uri);
  if (digitalLink?.[1]) return `gln:${digitalLink[1].slice(0, 12)}`;
  return lowerCase(uri);
}

/**
 * Lower case one code point at a time, by Unicode's simple mappings, as Postgres's `lower()` does (the
 * keys of events stored before were computed there): `String.prototype.toLowerCase` applies the
 * special mappings too, turning "İ" into two code points and a word-final "Σ" into "ς".
 */
function lowerCase(text: string): string {
  let lower = "";
  for (const c of text) lower += c === "\u0130" ? "i" : c.toLowerCase();
  return lower;
}
