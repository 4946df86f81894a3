import { TracemarkError } from "./base.ts";

/** Kinds of GS1 identification keys the SDK validates. */
export type Gs1KeyKind = "GTIN" | "GLN" | "SSCC";

/** A GS1 key (GTIN, GLN, SSCC) has the wrong length, non-digits, or a wrong check digit. */
export class InvalidGs1KeyError extends TracemarkError {
  override name = "InvalidGs1KeyError";
  readonly kind: Gs1KeyKind;
  readonly value: string;

  constructor({ kind, value, reason }: { kind: Gs1KeyKind; value: string; reason: string }) {
    super(`Invalid ${kind} "${value}": ${reason}.`);
    this.kind = kind;
    this.value = value;
  }
}

/** A GS1 Digital Link URI cannot be built or parsed. */
export class InvalidDigitalLinkError extends TracemarkError {
  override name = "InvalidDigitalLinkError";
  readonly uri: string | undefined;

  constructor({ uri, reason, cause }: { uri?: string | undefined; reason: string; cause?: unknown }) {
    super(
      uri === undefined
        ? `Invalid GS1 Digital Link: ${reason}.`
        : `Invalid GS1 Digital Link "${uri}": ${reason}.`,
      {
        cause,
      },
    );
    this.uri = uri;
  }
}

/** An EPC URI (urn:epc:id:…, urn:epc:class:…, urn:epc:idpat:…) is malformed or of an unsupported scheme. */
export class InvalidEpcUriError extends TracemarkError {
  override name = "InvalidEpcUriError";
  readonly uri: string;

  constructor({ uri, reason }: { uri: string; reason: string }) {
    super(`Invalid EPC URI "${uri}": ${reason}.`);
    this.uri = uri;
  }
}
