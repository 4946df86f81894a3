import { TracemarkError } from "./base.ts";

/** An event cannot be hashed: a field has a value the canonical form cannot express, or a prefix is undeclared. */
export class EventHashError extends TracemarkError {
  override name = "EventHashError";
  readonly path: string;

  constructor({ path, reason }: { path: string; reason: string }) {
    super(`Cannot hash the event: ${path ? `${path}: ` : ""}${reason}.`);
    this.path = path;
  }
}

/** A string is not an EPCIS event hash `ni:///sha-256;<64 hex>?ver=CBV2.0` (or CBV2.1). */
export class InvalidEventHashError extends TracemarkError {
  override name = "InvalidEventHashError";

  constructor({ value }: { value: string }) {
    super(`"${value}" is not an EPCIS event hash (expected ni:///sha-256;<64 hex digits>?ver=CBV2.0).`);
  }
}
