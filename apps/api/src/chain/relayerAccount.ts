import type { LocalAccount } from "viem";
import {
  type HDAccount,
  mnemonicToAccount,
  type PrivateKeyAccount,
  privateKeyToAccount,
} from "viem/accounts";
import type { Config } from "../env.ts";
import { keystoreAccount } from "./keystoreAccount.ts";
import { remoteSignerAccount } from "./remoteSignerAccount.ts";

const DEV_CHAIN_ID = 31337;
/** Anvil's and Hardhat's well-known dev mnemonic; its first account deployed and registers locally. */
export const DEV_MNEMONIC = "test test test test test test test test test test test junk";

/** How many accounts of the dev mnemonic count as well known (Hardhat funds 20, anvil 10). */
const DEV_ACCOUNTS = 20;
let devAddresses: Set<string> | undefined;

/**
 * Whether a private key is one of the well-known dev accounts (the first 20 of Anvil's and Hardhat's
 * mnemonic): public, so never a key to hold real funds or a registry role with. Derives them once (~1 s).
 *
 * @example
 * isWellKnownDevKey("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80") // true
 */
export function isWellKnownDevKey(privateKey: `0x${string}`): boolean {
  devAddresses ??= new Set(
    Array.from(
      { length: DEV_ACCOUNTS },
      (_, addressIndex) => mnemonicToAccount(DEV_MNEMONIC, { addressIndex }).address,
    ),
  );
  return devAddresses.has(privateKeyToAccount(privateKey).address);
}

/**
 * The key the submitter signs with. On the local dev chain it defaults to the first dev account;
 * anywhere else it must be configured (RELAYER_PRIVATE_KEY, a keystore or a remote signer; see `loadRelayerAccount`).
 */
export function relayerAccount(
  chainId: number,
  privateKey: `0x${string}` | undefined,
): PrivateKeyAccount | HDAccount {
  if (privateKey) return privateKeyToAccount(privateKey);
  if (chainId === DEV_CHAIN_ID) return mnemonicToAccount(DEV_MNEMONIC);
  throw new Error(
    `RELAYER_PRIVATE_KEY (or RELAYER_KEYSTORE_PATH, or RELAYER_REMOTE_SIGNER_URL) is required to submit to chain ${chainId}.`,
  );
}

/**
 * The relayer account configured outside a plain key, loaded once at start: an encrypted keystore, decrypted, or
 * a remote signer, checked to answer and to hold the address. Undefined when neither is configured (then
 * `relayerAccount` applies). Throws a `RelayerKeyError` naming the variable to fix.
 *
 * @example
 * const account = await loadRelayerAccount(config.submitter); // before the submitter starts
 */
export async function loadRelayerAccount(
  submitter: Pick<Config["submitter"], "relayerKeystore" | "relayerRemoteSigner">,
): Promise<LocalAccount | undefined> {
  if (submitter.relayerKeystore) return keystoreAccount(submitter.relayerKeystore);
  if (submitter.relayerRemoteSigner) return remoteSignerAccount(submitter.relayerRemoteSigner);
  return undefined;
}
