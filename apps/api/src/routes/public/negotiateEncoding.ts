import { ProblemError } from "../../errors/problem.ts";
import { type PublicRecordEncoding, publicRecordEncodings } from "../../publicRecord/servePublicRecord.ts";

/**
 * The encoding to send for an `Accept-Encoding` header (RFC 9110 §12.5.3): the one with the highest
 * q-value, br before gzip before identity at equal ones. A coding not listed takes `*`'s q-value;
 * identity is acceptable unless `identity;q=0` (or `*;q=0` without identity) excludes it. No header
 * means identity. Throws a 406 problem when none of the three is acceptable.
 *
 * @example
 * negotiateEncoding("gzip, deflate, br;q=0.5"); // "gzip"
 */
export function negotiateEncoding(header: string | undefined): PublicRecordEncoding {
  if (header === undefined) return "identity";
  const q = new Map<string, number>();
  for (const part of header.toLowerCase().split(",")) {
    const [coding = "", ...parameters] = part.split(";").map((s) => s.trim());
    if (coding === "" || q.has(coding)) continue;
    const weight = parameters.find((p) => p.startsWith("q="))?.slice(2);
    const value = weight === undefined ? 1 : Number(weight);
    q.set(coding, Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0);
  }
  let best: PublicRecordEncoding | undefined;
  let bestQ = 0;
  for (const encoding of publicRecordEncodings) {
    const weight = q.get(encoding) ?? q.get("*") ?? (encoding === "identity" ? 1 : 0);
    if (weight > bestQ) [best, bestQ] = [encoding, weight];
  }
  if (!best) {
    throw new ProblemError(
      406,
      "Not Acceptable",
      `Accept-Encoding "${header}" accepts none of the encodings the record is sent in: br, gzip or identity.`,
    );
  }
  return best;
}
