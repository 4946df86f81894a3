import { TracemarkError } from "./base.ts";

/** A Merkle batch cannot be built or a proof cannot be produced (empty batch, bad leaf, leaf not in the tree). */
export class MerkleBatchError extends TracemarkError {
  override name = "MerkleBatchError";

  constructor({ reason }: { reason: string }) {
    super(`Merkle batch: ${reason}.`);
  }
}
