"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { WagmiProvider } from "wagmi";
import { createWalletConfig, type WalletSettings } from "./createWalletConfig";

export type { WalletSettings } from "./createWalletConfig";

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
