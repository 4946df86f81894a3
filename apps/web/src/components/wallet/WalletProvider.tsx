"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { defineChain } from "viem";
import { createConfig, http, WagmiProvider } from "wagmi";
import { injected } from "wagmi/connectors";

export type WalletSettings = {
  chainId: number;
  rpcUrl: string;
  /** WalletConnect is offered only when a project id is configured. */
  walletConnectProjectId?: string | undefined;
};

/** wagmi for one chain: any injected EIP-1193 wallet (browser extension, or the test provider). */
export function createWalletConfig({ chainId, rpcUrl }: WalletSettings) {
  const chain = defineChain({
    id: chainId,
    name: chainId === 31337 ? "Local chain" : `Chain ${chainId}`,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
  });
  return createConfig({
    chains: [chain],
    connectors: [injected({ shimDisconnect: true })],
    transports: { [chain.id]: http(rpcUrl) },
    ssr: true,
  });
}

/** wagmi and TanStack Query for the pages that talk to a wallet. */
export function WalletProvider({ settings, children }: { settings: WalletSettings; children: ReactNode }) {
  const [config] = useState(() => createWalletConfig(settings));
  const [queryClient] = useState(() => new QueryClient());
  return (
    <WagmiProvider config={config}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </WagmiProvider>
  );
}
