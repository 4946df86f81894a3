import { type Gs1KeyKind, InvalidGs1KeyError } from "../errors/gs1.ts";
import { computeCheckDigit } from "./computeCheckDigit.ts";

/** Checks digits-only, an allowed length and the check digit; throws `InvalidGs1KeyError` naming what is wrong. */
export function checkKey(kind: Gs1KeyKind, value: string, lengths: readonly number[]): void {
  if (typeof value !== "string" || value.length === 0) {
    throw new InvalidGs1KeyError({ kind, value: String(value), reason: "it is empty" });
  }
  if (!/^\d+$/.test(value)) {
    throw new InvalidGs1KeyError({ kind, value, reason: "it must contain digits only" });
  }
  if (!lengths.includes(value.length)) {
    const allowed =
      lengths.length === 1 ? `${lengths[0]}` : `${lengths.slice(0, -1).join(", ")} or ${lengths.at(-1)}`;
    throw new InvalidGs1KeyError({
      kind,
      value,
      reason: `it has ${value.length} digits, expected ${allowed}`,
    });
  }
  const expected = computeCheckDigit(value.slice(0, -1));
  const actual = value.slice(-1);
  if (expected !== actual) {
    throw new InvalidGs1KeyError({
      kind,
      value,
      reason: `the check digit is ${actual}, expected ${expected}`,
    });
  }
}

/** Like `checkKey`, as a boolean. */
export function isKey(kind: Gs1KeyKind, value: string, lengths: readonly number[]): boolean {
  try {
    checkKey(kind, value, lengths);
    return true;
  } catch {
    return false;
  }
}
