import {
  type Account,
  type Chain,
  type Client,
  createWalletClient,
  http,
  publicActions,
  type Transport,
  type WalletClient,
} from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { foundry } from "viem/chains";

/** Anvil's and Hardhat's standard dev mnemonic: public, its accounts funded on every local chain. */
const devMnemonic = "test test test test test test test test test test test junk";

export type DevWallet = Client<Transport, Chain, Account> & WalletClient<Transport, Chain, Account>;

/**
 * Account `addressIndex` of the standard dev mnemonic (anvil's account #`addressIndex`) as a wallet
 * on the local chain at `rpcUrl`, with the public actions too.
 *
 * @example
 * const registrar = devWallet(anvil.rpcUrl, 0);
 * await registrar.writeContract({ address, abi, functionName: "admitOrganisation", args });
 */
export function devWallet(rpcUrl: string, addressIndex: number): DevWallet {
  return createWalletClient({
    account: mnemonicToAccount(devMnemonic, { addressIndex }),
    chain: foundry,
    transport: http(rpcUrl),
  }).extend(publicActions) as unknown as DevWallet;
}
