/**
 * One CSV record (RFC 4180): fields with a comma, quote, CR or LF are quoted and quotes doubled;
 * text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading `'`.
 * Ends with CRLF.
 *
 * @example
 * csvRecord(["a", 'say "hi"', 3]) // 'a,"say ""hi""",3\r\n'
 */
export function csvRecord(fields: readonly (string | number)[]): string {
  return `${fields
    .map((field) => {
      if (typeof field === "number") return String(field);
      const text = /^[=+\-@\t\r]/.test(field) ? `'${field}` : field;
      return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    })
    .join(",")}\r\n`;
}
