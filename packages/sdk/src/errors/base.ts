/** Parameters shared by every Tracemark error. */
export type TracemarkErrorParameters = {
  /** Extra context a person can read (what was wrong, where). */
  details?: string | undefined;
  /** The error that caused this one, if any. */
  cause?: unknown;
  /** Whether retrying the same operation later can succeed (a node was down, a tx is pending). */
  retryable?: boolean | undefined;
};

/**
 * Base class of every error the SDK throws. `message` is short; `details` says more;
 * `cause` keeps the underlying error; `retryable` tells a worker whether to try again.
 *
 * @example
 * try { normalizeGtin("123") } catch (e) { if (e instanceof TracemarkError) console.log(e.shortMessage, e.details) }
 */
export class TracemarkError extends Error {
  override name = "TracemarkError";
  readonly shortMessage: string;
  readonly details: string | undefined;
  readonly retryable: boolean;

  constructor(shortMessage: string, parameters: TracemarkErrorParameters = {}) {
    const message = parameters.details ? `${shortMessage}\n\nDetails: ${parameters.details}` : shortMessage;
    super(message, parameters.cause === undefined ? undefined : { cause: parameters.cause });
    this.shortMessage = shortMessage;
    this.details = parameters.details;
    this.retryable = parameters.retryable ?? false;
  }
}
