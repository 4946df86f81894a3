import { canonicalIdentifier } from "./tracemarkIdentifiers.ts";

/**
 * How to find an identifier stored as it was captured, whichever form the query gives: the exact
 * strings it may be stored as, and POSIX regular expressions (Postgres `~`) for its GS1 Digital
 * Link on any domain.
 */
export type IdentifierSpellings = { exact: string[]; patterns: string[] };

// A GS1 key's Digital Link path on any domain, with or without a query string or fragment.
const anyDomain = (path: string) => `^https?://[^?#]*${escapeRegex(path)}([?#].*)?$`;
const LINK = /^https?:\/\/[^?#]*?\/(01|00|414|417)\/(\d+)(?:\/(10|21|254)\/([^/?#]+))?(?:[?#].*)?$/;

/**
 * Every spelling of a GS1 identifier: an EPC URI (`urn:epc:id:sgln:0614141.07346.1234`) and its
 * Digital Link (`https://id.gs1.org/414/0614141073467/254/1234`) find each other. A Digital Link
 * does not say where the company prefix ends, so its EPC URI is given for every prefix length
 * GS1 allows (6 to 12 digits). Anything else is matched as written.
 *
 * @example
 * identifierSpellings("https://id.gs1.org/417/0614141000005").exact // […, "urn:epc:id:pgln:0614141.00000", …]
 */
export function identifierSpellings(uri: string): IdentifierSpellings {
  const canonical = canonicalIdentifier(uri);
  const exact = new Set([uri, canonical]);
  const patterns = new Set<string>();
  const link = LINK.exec(canonical);
  if (link) {
    const [, ai = "", key = "", qualifier, rawValue] = link;
    const value = rawValue === undefined ? undefined : decodeURIComponent(rawValue);
    patterns.add(anyDomain(`/${ai}/${key}${qualifier ? `/${qualifier}/${rawValue}` : ""}`));
    for (const urn of epcUris(ai, key, qualifier, value)) exact.add(urn);
  }
  return { exact: [...exact], patterns: [...patterns] };
}

/**
 * A location and every location within it (EPCIS `WD_readPoint`/`WD_bizLocation`). Tracemark's
 * hierarchy is GS1's own: a GLN without an extension (or with extension `0`) names a site, and
 * each of its extensions (`/254/…`, the SGLN's third field) a sub-location of that site. A
 * sub-location has none below it; a location that is not a GLN has only itself.
 *
 * @example
 * locationWithDescendants("urn:epc:id:sgln:0614141.07346.0").patterns // matches …/414/0614141073467/254/any
 */
export function locationWithDescendants(uri: string): IdentifierSpellings {
  const spellings = identifierSpellings(uri);
  const link = LINK.exec(canonicalIdentifier(uri));
  if (link?.[1] !== "414" || (link[3] === "254" && link[4] !== "0")) return spellings;
  const gln = link[2] ?? "";
  const patterns = new Set(spellings.patterns);
  patterns.add(`^https?://[^?#]*/414/${gln}(/254/[^/?#]+)?([?#].*)?$`);
  for (const [prefix, reference] of splits(gln.slice(0, 12))) {
    patterns.add(`^urn:epc:id:sgln:${prefix}\\.${reference}\\.[^.]+$`);
  }
  return { exact: spellings.exact, patterns: [...patterns] };
}

/**
 * What an identifier an event names is, by its EPC URI scheme or Digital Link keys: a logistic unit
 * (`container`, an SSCC), one serialised trade item (`item`, an SGTIN), a class of trade items
 * (`class`: a GTIN, its lot, or an EPC pattern), or anything else (`other`).
 *
 * @example
 * identifierKind("urn:epc:id:sscc:0614141.1234567890") // "container"
 */
export function identifierKind(value: string): "container" | "item" | "class" | "other" {
  if (/^urn:epc:id:sscc:|\/00\/\d{18}/.test(value)) return "container";
  if (/^urn:epc:id:sgtin:|\/01\/\d{14}\/(?:10\/[^/]+\/)?21\//.test(value)) return "item";
  if (/^urn:epc:(class|idpat):|\/01\/\d{14}/.test(value)) return "class";
  return "other";
}

/** The EPC URIs a key (and its lot, serial or extension) may have been captured as. */
function epcUris(ai: string, key: string, qualifier?: string, value?: string): string[] {
  if ((ai === "414" || ai === "417") && key.length === 13) {
    const extension = qualifier === "254" ? value : "0";
    return splits(key.slice(0, 12)).map(([prefix, reference]) =>
      ai === "414"
        ? `urn:epc:id:sgln:${prefix}.${reference}.${extension}`
        : `urn:epc:id:pgln:${prefix}.${reference}`,
    );
  }
  if (ai === "00" && key.length === 18) {
    return splits(key.slice(1, 17)).map(
      ([prefix, reference]) => `urn:epc:id:sscc:${prefix}.${key[0]}${reference}`,
    );
  }
  if (ai === "01" && key.length === 14 && value !== undefined && (qualifier === "10" || qualifier === "21")) {
    return splits(key.slice(1, 13)).map(([prefix, reference]) =>
      qualifier === "21"
        ? `urn:epc:id:sgtin:${prefix}.${key[0]}${reference}.${value}`
        : `urn:epc:class:lgtin:${prefix}.${key[0]}${reference}.${value}`,
    );
  }
  return [];
}

/** `digits` cut into a company prefix of 6 to 12 digits and the rest. */
function splits(digits: string): [string, string][] {
  const cuts: [string, string][] = [];
  for (let length = 6; length <= Math.min(12, digits.length); length++) {
    cuts.push([digits.slice(0, length), digits.slice(length)]);
  }
  return cuts;
}

function escapeRegex(value: string): string {
  return value.replaceAll(/[\\^$.*+?()[\]{}|]/g, (c) => `\\${c}`);
}
