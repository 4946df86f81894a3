import { type Client, type Hash, type Hex, parseEventLogs } from "viem";
import { waitForTransactionReceipt } from "viem/actions";
import { TracemarkError } from "../errors/base.ts";
import { easAbi } from "../generated/abis.ts";

export type WaitForAttestationUidParameters = { hash: Hash };
export type WaitForAttestationUidReturnType = Hex;

/**
 * Waits for an attestation transaction (`attest`, `attestByDelegation`) and returns the UID EAS
 * gave the attestation, from its `Attested` log. (The UID depends on the block's timestamp, so only
 * the mined transaction tells it.) Throws `TracemarkError` if the transaction reverted or attested nothing.
 *
 * @example
 * const uid = await waitForAttestationUid(publicClient, { hash: await attest(walletClient, audit) })
 */
export async function waitForAttestationUid(
  client: Client,
  parameters: WaitForAttestationUidParameters,
): Promise<WaitForAttestationUidReturnType> {
  const receipt = await waitForTransactionReceipt(client, { hash: parameters.hash });
  if (receipt.status !== "success")
    throw new TracemarkError(`Attestation transaction ${parameters.hash} reverted.`);
  const [attested] = parseEventLogs({ abi: easAbi, eventName: "Attested", logs: receipt.logs });
  if (!attested) throw new TracemarkError(`Transaction ${parameters.hash} made no attestation.`);
  return attested.args.uid;
}
