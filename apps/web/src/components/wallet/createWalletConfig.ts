import { defineChain } from "viem";
import { createConfig, http } from "wagmi";
import { injected } from "wagmi/connectors/injected";
import { lazyWalletConnect } from "./lazyWalletConnect";

export type WalletSettings = {
  chainId: number;
  rpcUrl: string;
  /** WalletConnect is offered only when a project id is configured. */
  walletConnectProjectId?: string | undefined;
};

/**
 * wagmi for one chain: any injected EIP-1193 wallet (browser extension, or the test provider),
 * and WalletConnect when a project id is configured.
 *
 * @example
 * const config = createWalletConfig({ chainId: 31337, rpcUrl: "http://127.0.0.1:8545" });
 */
export function createWalletConfig({ chainId, rpcUrl, walletConnectProjectId }: WalletSettings) {
  const chain = defineChain({
    id: chainId,
    name: chainId === 31337 ? "Local chain" : `Chain ${chainId}`,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
  });
  return createConfig({
    chains: [chain],
    connectors: [
      injected({ shimDisconnect: true }),
      ...(walletConnectProjectId ? [lazyWalletConnect({ projectId: walletConnectProjectId })] : []),
    ],
    transports: { [chain.id]: http(rpcUrl) },
    ssr: true,
  });
}
