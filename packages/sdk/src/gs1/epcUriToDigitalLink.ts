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

/** A key of `length` digits (check digit included) from a company prefix and a reference. */
function keyOf(companyPrefix: string, reference: string): string {
  const body = companyPrefix + reference;
  return body + computeCheckDigit(body);
}

const serialChars = "(?:%[0-9A-Fa-f]{2}|[!')(*+,.0-9:;=A-Za-z_-])";
/** Company prefix (6-12 digits) and a reference so that both together have `total` digits. */
const cpRef = (total: number) =>
  Array.from({ length: 7 }, (_, i) => `\\d{${6 + i}}\\.\\d{${total - 6 - i}}`).join("|");

const rules: { pattern: RegExp; convert: (m: RegExpExecArray) => string }[] = [
  {
    pattern: new RegExp(`^urn:epc:id:sgtin:((?:${cpRef(13)}))\\.(${serialChars}{1,20})$`),
    convert: (m) => {
      const [cp, ref] = (m[1] as string).split(".") as [string, string];
      return `${base}/01/${gtinOf(cp, ref)}/21/${encodeExtra(m[2] as string)}`;
    },
  },
  {
    pattern: new RegExp(`^urn:epc:id:sscc:((?:${cpRef(17)}))$`),
    convert: (m) => {
      const [cp, ref] = (m[1] as string).split(".") as [string, string];
      // The serial reference's first digit is the SSCC's extension digit, which comes first.
      const body = ref.slice(0, 1) + cp + ref.slice(1);
      return `${base}/00/${body}${computeCheckDigit(body)}`;
    },
  },
  {
    pattern: new RegExp(`^urn:epc:id:sgln:((?:${cpRef(12)}))\\.(${serialChars}{1,20})$`),
    convert: (m) => {
      const [cp, ref] = (m[1] as string).split(".") as [string, string];
      const extension = m[2] as string;
      const gln = keyOf(cp, ref);
      return extension === "0" ? `${base}/414/${gln}` : `${base}/414/${gln}/254/${encodeExtra(extension)}`;
    },
  },
  {
    pattern: new RegExp(`^urn:epc:id:pgln:((?:${cpRef(12)}))$`),
    convert: (m) => {
      const [cp, ref] = (m[1] as string).split(".") as [string, string];
      return `${base}/417/${keyOf(cp, ref)}`;
    },
  },
  {
    pattern: new RegExp(`^urn:epc:id:grai:((?:${cpRef(12)}))\\.(${serialChars}{1,16})$`),
    convert: (m) => {
      const [cp, ref] = (m[1] as string).split(".") as [string, string];
      return `${base}/8003/0${keyOf(cp, ref)}${encodeExtra(m[2] as string)}`;
    },
  },
  {
    pattern: new RegExp(`^urn:epc:id:giai:(\\d{6,12})\\.(${serialChars}{1,24})$`),
    convert: (m) => `${base}/8004/${m[1]}${encodeExtra(m[2] as string)}`,
  },
  {
    pattern: new RegExp(`^urn:epc:id:gsrn:((?:${cpRef(17)}))$`),
    convert: (m) => {
      const [cp, ref] = (m[1] as string).split(".") as [string, string];
      return `${base}/8018/${keyOf(cp, ref)}`;
    },
  },
  {
    pattern: new RegExp(`^urn:epc:id:gsrnp:((?:${cpRef(17)}))$`),
    convert: (m) => {
      const [cp, ref] = (m[1] as string).split(".") as [string, string];
      return `${base}/8017/${keyOf(cp, ref)}`;
    },
  },
  {
    pattern: new RegExp(`^urn:epc:id:gdti:((?:${cpRef(12)}))\\.(${serialChars}{0,17})$`),
    convert: (m) => {
      const [cp, ref] = (m[1] as string).split(".") as [string, string];
      return `${base}/253/${keyOf(cp, ref)}${encodeExtra(m[2] as string)}`;
    },
  },
  {
    pattern: new RegExp(`^urn:epc:id:sgcn:((?:${cpRef(12)}))\\.(\\d{1,12})$`),
    convert: (m) => {
      const [cp, ref] = (m[1] as string).split(".") as [string, string];
      return `${base}/255/${keyOf(cp, ref)}${m[2]}`;
    },
  },
  {
    pattern: new RegExp(`^urn:epc:id:ginc:(\\d{6,12})\\.(${serialChars}{1,24})$`),
    convert: (m) => `${base}/401/${m[1]}${encodeExtra(m[2] as string)}`,
  },
  {
    pattern: new RegExp(`^urn:epc:id:gsin:((?:${cpRef(16)}))$`),
    convert: (m) => {
      const [cp, ref] = (m[1] as string).split(".") as [string, string];
      return `${base}/402/${keyOf(cp, ref)}`;
    },
  },
  {
    pattern: new RegExp(`^urn:epc:class:lgtin:((?:${cpRef(13)}))\\.(${serialChars}{1,20})$`),
    convert: (m) => {
      const [cp, ref] = (m[1] as string).split(".") as [string, string];
      return `${base}/01/${gtinOf(cp, ref)}/10/${encodeExtra(m[2] as string)}`;
    },
  },
  {
    pattern: new RegExp(`^urn:epc:idpat:sgtin:((?:${cpRef(13)}))\\.\\*$`),
    convert: (m) => {
      const [cp, ref] = (m[1] as string).split(".") as [string, string];
      return `${base}/01/${gtinOf(cp, ref)}`;
    },
  },
];

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
  for (const rule of rules) {
    const match = rule.pattern.exec(uri);
    if (match) return rule.convert(match);
  }
  return undefined;
}
