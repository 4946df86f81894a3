import { InvalidDigitalLinkError } from "../errors/gs1.ts";
import { pathAis } from "./primaryKeys.ts";

/** GS1 AI encodable character set 82, the characters allowed in AIs 10, 21, 22 and 254. */
const cset82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/;

/** AIs whose value is a date `YYMMDD` (day 00 means "end of month" for 15, 16 and 17). */
const dateAis = new Set(["11", "12", "13", "15", "16", "17"]);

/** Checks a key-qualifier value (lot, serial, CPV): 1-20 characters of character set 82. */
export function checkQualifierValue(label: string, value: string, uri?: string): void {
  if (value.length === 0) throw new InvalidDigitalLinkError({ uri, reason: `the ${label} is empty` });
  if (value.length > 20) {
    throw new InvalidDigitalLinkError({
      uri,
      reason: `the ${label} has ${value.length} characters, at most 20 are allowed`,
    });
  }
  if (!cset82.test(value)) {
    throw new InvalidDigitalLinkError({
      uri,
      reason: `the ${label} "${value}" contains a character outside GS1 character set 82`,
    });
  }
}

/** Checks a query attribute; GS1 date attributes must be `YYMMDD`. */
export function checkAttribute(key: string, value: string, uri?: string): void {
  if (key.length === 0)
    throw new InvalidDigitalLinkError({ uri, reason: "a query attribute has an empty name" });
  if (pathAis.has(key)) {
    throw new InvalidDigitalLinkError({
      uri,
      reason: `AI ${key} is a primary key or key qualifier and belongs in the path, not the query string`,
    });
  }
  if (dateAis.has(key)) {
    const match = /^(\d{2})(\d{2})(\d{2})$/.exec(value);
    const month = Number(match?.[2]);
    const day = Number(match?.[3]);
    if (!match || month < 1 || month > 12 || day > 31) {
      throw new InvalidDigitalLinkError({ uri, reason: `AI ${key} must be a date YYMMDD, got "${value}"` });
    }
  }
}

/** Percent-encodes a path segment or query value strictly (RFC 3986 unreserved characters stay as they are). */
export function encodeComponent(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Decodes a percent-encoded component, turning malformed escapes into a readable error. */
export function decodeComponent(value: string, uri: string): string {
  try {
    return decodeURIComponent(value);
  } catch (cause) {
    throw new InvalidDigitalLinkError({ uri, reason: `"${value}" has a malformed percent-encoding`, cause });
  }
}
