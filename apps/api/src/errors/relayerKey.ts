import { TracemarkError } from "@tracemark/sdk";

/**
 * The relayer's key cannot be loaded: a keystore that is missing, malformed or not opened by its password, or a
 * remote signer that does not answer or does not hold the address. Not retryable: the process stops at start with
 * this message, naming the variable to fix.
 */
export class RelayerKeyError extends TracemarkError {
  override name = "RelayerKeyError";
  constructor(shortMessage: string, parameters: { details?: string; cause?: unknown } = {}) {
    super(shortMessage, parameters);
  }
}
