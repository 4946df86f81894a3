import { ProblemError } from "../errors/problem.ts";

/**
 * A page cursor for keyset pagination: the sort key of the last row given out (e.g. its time and
 * id), as base64url JSON, so that clients pass it back without reading it.
 *
 * @example
 * const cursor = encodeCursor([row.eventTime.toISOString(), row.id]);
 */
export function encodeCursor(parts: string[]): string {
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

/**
 * The parts of a cursor `encodeCursor` made, when `valid` accepts them; else a 400 naming
 * `querystring.cursor` (`message` says why, when the cursor is ours but does not fit the query).
 *
 * @example
 * const [time, id] = decodeCursor(cursor, (p) => p.length === 2);
 */
export function decodeCursor(cursor: string, valid: (parts: string[]) => boolean): string[] {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parts = undefined;
  }
  if (Array.isArray(parts) && parts.every((p) => typeof p === "string") && valid(parts)) return parts;
  throw cursorProblem("not a cursor this API gave out");
}

/** The 400 of a cursor that cannot be used: `message` says why. */
export function cursorProblem(message: string): ProblemError {
  return new ProblemError(400, "Invalid request", `cursor: ${message}`, {
    errors: [{ field: "querystring.cursor", message }],
  });
}
