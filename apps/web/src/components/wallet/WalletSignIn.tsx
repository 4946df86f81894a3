"use client";

import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useHydrated } from "@/components/forms/useHydrated";
import { useSiweSignIn } from "./useSiweSignIn";
import { WalletProvider, type WalletSettings } from "./WalletProvider";

export type WalletSignInProps = WalletSettings & { next: Route };

/** "Sign in with a wallet": connect, sign an EIP-4361 message, land on `next`. */
export function WalletSignIn({ next, ...settings }: WalletSignInProps) {
  return (
    <WalletProvider settings={settings}>
      <WalletButton chainId={settings.chainId} next={next} />
    </WalletProvider>
  );
}

function WalletButton({ chainId, next }: { chainId: number; next: Route }) {
  const router = useRouter();
  const { signIn, error, busy } = useSiweSignIn(chainId);
  const hydrated = useHydrated();
  return (
    <div className="stack">
      <button
        type="button"
        className="btn btn-secondary"
        disabled={!hydrated || busy}
        onClick={async () => {
          if (await signIn()) {
            router.push(next);
            router.refresh();
          }
        }}
      >
        {busy ? "Waiting for your wallet…" : "Sign in with a wallet"}
      </button>
      <div aria-live="polite">
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
