import { BaseError, ContractFunctionRevertedError } from "viem";

/**
 * The contract's revert that a viem error carries somewhere in its causes (a call or simulation the
 * contract refused), else `undefined` (the node failed, or the call never reached the contract).
 *
 * @example
 * const name = contractRevert(error)?.data?.errorName; // "DeadlineExpired"
 */
export function contractRevert(error: unknown): ContractFunctionRevertedError | undefined {
  const reverted =
    error instanceof BaseError ? error.walk((cause) => cause instanceof ContractFunctionRevertedError) : null;
  return reverted instanceof ContractFunctionRevertedError ? reverted : undefined;
}
