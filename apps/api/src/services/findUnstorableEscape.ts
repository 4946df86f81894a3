/**
 * The first `\u` escape of a JSON text that Postgres's `jsonb` refuses, or undefined: `\u0000`, or
 * half of a UTF-16 surrogate pair without the other half. Captures are kept as text and their
 * events stored as `jsonb` later, so a document with one is refused when it arrives rather than
 * failing in the worker. Expects text `JSON.parse` accepts (escapes only inside strings).
 *
 * @example
 * findUnstorableEscape('{"a":"x\\u0000"}') // "\\u0000"
 */
export function findUnstorableEscape(text: string): string | undefined {
  if (!text.includes("\\u")) return undefined;
  /** Where the low half must start after a high half, or -1. */
  let lowExpectedAt = -1;
  for (const match of text.matchAll(/(\\+)u([0-9a-fA-F]{4})/g)) {
    const [, backslashes = "", hex = ""] = match;
    // An even run of backslashes is escaped backslashes followed by plain text.
    if (backslashes.length % 2 === 0) continue;
    const start = match.index + backslashes.length - 1;
    const code = Number.parseInt(hex, 16);
    const low = code >= 0xdc00 && code <= 0xdfff;
    if (lowExpectedAt !== -1) {
      if (start === lowExpectedAt && low) {
        lowExpectedAt = -1;
        continue;
      }
      return text.slice(lowExpectedAt - 6, lowExpectedAt);
    }
    if (code === 0 || low) return `\\u${hex}`;
    if (code >= 0xd800 && code <= 0xdbff) lowExpectedAt = start + 6;
  }
  return lowExpectedAt === -1 ? undefined : text.slice(lowExpectedAt - 6, lowExpectedAt);
}
