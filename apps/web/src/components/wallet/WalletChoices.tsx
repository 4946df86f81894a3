"use client";

import { useState } from "react";
import { useConnectors } from "wagmi";
import { useHydrated } from "@/components/forms/useHydrated";
import type { WalletKind } from "./useSiweSignIn";

export type WalletChoicesProps = {
  /** The button of each kind of wallet; WalletConnect's shows only when it is configured. */
  labels: Record<WalletKind, string>;
  busy: boolean;
  error: string | undefined;
  onChoose: (kind: WalletKind) => void;
};

/** One button per kind of wallet the page offers, and what went wrong, in words. */
export function WalletChoices({ labels, busy, error, onChoose }: WalletChoicesProps) {
  const connectors = useConnectors();
  const hydrated = useHydrated();
  const [chosen, setChosen] = useState<WalletKind>();
  const kinds: WalletKind[] = connectors.some((c) => c.type === "walletConnect")
    ? ["injected", "walletConnect"]
    : ["injected"];
  return (
    <div className="stack">
      <div className="row">
        {kinds.map((kind) => (
          <button
            key={kind}
            type="button"
            className="btn btn-secondary"
            disabled={!hydrated || busy}
            onClick={() => {
              setChosen(kind);
              onChoose(kind);
            }}
          >
            {busy && chosen === kind ? "Waiting for your wallet…" : labels[kind]}
          </button>
        ))}
      </div>
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
