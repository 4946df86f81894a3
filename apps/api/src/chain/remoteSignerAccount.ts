import {
  type Address,
  createPublicClient,
  formatTransactionRequest,
  type Hex,
  http,
  isAddressEqual,
  type LocalAccount,
  numberToHex,
  type TransactionSerializable,
} from "viem";
import { toAccount } from "viem/accounts";
import { RelayerKeyError } from "../errors/relayerKey.ts";

export type RemoteSignerAccountParameters = {
  /** The signer's JSON-RPC endpoint (Web3Signer, geth in front of Clef, or a node holding the key). */
  url: string;
  /** The relayer's address, which the signer must hold. */
  address: Address;
  /** How long one signing call may take (default 10 s). */
  timeoutMs?: number;
};

/**
 * The relayer as a viem account whose key lives in an external signer: each transaction is signed by a JSON-RPC
 * `eth_signTransaction` call (the method Web3Signer and geth's Clef front answer; anvil answers it for its own
 * accounts). Asks the signer once for its accounts (`eth_accounts`) and throws a `RelayerKeyError` when it does
 * not answer or does not hold `address`, so a misconfigured process stops at start. The submitter re-signs a
 * recorded transaction after a crash and expects the same bytes: the signer must sign deterministically (RFC 6979),
 * as these do. Only transactions are signed this way; the relayer signs nothing else.
 *
 * @example
 * const account = await remoteSignerAccount({ url: "https://signer.internal:9000", address: "0x…" });
 */
export async function remoteSignerAccount({
  url,
  address,
  timeoutMs = 10_000,
}: RemoteSignerAccountParameters): Promise<LocalAccount> {
  const signer = createPublicClient({ transport: http(url, { retryCount: 2, timeout: timeoutMs }) });
  let accounts: Address[];
  try {
    accounts = (await signer.request({ method: "eth_accounts" } as never)) as Address[];
  } catch (error) {
    throw new RelayerKeyError(`RELAYER_REMOTE_SIGNER_URL: the signer at ${url} does not answer`, {
      details: error instanceof Error ? error.message.split("\n")[0] : String(error),
      cause: error,
    });
  }
  if (!accounts.some((account) => isAddressEqual(account, address)))
    throw new RelayerKeyError(
      `RELAYER_ADDRESS: the signer at ${url} does not hold ${address} (it holds ${accounts.join(", ") || "no account"})`,
    );
  const unsupported = async (): Promise<never> => {
    throw new RelayerKeyError("the relayer's remote signer signs transactions only");
  };
  return toAccount({
    address,
    async signTransaction(transaction: TransactionSerializable) {
      const request = {
        ...formatTransactionRequest({ ...transaction, from: address } as never),
        ...(transaction.chainId === undefined ? {} : { chainId: numberToHex(transaction.chainId) }),
      };
      return (await signer.request({
        method: "eth_signTransaction",
        params: [request],
      } as never)) as Hex;
    },
    signMessage: unsupported,
    signTypedData: unsupported,
  });
}
