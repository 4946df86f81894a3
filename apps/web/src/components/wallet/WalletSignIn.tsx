"use client";

import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useSiweSignIn } from "./useSiweSignIn";
import { WalletChoices } from "./WalletChoices";
import { WalletProvider, type WalletSettings } from "./WalletProvider";

export type WalletSignInProps = WalletSettings & { next: Route };

/** "Sign in with a wallet": connect, sign an EIP-4361 message, land on `next`. */
export function WalletSignIn({ next, ...settings }: WalletSignInProps) {
  return (
    <WalletProvider settings={settings}>
      <SignInChoices chainId={settings.chainId} next={next} />
    </WalletProvider>
  );
}

function SignInChoices({ chainId, next }: { chainId: number; next: Route }) {
  const router = useRouter();
  const { signIn, error, busy } = useSiweSignIn(chainId);
  return (
    <WalletChoices
      labels={{ injected: "Sign in with a wallet", walletConnect: "Sign in with WalletConnect" }}
      busy={busy}
      error={error}
      onChoose={async (kind) => {
        if (await signIn(kind)) {
          router.push(next);
          router.refresh();
        }
      }}
    />
  );
}
