import { computeCheckDigit } from "./computeCheckDigit.ts";

export type EpcUriToDigitalLinkParameters = string;
/** The canonical GS1 Digital Link URI (on `https://id.gs1.org`), or `undefined` if `uri` is not a supported EPC URI. */
export type EpcUriToDigitalLinkReturnType = string | undefined;

const base = "https://id.gs1.org";

/** Percent-encodes the characters that GS1 Digital Link requires encoded but EPC URIs allow literally. */
function encodeExtra(value: string): string {
  return value.replace(/[!()*+,:]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** GTIN-14 from an SGTIN/LGTIN company prefix and item reference (its first digit is the indicator). */
function gtinOf(companyPrefix: string, itemReference: string): string {
  const body = itemReference.slice(0, 1) + companyPrefix + itemReference.slice(1);
  return body + computeCheckDigit(body);
}

/** A key (check digit appended) from a company prefix and a reference. */
function keyOf(companyPrefix: string, reference: string): string {
  const body = companyPrefix + reference;
  return body + computeCheckDigit(body);
}

const serialChars = "(?:%[0-9A-Fa-f]{2}|[!')(*+,.0-9:;=A-Za-z_-])";
/** Company prefix (6-12 digits) and a reference so that both together have `total` digits. */
const cpRef = (total: number) =>
  Array.from({ length: 7 }, (_, i) => `\\d{${6 + i}}\\.\\d{${total - 6 - i}}`).join("|");

type Rule = {
  /** The URI up to the company prefix, e.g. `urn:epc:id:sgtin`. */
  scheme: string;
  /** Digits of company prefix + reference, or `undefined` when the prefix is followed by a free-form reference. */
  total?: number;
  /** The pattern of what follows `.` after the company prefix and reference, if anything. */
  tail?: string;
  build: (companyPrefix: string, reference: string, tail: string) => string;
};

const rules: Rule[] = [
  {
    scheme: "urn:epc:id:sgtin",
    total: 13,
    tail: `${serialChars}{1,20}`,
    build: (c, r, t) => `01/${gtinOf(c, r)}/21/${encodeExtra(t)}`,
  },
  // The SSCC's serial reference starts with its extension digit, which comes first in the SSCC.
  { scheme: "urn:epc:id:sscc", total: 17, build: (c, r) => `00/${keyOf(r.slice(0, 1) + c, r.slice(1))}` },
  {
    scheme: "urn:epc:id:sgln",
    total: 12,
    tail: `${serialChars}{1,20}`,
    build: (c, r, t) => `414/${keyOf(c, r)}${t === "0" ? "" : `/254/${encodeExtra(t)}`}`,
  },
  { scheme: "urn:epc:id:pgln", total: 12, build: (c, r) => `417/${keyOf(c, r)}` },
  {
    scheme: "urn:epc:id:grai",
    total: 12,
    tail: `${serialChars}{1,16}`,
    build: (c, r, t) => `8003/0${keyOf(c, r)}${encodeExtra(t)}`,
  },
  {
    scheme: "urn:epc:id:giai",
    tail: `${serialChars}{1,24}`,
    build: (c, _, t) => `8004/${c}${encodeExtra(t)}`,
  },
  { scheme: "urn:epc:id:gsrn", total: 17, build: (c, r) => `8018/${keyOf(c, r)}` },
  { scheme: "urn:epc:id:gsrnp", total: 17, build: (c, r) => `8017/${keyOf(c, r)}` },
  {
    scheme: "urn:epc:id:gdti",
    total: 12,
    tail: `${serialChars}{0,17}`,
    build: (c, r, t) => `253/${keyOf(c, r)}${encodeExtra(t)}`,
  },
  { scheme: "urn:epc:id:sgcn", total: 12, tail: "\\d{1,12}", build: (c, r, t) => `255/${keyOf(c, r)}${t}` },
  {
    scheme: "urn:epc:id:ginc",
    tail: `${serialChars}{1,24}`,
    build: (c, _, t) => `401/${c}${encodeExtra(t)}`,
  },
  { scheme: "urn:epc:id:gsin", total: 16, build: (c, r) => `402/${keyOf(c, r)}` },
  {
    scheme: "urn:epc:class:lgtin",
    total: 13,
    tail: `${serialChars}{1,20}`,
    build: (c, r, t) => `01/${gtinOf(c, r)}/10/${encodeExtra(t)}`,
  },
  { scheme: "urn:epc:idpat:sgtin", total: 13, tail: "\\*", build: (c, r) => `01/${gtinOf(c, r)}` },
];

/** The EPC URI schemes `epcUriToDigitalLink` converts, e.g. `urn:epc:id:sgtin`. */
export const convertibleEpcSchemes: readonly string[] = rules.map((rule) => rule.scheme);

const compiled = rules.map((rule) => {
  const keys =
    rule.total === undefined ? "(\\d{6,12})()" : `(?=(?:${cpRef(rule.total)})(?:\\.|$))(\\d+)\\.(\\d+)`;
  const tail = rule.tail === undefined ? "" : `\\.(${rule.tail})`;
  return { rule, pattern: new RegExp(`^${rule.scheme.replace(/\./g, "\\.")}:${keys}${tail}$`) };
});

/**
 * Converts an EPC URI (EPC Tag Data Standard: `urn:epc:id:sgtin|sscc|sgln|pgln|grai|giai|gsrn|gsrnp|gdti|sgcn|ginc|gsin:…`,
 * the class URI `urn:epc:class:lgtin:…`, or the pattern `urn:epc:idpat:sgtin:….*`) into its canonical
 * GS1 Digital Link URI on `https://id.gs1.org`, computing the check digit. Returns `undefined` for
 * anything else, so callers can leave other values as they are.
 *
 * @example
 * epcUriToDigitalLink("urn:epc:id:sscc:4012345.0000000111") // "https://id.gs1.org/00/040123450000001112"
 */
export function epcUriToDigitalLink(uri: EpcUriToDigitalLinkParameters): EpcUriToDigitalLinkReturnType {
  for (const { rule, pattern } of compiled) {
    const match = pattern.exec(uri);
    if (match) return `${base}/${rule.build(match[1] as string, match[2] as string, match[3] ?? "")}`;
  }
  return undefined;
}
