"use client";

import { useRouter } from "next/navigation";
import { useSiweSignIn } from "./useSiweSignIn";
import { WalletChoices } from "./WalletChoices";
import { WalletProvider, type WalletSettings } from "./WalletProvider";

/**
 * Links a wallet to the signed-in account: the wallet signs an EIP-4361 message proving it is
 * theirs (`POST /auth/wallet`); the page then shows the linked address.
 */
export function LinkWallet(settings: WalletSettings) {
  return (
    <WalletProvider settings={settings}>
      <LinkChoices chainId={settings.chainId} />
    </WalletProvider>
  );
}

function LinkChoices({ chainId }: { chainId: number }) {
  const router = useRouter();
  const { signIn, error, busy } = useSiweSignIn(chainId, "/auth/wallet");
  return (
    <WalletChoices
      labels={{ injected: "Link a browser wallet", walletConnect: "Link with WalletConnect" }}
      busy={busy}
      error={error}
      onChoose={async (kind) => {
        if (await signIn(kind)) router.refresh();
      }}
    />
  );
}
