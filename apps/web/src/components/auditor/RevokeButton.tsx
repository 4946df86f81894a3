"use client";

import { buildRevocationTypedData } from "@tracemark/sdk";
import { useRef } from "react";
import { ConfirmDialog, openConfirmDialog } from "@/components/forms/ConfirmDialog";
import { useHydrated } from "@/components/forms/useHydrated";
import { WalletProvider } from "@/components/wallet/WalletProvider";
import { browserApi } from "@/lib/api/browserApi";
import type { ChainSettings } from "@/lib/deployment/getChainSettings";
import { hexOf, inWords, useEasSigner } from "./useEasSigner";
import { useSigningTask } from "./useSigningTask";

export type RevokeButtonProps = {
  chain: ChainSettings;
  attestationId: string;
  uid: string;
  auditorWallet: string;
  /** What the attestation says, e.g. `"Organic" about lot L-42`, for the confirmation. */
  about: string;
};

/**
 * Revokes an on-chain attestation, after a confirmation: an EAS delegated revocation signed in the
 * wallet, relayed by the API.
 */
export function RevokeButton({ chain, ...props }: RevokeButtonProps) {
  return (
    <WalletProvider settings={chain.wallet}>
      <Button chain={chain} {...props} />
    </WalletProvider>
  );
}

/** An error's first line: the wallet's and the API's messages can run on. */
const firstLine = (cause: unknown) => (cause instanceof Error ? cause.message.split("\n")[0] : String(cause));

function Button({ chain, attestationId, uid, auditorWallet, about }: RevokeButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const signer = useEasSigner(chain);
  const hydrated = useHydrated();
  const { busy, error, run } = useSigningTask(firstLine);
  function revoke() {
    return run(async () => {
      const revoker = await signer.account(auditorWallet);
      const { domain, nonce, schema } = await signer.easContext();
      const typedData = buildRevocationTypedData({
        domain,
        revoker,
        schema,
        uid: hexOf(uid, "The attestation's uid"),
        nonce,
        deadline: BigInt(Math.floor(Date.now() / 1000) + 7 * 24 * 3600),
      });
      const signature = await signer.signTypedData({ account: revoker, ...typedData });
      const { value, nonce: signedNonce, deadline } = typedData.message;
      await inWords(
        browserApi.DELETE("/attestations/{attestationId}", {
          params: { path: { attestationId } },
          body: {
            // JSON has no bigints: the API reads them as decimal strings.
            message: {
              ...typedData.message,
              value: `${value}`,
              nonce: `${signedNonce}`,
              deadline: `${deadline}`,
            },
            signature,
          },
        }),
      );
      return undefined;
    });
  }
  return (
    <span className="row">
      <button
        type="button"
        className="btn btn-secondary"
        aria-label={`Revoke ${about}`}
        onClick={() => openConfirmDialog(dialog.current)}
        disabled={!hydrated || busy}
      >
        {busy ? "Waiting for your wallet…" : "Revoke"}
      </button>
      <ConfirmDialog
        ref={dialog}
        title={`Revoke your attestation ${about}?`}
        description="Shoppers and the organisation no longer see it, and Verify reports it revoked. The revocation is written on the blockchain and can't be undone; you would sign a new attestation."
        confirmLabel="Revoke attestation"
        onConfirm={revoke}
      />
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
