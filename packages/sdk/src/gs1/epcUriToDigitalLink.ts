import type { EventHashRuleVersion } from "../hash/types.ts";
import { computeCheckDigit } from "./computeCheckDigit.ts";

export type EpcUriToDigitalLinkParameters = string;
export type EpcUriToDigitalLinkOptions = {
  /**
   * Convert as event hash rule version 1 did (`EventHashRuleVersion`), for events hashed under it:
   * only its 14 schemes, and a reference of at least one digit. Default: the current conversion.
   */
  hashVersion?: EventHashRuleVersion | undefined;
};
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

/** ITIP piece and total (2 digits each) and, for an instance, its serial: `01.02.999`. */
function itipParts(tail: string): [pieceTotal: string, serial: string] {
  return [tail.slice(0, 2) + tail.slice(3, 5), tail.slice(6)];
}
const cpiReference = "(?:%2[3DFdf]|[0-9A-Z-])";

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
  {
    scheme: "urn:epc:id:cpi",
    tail: `${cpiReference}{1,24}\\.\\d{1,12}`,
    build: (c, _, t) => `8010/${c}${t.slice(0, t.lastIndexOf("."))}/8011/${t.slice(t.lastIndexOf(".") + 1)}`,
  },
  {
    scheme: "urn:epc:id:itip",
    total: 13,
    tail: `\\d{2}\\.\\d{2}\\.${serialChars}{1,20}`,
    build: (c, r, t) => {
      const [pieceTotal, serial] = itipParts(t);
      return `8006/${gtinOf(c, r)}${pieceTotal}/21/${encodeExtra(serial)}`;
    },
  },
  {
    scheme: "urn:epc:id:upui",
    total: 13,
    tail: `${serialChars}{1,28}`,
    build: (c, r, t) => `01/${gtinOf(c, r)}/235/${encodeExtra(t)}`,
  },
  { scheme: "urn:epc:idpat:grai", total: 12, tail: "\\*", build: (c, r) => `8003/0${keyOf(c, r)}` },
  { scheme: "urn:epc:idpat:gdti", total: 12, tail: "\\*", build: (c, r) => `253/${keyOf(c, r)}` },
  { scheme: "urn:epc:idpat:sgcn", total: 12, tail: "\\*", build: (c, r) => `255/${keyOf(c, r)}` },
  {
    scheme: "urn:epc:idpat:cpi",
    tail: `${cpiReference}{1,24}\\.\\*`,
    build: (c, _, t) => `8010/${c}${t.slice(0, -2)}`,
  },
  {
    scheme: "urn:epc:idpat:itip",
    total: 13,
    tail: "\\d{2}\\.\\d{2}\\.\\*",
    build: (c, r, t) => `8006/${gtinOf(c, r)}${itipParts(t)[0]}`,
  },
  { scheme: "urn:epc:idpat:upui", total: 13, tail: "\\*", build: (c, r) => `01/${gtinOf(c, r)}` },
];

/** The EPC URI schemes `epcUriToDigitalLink` converts, e.g. `urn:epc:id:sgtin`. */
export const convertibleEpcSchemes: readonly string[] = rules.map((rule) => rule.scheme);

/** How many of `rules`, from the first, event hash rule version 1 converted (not CPI, ITIP, UPUI, the other ID patterns). */
const v1Schemes = 14;

const compiled = rules.map((rule, index) => {
  const pattern = (reference: string) => {
    const keys =
      rule.total === undefined
        ? "(\\d{6,12})()"
        : `(?=(?:${cpRef(rule.total)})(?:\\.|$))(\\d+)\\.(${reference})`;
    const tail = rule.tail === undefined ? "" : `\\.(${rule.tail})`;
    return new RegExp(`^${rule.scheme.replace(/\./g, "\\.")}:${keys}${tail}$`);
  };
  return { rule, pattern: pattern("\\d*"), v1: index < v1Schemes ? pattern("\\d+") : undefined };
});

/**
 * Converts an EPC URI (EPC Tag Data Standard: `urn:epc:id:sgtin|sscc|sgln|pgln|grai|giai|gsrn|gsrnp|gdti|sgcn|ginc|gsin|cpi|itip|upui:…`,
 * the class URI `urn:epc:class:lgtin:…`, or a pattern `urn:epc:idpat:sgtin|grai|gdti|sgcn|cpi|itip|upui:….*`,
 * which becomes its class-level key) into its canonical GS1 Digital Link URI on `https://id.gs1.org`,
 * computing the check digit. A 12-digit company prefix leaves an empty reference
 * (`urn:epc:id:pgln:999999999999.`). Returns `undefined` for anything else, so callers can leave
 * other values as they are.
 *
 * @example
 * epcUriToDigitalLink("urn:epc:id:sscc:4012345.0000000111") // "https://id.gs1.org/00/040123450000001112"
 */
export function epcUriToDigitalLink(
  uri: EpcUriToDigitalLinkParameters,
  options: EpcUriToDigitalLinkOptions = {},
): EpcUriToDigitalLinkReturnType {
  for (const { rule, pattern, v1 } of compiled) {
    const match = options.hashVersion === 1 ? v1?.exec(uri) : pattern.exec(uri);
    if (match) return `${base}/${rule.build(match[1] as string, match[2] as string, match[3] ?? "")}`;
  }
  return undefined;
}
