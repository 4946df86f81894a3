import { TracemarkError } from "@tracemark/sdk";

/** One bad field of a request (`body.message.nonce`) and what is wrong with it. */
export type FieldError = { field: string; message: string };

/** What every domain error may carry besides its detail. */
export type DomainErrorOptions = {
  /** A short title naming the problem, where the kind's own (`Not Found`, `Conflict`, …) says too little. */
  title?: string | undefined;
  /** Each bad field of the request and what is wrong with it. */
  errors?: FieldError[] | undefined;
  /** The problem's `type` URI where a standard names it; else the API makes one from the title. */
  type?: string | undefined;
  cause?: unknown;
};

/**
 * An error a service or stage throws on purpose, for its caller to read: a short title
 * (`shortMessage`), what was wrong (`details`) and, for input, each bad field (`errors`). It knows
 * no HTTP: `plugins/problemDetails.ts` maps each kind below to its status, once.
 */
export abstract class DomainError extends TracemarkError {
  /** The kind's short title, where an error gives none of its own. */
  static readonly title: string = "Error";
  /** Whether the same request may succeed later. */
  static readonly retryable: boolean = false;
  readonly errors: FieldError[] | undefined;
  readonly type: string | undefined;
  constructor(detail: string, options: DomainErrorOptions = {}) {
    const kind = new.target as typeof DomainError;
    super(options.title ?? kind.title, { details: detail, cause: options.cause, retryable: kind.retryable });
    this.name = kind.name;
    this.errors = options.errors;
    this.type = options.type;
  }
}

/**
 * The thing asked for does not exist, or not for this caller.
 *
 * @example
 * if (!lot) throw new NotFoundError("No lot with this id in this organisation.");
 */
export class NotFoundError extends DomainError {
  static override readonly title = "Not Found";
}

/**
 * The request clashes with the state of things (already done, already taken, not in the state it
 * needs to be in).
 *
 * @example
 * if (count === 0) throw new ConflictError("This lot is already recalled.");
 */
export class ConflictError extends DomainError {
  static override readonly title = "Conflict";
}

/**
 * What the request points to was good once and is no longer (an invitation or a link used,
 * withdrawn or expired); asking again will not help.
 *
 * @example
 * throw new NoLongerValidError("This invitation has expired.", { title: "Invitation expired" });
 */
export class NoLongerValidError extends DomainError {
  static override readonly title = "Gone";
}

/**
 * The caller is known but may not do this.
 *
 * @example
 * throw new NotAllowedError("Only an owner can grant or take away ownership.");
 */
export class NotAllowedError extends DomainError {
  static override readonly title = "Forbidden";
}

/**
 * The caller could not be told apart from anyone else: a wrong password, an unknown sign-in nonce,
 * a signature of another address.
 *
 * @example
 * throw new NotAuthenticatedError("Wrong email or password.");
 */
export class NotAuthenticatedError extends DomainError {
  static override readonly title = "Unauthorized";
}

/**
 * The request is well-formed but breaks a rule of the domain, naming each bad field where it can.
 *
 * @example
 * throw invalidField("body.validUntil", "must be in the future");
 */
export class InvalidInputError extends DomainError {
  static override readonly title = "Invalid request";
}

/**
 * The request cannot be understood as it is (a cursor that is not one of ours, a search with
 * nothing to search by), as opposed to breaking a rule (`InvalidInputError`).
 *
 * @example
 * throw new MalformedRequestError("cursor: is not a cursor of this list", { errors });
 */
export class MalformedRequestError extends DomainError {
  static override readonly title = "Invalid request";
}

/**
 * The request asks for more than the API takes in one go (events per capture, bytes per document).
 *
 * @example
 * throw new LimitExceededError("body.eventList has 10001 events; at most 10000", { title: "Capture limit exceeded" });
 */
export class LimitExceededError extends DomainError {
  static override readonly title = "Payload Too Large";
}

/**
 * Too many attempts of the same kind in a short time; `retryAfterSeconds` says when to try again.
 * Retryable.
 *
 * @example
 * throw new ThrottledError("Too many failed sign-ins; try again in 60 s.", { retryAfterSeconds: 60 });
 */
export class ThrottledError extends DomainError {
  static override readonly title = "Too Many Requests";
  static override readonly retryable = true;
  readonly retryAfterSeconds: number;
  constructor(detail: string, options: DomainErrorOptions & { retryAfterSeconds: number }) {
    super(detail, options);
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/**
 * Something the request needs (the chain, a deployment) cannot be reached or is not there now; the
 * same request may succeed later. Retryable.
 *
 * @example
 * throw new UnavailableError("The chain is unreachable; try again shortly.", { cause });
 */
export class UnavailableError extends DomainError {
  static override readonly title = "Service Unavailable";
  static override readonly retryable = true;
}

/**
 * An `InvalidInputError` naming one bad field of the request (`body.message.nonce`) and what is
 * wrong with it.
 *
 * @example
 * if (BigInt(message.value) !== 0n) throw invalidField("body.message.value", "must be 0");
 */
export function invalidField(field: string, message: string): InvalidInputError {
  return new InvalidInputError(`${field}: ${message}`, { errors: [{ field, message }] });
}
