import { normalizeGln, normalizeGtin, TracemarkError } from "@tracemark/sdk";
import { InvalidInputError } from "../../errors/domain.ts";

/** Runs an SDK check and turns its error into an `InvalidInputError` naming the request field. */
export function checkField<T>(field: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof TracemarkError)) throw error;
    const message = error.details ?? error.shortMessage;
    throw new InvalidInputError(`${field}: ${message}`, {
      cause: error,
      errors: [{ field, message }],
    });
  }
}

/** A GLN with a valid check digit, or an `InvalidInputError` naming the field. */
export function validateGln(value: string, field: string): string {
  return checkField(field, () => normalizeGln(value));
}

/** A GTIN-8/12/13/14 with a valid check digit, normalised to 14 digits, or an `InvalidInputError` naming the field. */
export function validateGtin(value: string, field: string): string {
  return checkField(field, () => normalizeGtin(value));
}
