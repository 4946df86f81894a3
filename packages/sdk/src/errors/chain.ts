import { TracemarkError } from "./base.ts";

/** No Tracemark deployment is known for a chain id. */
export class UnknownDeploymentError extends TracemarkError {
  override name = "UnknownDeploymentError";
  readonly chainId: number;

  constructor({ chainId, known }: { chainId: number; known: number[] }) {
    super(`No Tracemark deployment is known for chain ${chainId}.`, {
      details: `Known chains: ${known.join(", ") || "none"}. Pass a deployment explicitly.`,
    });
    this.chainId = chainId;
  }
}

/** A JSON-RPC call to the node failed (unreachable, timed out, or an error response). Retryable. */
export class ChainReadError extends TracemarkError {
  override name = "ChainReadError";

  constructor({ what, cause }: { what: string; cause: unknown }) {
    super(`Could not read ${what} from the chain.`, {
      details: cause instanceof Error ? cause.message.split("\n")[0] : String(cause),
      cause,
      retryable: true,
    });
  }
}

/** The record handed to `verifyRecord` does not have the `PublicRecord` shape, or is for another chain. */
export class InvalidPublicRecordError extends TracemarkError {
  override name = "InvalidPublicRecordError";

  constructor({ reason, details }: { reason: string; details?: string | undefined }) {
    super(`Invalid public record: ${reason}.`, { details });
  }
}
