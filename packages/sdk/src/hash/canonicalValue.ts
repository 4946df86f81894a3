import { cbvForms, cbvWebVocabulary } from "../epcis/cbv.ts";
import { epcUriToDigitalLink } from "../gs1/epcUriToDigitalLink.ts";
import { constrainDigitalLink } from "./constrainDigitalLink.ts";
import type { EventHashRuleVersion } from "./types.ts";

const cbvUrns: [string, string][] = Object.values(cbvForms).map((forms) => [forms.urn, forms.web]);

/** Standard CURIE prefixes expanded in values (rule 15) under rule version 1. */
const standardPrefixes: ReadonlyMap<string, string> = new Map([
  ["gs1", "https://ref.gs1.org/voc/"],
  ["cbv", cbvWebVocabulary],
]);

export type CanonicalValueOptions = {
  /** CURIE prefixes expanded in values; default `gs1:` and `cbv:` on `https://ref.gs1.org/` (rule version 1). */
  prefixes?: ReadonlyMap<string, string> | undefined;
  /** EPC URIs are converted as under this rule version (`epcUriToDigitalLink`); default the current one. */
  hashVersion?: EventHashRuleVersion | undefined;
};

/**
 * Canonical form of one value (CBV 2.0 event hash rules 5, 6, 7, 14-18): trimmed; a bare standard
 * vocabulary term expanded with `vocabulary` (the field's CBV/GS1 Web vocabulary base); CBV URNs
 * turned into Web URIs; CURIEs of `options.prefixes` expanded; numbers without trailing zeros; EPC URIs
 * and GS1 Digital Link URIs as constrained canonical Digital Link URIs.
 */
export function canonicalValue(
  raw: string,
  vocabulary?: string,
  options: CanonicalValueOptions = {},
): string {
  const prefixes = options.prefixes ?? standardPrefixes;
  let text = raw.trim();
  if (text === "") return text;
  if (vocabulary !== undefined && !text.includes(":")) return vocabulary + text;
  for (const [urn, uri] of cbvUrns) if (text.startsWith(urn)) text = uri + text.slice(urn.length);
  const curie = /^([A-Za-z][\w.-]*):(.*)$/.exec(text);
  const expansion = curie ? prefixes.get(curie[1] as string) : undefined;
  if (curie && expansion !== undefined && !(curie[2] as string).startsWith("//")) text = expansion + curie[2];
  const numeric = canonicalNumber(text);
  if (numeric !== undefined) return numeric;
  if (text.startsWith("urn:epc:"))
    return epcUriToDigitalLink(text, { hashVersion: options.hashVersion }) ?? text;
  if (/^https?:\/\//.test(text)) return constrainDigitalLink(text) ?? text;
  return text;
}

/**
 * A decimal numeral in canonical form (rule 6: no trailing zeros, no leading "+"), written the way
 * the GS1 reference implementation writes it: integers in full, other numbers in shortest
 * round-trip form, in exponent notation below 1e-4 (e.g. `1e-05`). `undefined` if not a number.
 */
export function canonicalNumber(text: string): string | undefined {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) return undefined;
  if (Number.isInteger(value)) return BigInt(value).toString();
  const [mantissa, exponentText] = value.toExponential().split("e") as [string, string];
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    return `${mantissa}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  return String(value);
}

/**
 * A timestamp in UTC with millisecond precision and a `Z` (rules 8, 9), the fourth decimal rounding
 * the third half-up. `undefined` if `text` is not an ISO 8601 date-time with a zone.
 */
export function canonicalTimestamp(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/i.exec(
    text.trim(),
  );
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction = "", zone] = match as unknown as string[];
  const digits = `${fraction}0000`;
  let milliseconds = Number(digits.slice(0, 3));
  if (Number(digits[3]) >= 5) milliseconds += 1;
  const date = new Date(0);
  date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  date.setUTCHours(Number(hour), Number(minute), Number(second), milliseconds);
  if (zone && zone.toUpperCase() !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const offset = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6));
    date.setTime(date.getTime() - sign * offset * 60_000);
  }
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString();
}
