import {
  type HDAccount,
  mnemonicToAccount,
  type PrivateKeyAccount,
  privateKeyToAccount,
} from "viem/accounts";

const DEV_CHAIN_ID = 31337;
/** Anvil's and Hardhat's well-known dev mnemonic; its first account deployed and registers locally. */
export const DEV_MNEMONIC = "test test test test test test test test test test test junk";

/**
 * The key the submitter signs with. On the local dev chain it defaults to the first dev account;
 * anywhere else it must be configured (RELAYER_PRIVATE_KEY).
 */
export function relayerAccount(
  chainId: number,
  privateKey: `0x${string}` | undefined,
): PrivateKeyAccount | HDAccount {
  if (privateKey) return privateKeyToAccount(privateKey);
  if (chainId === DEV_CHAIN_ID) return mnemonicToAccount(DEV_MNEMONIC);
  throw new Error(`RELAYER_PRIVATE_KEY is required to submit to chain ${chainId}.`);
}
