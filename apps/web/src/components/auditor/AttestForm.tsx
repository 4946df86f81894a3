"use client";

import type { Hex } from "viem";
import { Field } from "@/components/forms/Field";
import { useHydrated } from "@/components/forms/useHydrated";
import { WalletProvider } from "@/components/wallet/WalletProvider";
import type { ChainSettings } from "@/lib/deployment/getChainSettings";
import { TaskOutcome } from "./TaskOutcome";
import { useEasSigner } from "./useEasSigner";
import { useSigningTask } from "./useSigningTask";

export type AttestFormProps = {
  chain: ChainSettings;
  lotId: string;
  /** The auditor's accredited wallet. */
  auditorWallet: string;
  subject: { orgId: string; subject: string };
};

/**
 * Claim, evidence and expiry → an EAS delegated attestation signed with the auditor's own wallet
 * (EIP-712, the audit schema's data naming this lot) → submitted to the API, which relays it.
 */
export function AttestForm({ chain, ...props }: AttestFormProps) {
  return (
    <WalletProvider settings={chain.wallet}>
      <Form chain={chain} {...props} />
    </WalletProvider>
  );
}

async function sha256(file: File): Promise<Hex> {
  const digest = await crypto.subtle.digest("SHA-256", await file.arrayBuffer());
  return `0x${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

function Form({ chain, lotId, auditorWallet, subject }: AttestFormProps) {
  const signer = useEasSigner(chain);
  const hydrated = useHydrated();
  const { busy, error, done, run } = useSigningTask();

  function submit(form: HTMLFormElement) {
    return run(async () => {
      const data = new FormData(form);
      const claim = String(data.get("claim") ?? "").trim();
      if (!claim) throw new Error("Write the claim you attest.");
      const file = data.get("evidence");
      const typedHash = String(data.get("evidenceHash") ?? "").trim();
      const evidenceHash =
        file instanceof File && file.size > 0
          ? await sha256(file)
          : /^0x[0-9a-fA-F]{64}$/.test(typedHash)
            ? typedHash
            : undefined;
      if (!evidenceHash)
        throw new Error("Attach the evidence document, or paste its SHA-256 as 0x + 64 hex digits.");
      const expires = String(data.get("expires") ?? "");
      const expirationTime = expires ? BigInt(Math.floor(Date.parse(`${expires}T23:59:59Z`) / 1000)) : 0n;
      await signer.attestLot({ auditorWallet, subject, lotId, claim, evidenceHash, expirationTime });
      form.reset();
      return "Signed and submitted. It shows as pending until it is on chain.";
    });
  }

  return (
    <form
      className="card stack"
      aria-label="Sign an attestation"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
    >
      <h2>Sign an attestation</h2>
      <Field
        label="Claim"
        name="claim"
        required
        maxLength={500}
        placeholder="EU organic (EC 2018/848) compliant"
      />
      <Field
        label="Evidence document"
        type="file"
        name="evidence"
        hint="Only its SHA-256 hash is signed and published; the file stays with you."
      />
      <Field label="…or its SHA-256 hash" name="evidenceHash" placeholder="0x…" />
      <Field label="Valid until (optional)" type="date" name="expires" />
      <TaskOutcome error={error} done={done} />
      <div>
        <button type="submit" className="btn" disabled={!hydrated || busy}>
          {busy ? "Waiting for your wallet…" : "Sign with wallet and submit"}
        </button>
      </div>
    </form>
  );
}
