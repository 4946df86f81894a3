import { dateTimeSchema } from "@tracemark/sdk";
import type { z } from "zod";
import { MalformedRequestError } from "../errors/domain.ts";

/**
 * A page cursor for keyset pagination: the sort key of the last row given out (e.g. its time and
 * id), as base64url JSON, so that clients pass it back without reading it.
 *
 * @example
 * const cursor = encodeCursor([row.eventTime.toISOString(), row.id]);
 */
export function encodeCursor(parts: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

/** A time in a cursor: one `encodeCursor` wrote (a date-time Tracemark stores), read back as a `Date`. */
export const cursorTime = dateTimeSchema.transform((value) => new Date(value));

/**
 * The parts of a cursor `encodeCursor` made, as `schema` reads them; else `invalid()` is thrown (by
 * default a `MalformedRequestError` naming `querystring.cursor`). A client can send any base64, so
 * every part is checked before it reaches a query.
 *
 * @example
 * const [time, id] = decodeCursor(cursor, z.tuple([cursorTime, z.uuid()]));
 */
export function decodeCursor<T>(
  cursor: string,
  schema: z.ZodType<T>,
  invalid: () => Error = () => cursorProblem("not a cursor this API gave out"),
): T {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parts = undefined;
  }
  const result = schema.safeParse(parts);
  if (result.success) return result.data;
  throw invalid();
}

/** The error of a cursor that cannot be used: `message` says why. */
export function cursorProblem(message: string): MalformedRequestError {
  return new MalformedRequestError(`cursor: ${message}`, {
    errors: [{ field: "querystring.cursor", message }],
  });
}
