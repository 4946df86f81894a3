"use client";

import { auditSchema } from "@tracemark/sdk";
import { useState } from "react";
import { useHydrated } from "@/components/forms/useHydrated";
import { WalletProvider } from "@/components/wallet/WalletProvider";
import type { ProofPoint } from "@/lib/api/types";
import type { ChainSettings } from "@/lib/deployment/getChainSettings";
import { TaskOutcome } from "./TaskOutcome";
import { useEasSigner } from "./useEasSigner";
import { useSigningTask } from "./useSigningTask";

export type ProofPointSignProps = {
  chain: ChainSettings;
  lot: { id: string; lotCode: string; productName: string; gtin: string; organizationName: string };
  auditorWallet: string;
  subject: { orgId: string; subject: string };
  proofPoint: ProofPoint;
};

/**
 * A proof point asked of the auditor, shown as what they would sign, in words and as the decoded
 * fields of the EAS attestation (with the schema UID and chain, read from the deployment), before
 * the wallet opens; then signed (EIP-712, EAS delegated) and submitted naming the proof point.
 */
export function ProofPointSign({ chain, ...props }: ProofPointSignProps) {
  return (
    <WalletProvider settings={chain.wallet}>
      <Review chain={chain} {...props} />
    </WalletProvider>
  );
}

/** A `datetime-local` value (local time, minutes) for a date. */
function localInput(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

function Review({ chain, lot, auditorWallet, subject, proofPoint }: ProofPointSignProps) {
  const signer = useEasSigner(chain);
  const hydrated = useHydrated();
  const latest = proofPoint.validUntil ? new Date(proofPoint.validUntil) : undefined;
  const [expires, setExpires] = useState(latest ? localInput(latest) : "");
  const [reviewed, setReviewed] = useState(false);
  const { busy, error, done, setError, run } = useSigningTask();
  const expiry = expires ? new Date(expires) : undefined;
  const expirationTime = expiry ? BigInt(Math.floor(expiry.getTime() / 1000)) : 0n;
  const evidenceWords = proofPoint.evidence.map((e) => e.fileName ?? e.sha256.slice(0, 12)).join(", ");

  function review() {
    setError(undefined);
    setReviewed(true);
  }

  function sign() {
    return run(async () => {
      await signer.attestLot({
        auditorWallet,
        subject,
        lotId: lot.id,
        proofPointId: proofPoint.id,
        claim: proofPoint.claimText,
        evidenceHash: proofPoint.evidenceHash,
        expirationTime,
      });
      return "Signed and submitted. It shows as pending until it is on chain.";
    });
  }

  return (
    <section className="card stack" aria-label={`Proof point: ${proofPoint.claimText}`}>
      <h3>{proofPoint.claimText}</h3>
      <p data-testid="attestation-words">
        You attest that lot <strong>{lot.lotCode}</strong> of <strong>{lot.productName}</strong> by{" "}
        <strong>{lot.organizationName}</strong> is <strong>{proofPoint.claimText}</strong>, based on evidence{" "}
        <strong>{evidenceWords}</strong>,{" "}
        {expiry ? (
          <>
            valid until <strong>{expiry.toUTCString()}</strong>
          </>
        ) : (
          "without expiry"
        )}
        .
      </p>
      <ul
        className="stack"
        style={{ margin: 0, paddingLeft: "var(--space-5)" }}
        aria-label="Evidence documents"
      >
        {proofPoint.evidence.map((e) => (
          <li key={e.sha256}>
            <a href={`/api/v1/auditor/proof-points/${proofPoint.id}/evidence/${e.sha256}`} download>
              {e.fileName ?? "document"}
            </a>{" "}
            <span className="muted">
              {e.public ? "public" : "private"} · SHA-256 <span className="mono">{e.sha256}</span>
            </span>
          </li>
        ))}
      </ul>
      {proofPoint.state === "requested" ? (
        <>
          <label className="field">
            <span>Valid until</span>
            <input
              className="input"
              type="datetime-local"
              value={expires}
              max={latest ? localInput(latest) : undefined}
              onChange={(event) => {
                setExpires(event.target.value);
                setReviewed(false);
              }}
            />
          </label>
          {reviewed && (
            <dl className="stack" aria-label="What you sign" style={{ margin: 0 }}>
              <Field name="EAS schema UID" value={chain.deployment.auditSchemaUid} />
              <Field name="Schema" value={auditSchema} />
              <Field name="Chain" value={String(chain.deployment.chainId)} />
              <Field name="Attester" value={auditorWallet} />
              <Field name="orgId (organisation)" value={`${subject.orgId} (${lot.organizationName})`} />
              <Field name="subjectKind" value="1 (lot)" />
              <Field
                name="subject (lot key)"
                value={`${subject.subject} (GTIN ${lot.gtin}, lot ${lot.lotCode})`}
              />
              <Field name="claim" value={proofPoint.claimText} />
              <Field
                name="evidenceHash"
                value={`${proofPoint.evidenceHash} (${
                  proofPoint.evidence.length === 1
                    ? "the document's SHA-256"
                    : "keccak256 of the documents' SHA-256 hashes, sorted"
                })`}
              />
              <Field
                name="expirationTime"
                value={expiry ? `${expirationTime} (${expiry.toISOString()})` : "0 (never expires)"}
              />
              <Field name="revocable" value="true" />
            </dl>
          )}
          <TaskOutcome error={error} done={done} />
          <div className="row">
            {!reviewed ? (
              <button type="button" className="btn" disabled={!hydrated} onClick={() => void review()}>
                Review what you sign
              </button>
            ) : (
              <button
                type="button"
                className="btn"
                disabled={!hydrated || busy || Boolean(done)}
                onClick={() => void sign()}
              >
                {busy ? "Waiting for your wallet…" : "Sign with wallet and submit"}
              </button>
            )}
          </div>
        </>
      ) : (
        <p className="muted">
          {proofPoint.state === "attested"
            ? "Attested"
            : proofPoint.state === "expired"
              ? "Expired"
              : "Revoked"}
          {proofPoint.attestation?.status === "pending" ? " (signed, on its way to the chain)" : ""}.
          {done && ` ${done}`}
        </p>
      )}
    </section>
  );
}

function Field({ name, value }: { name: string; value: string }) {
  return (
    <div>
      <dt className="muted">{name}</dt>
      <dd className="mono" style={{ margin: 0, overflowWrap: "anywhere" }}>
        {value}
      </dd>
    </div>
  );
}
