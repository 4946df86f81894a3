import { buildDigitalLink } from "./buildDigitalLink.ts";
import { buildGs1DigitalLink } from "./buildGs1DigitalLink.ts";
import { epcUriToDigitalLink } from "./epcUriToDigitalLink.ts";
import { normalizeGln } from "./normalizeGln.ts";
import { parseDigitalLink } from "./parseDigitalLink.ts";

/**
 * How Tracemark names things in EPCIS events, and how it reads the names back. Identifiers are
 * GS1 Digital Link URIs on `https://id.gs1.org` (the form the EPCIS event hash canonicalises EPC
 * URIs to): an EPC URN needs the GS1 company prefix length, which our rows do not record, while a
 * Digital Link needs only the keys. `event_identifiers.value` always holds `canonicalIdentifier(…)`,
 * so `urn:epc:class:lgtin:…` captured by one organisation and the Digital Link of the same lot
 * captured by another meet in traces.
 */

const GS1 = "https://id.gs1.org";
/** The URN prefix of an organisation that has no GLN (`urn:tracemark:org:<id>`). */
export const ORG_URN = "urn:tracemark:org:";
/** The URN prefix of one of our locations that has no GLN (`urn:tracemark:location:<id>`). */
export const LOCATION_URN = "urn:tracemark:location:";

/**
 * The EPC class of a lot (the Digital Link form of `urn:epc:class:lgtin`).
 *
 * @example
 * lotClassUri("09520123456788", "L1") // "https://id.gs1.org/01/09520123456788/10/L1"
 */
export function lotClassUri(gtin: string, lotCode: string): string {
  return buildDigitalLink({ domain: GS1, gtin, lot: lotCode });
}

/**
 * A trade item by GTIN alone, the stem every lot's and serial's URI of it starts with.
 *
 * @example
 * tradeItemUri("9520123456788") // "https://id.gs1.org/01/09520123456788"
 */
export function tradeItemUri(gtin: string): string {
  return buildDigitalLink({ domain: GS1, gtin });
}

/**
 * The EPC of a serialised item (the Digital Link form of `urn:epc:id:sgtin`).
 *
 * @example
 * serialUri("09520123456788", "S1") // "https://id.gs1.org/01/09520123456788/21/S1"
 */
export function serialUri(gtin: string, serial: string): string {
  return buildDigitalLink({ domain: GS1, gtin, serial });
}

/**
 * A logistic unit (pallet, case) by its SSCC (the Digital Link form of `urn:epc:id:sscc`).
 *
 * @example
 * logisticUnitUri("095201234000000018") // "https://id.gs1.org/00/095201234000000018"
 */
export function logisticUnitUri(sscc: string): string {
  return buildGs1DigitalLink({ domain: GS1, key: "00", sscc });
}

/**
 * A location by GLN and optional extension (the Digital Link form of `urn:epc:id:sgln`), or, for
 * one of our locations that has no GLN, a Tracemark URN naming it.
 *
 * @example
 * locationUri({ gln: "9520123456788" }) // "https://id.gs1.org/414/9520123456788"
 */
export function locationUri(location: { id?: string; gln?: string | null; extension?: string }): string {
  if (location.gln) {
    const gln = normalizeGln(location.gln);
    return location.extension && location.extension !== "0"
      ? `${GS1}/414/${gln}/254/${encodeURIComponent(location.extension)}`
      : `${GS1}/414/${gln}`;
  }
  return `${LOCATION_URN}${location.id}`;
}

/**
 * A party (source/destination `owning_party`/`possessing_party`): its PGLN when it has a GLN,
 * else a Tracemark URN naming the organisation.
 *
 * @example
 * partyUri({ id: "…", gln: "9520123456788" }) // "https://id.gs1.org/417/9520123456788"
 */
export function partyUri(organization: { id: string; gln: string | null }): string {
  return organization.gln ? pglnUri(organization.gln) : `${ORG_URN}${organization.id}`;
}

/**
 * A party by its GLN (the Digital Link form of `urn:epc:id:pgln`).
 *
 * @example
 * pglnUri("9520123456788") // "https://id.gs1.org/417/9520123456788"
 */
export function pglnUri(gln: string): string {
  return `${GS1}/417/${gln}`;
}

/**
 * The GLN of a location identifier that names a whole location (an SGLN with extension 0, or a
 * Digital Link `/414/<gln>` without extension); `undefined` for anything else.
 *
 * @example
 * locationGlnOf("urn:epc:id:sgln:0614141.07346.0") // "0614141073467"
 */
export function locationGlnOf(uri: string): string | undefined {
  return /^https:\/\/id\.gs1\.org\/414\/(\d{13})$/.exec(canonicalIdentifier(uri))?.[1];
}

/** What a party or location URI names, as far as Tracemark can resolve it. */
export type PartyReference = { organizationId: string } | { gln: string } | { locationId: string };

/**
 * Reads a source/destination/location URI back: a PGLN or SGLN (URN or Digital Link) gives a GLN,
 * a Tracemark URN an organisation or location id. `undefined` for anything else.
 *
 * @example
 * parsePartyUri("urn:epc:id:pgln:9520123.45678") // { gln: "9520123456788" }
 */
export function parsePartyUri(uri: string): PartyReference | undefined {
  if (uri.startsWith(ORG_URN)) return { organizationId: uri.slice(ORG_URN.length) };
  if (uri.startsWith(LOCATION_URN)) return { locationId: uri.slice(LOCATION_URN.length) };
  const link = uri.startsWith("urn:epc:") ? epcUriToDigitalLink(uri) : uri;
  const gln = link && /^https?:\/\/[^/]+(?:\/[^?#]*)?\/(?:417|414)\/(\d{13})(?:[/?#]|$)/.exec(link)?.[1];
  return gln ? { gln } : undefined;
}

/**
 * The form an EPC or EPC class is stored and compared in: EPC URIs become their canonical Digital
 * Link, Digital Links of trade items are re-based on `https://id.gs1.org` without query
 * attributes, anything else stays as it is.
 *
 * @example
 * canonicalIdentifier("urn:epc:class:lgtin:4012345.012345.998877") // "https://id.gs1.org/01/04012345123456/10/998877"
 */
export function canonicalIdentifier(uri: string): string {
  if (uri.startsWith("urn:epc:")) return epcUriToDigitalLink(uri) ?? uri;
  if (/^https?:\/\/[^/]+(?:\/[^?#]*)?\/01\/\d/.test(uri)) {
    try {
      const { gtin, cpv, lot, serial } = parseDigitalLink(uri);
      return buildDigitalLink({ domain: GS1, gtin, cpv, lot, serial });
    } catch {
      return uri;
    }
  }
  return uri;
}

/** The trade item a canonical identifier names: a lot (GTIN + lot) or a serial (GTIN + serial). */
export type TradeItemKey = { gtin: string; lot?: string | undefined; serial?: string | undefined };

/**
 * The GTIN, lot and serial of a canonical trade-item identifier, or `undefined`.
 *
 * @example
 * tradeItemKey("https://id.gs1.org/01/09520123456788/10/L1") // { gtin: "09520123456788", lot: "L1" }
 */
export function tradeItemKey(canonical: string): TradeItemKey | undefined {
  if (!canonical.startsWith(`${GS1}/01/`)) return undefined;
  try {
    const { gtin, lot, serial } = parseDigitalLink(canonical);
    return { gtin, lot, serial };
  } catch {
    return undefined;
  }
}
