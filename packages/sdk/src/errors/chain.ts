import { TracemarkError } from "./base.ts";

/** A deployment description (`addresses.json`, `GET /deployment`) does not have the `Deployment` shape. */
export class InvalidDeploymentError extends TracemarkError {
  override name = "InvalidDeploymentError";
  readonly problems: string[];

  constructor({ source, problems }: { source: string; problems: string[] }) {
    super(`Invalid Tracemark deployment in ${source}.`, { details: problems.join("; ") });
    this.problems = problems;
  }
}

/** A deployment is for another chain than the one it is used with. */
export class DeploymentChainMismatchError extends TracemarkError {
  override name = "DeploymentChainMismatchError";

  constructor({ deploymentChainId, chainId }: { deploymentChainId: number; chainId: number }) {
    super(`The deployment is for chain ${deploymentChainId}, but the chain is ${chainId}.`);
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
