import { type Abi, type Address, encodeFunctionData, type Hex } from "viem";

export type EncodeCallParameters = {
  address: Address;
  abi: Abi | readonly unknown[];
  functionName: string;
  args?: readonly unknown[] | undefined;
};
export type EncodeCallReturnType = { to: Address; data: Hex };

/**
 * The transaction fields (`to`, `data`) of a contract call built by `anchorBatchCall`,
 * `registryCall` and their siblings, for a sender that signs raw transactions itself (the submitter).
 *
 * @example
 * const { to, data } = encodeCall(anchorEventCall({ orgId, eventHash, deployment }))
 */
export function encodeCall(call: EncodeCallParameters): EncodeCallReturnType {
  return { to: call.address, data: encodeFunctionData(call as Parameters<typeof encodeFunctionData>[0]) };
}
