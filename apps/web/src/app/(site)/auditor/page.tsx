import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { RevokeButton } from "@/components/auditor/RevokeButton";
import { DataTable } from "@/components/DataTable/DataTable";
import { AttestationList } from "@/components/dashboard/AttestationList";
import { PageIntro } from "@/components/dashboard/PageIntro";
import { CopyButton } from "@/components/forms/CopyButton";
import { SignOutButton } from "@/components/SignOutButton";
import { ChainUnavailable } from "@/components/wallet/ChainUnavailable";
import { WalletSignInOnChain } from "@/components/wallet/WalletSignInOnChain";
import { ApiError } from "@/lib/api/ApiError";
import { api, dataOf } from "@/lib/api/api";
import type { ApiItem } from "@/lib/api/types";
import { getChainSettings } from "@/lib/deployment/getChainSettings";
import { formatDate } from "@/lib/format/formatEventTime";
import { getMe } from "@/lib/session/getMe";
import styles from "../auth.module.css";

export const metadata: Metadata = { title: "Auditors" };

type AuditRequest = ApiItem<"/auditor/requests">;

export default function AuditorPage() {
  return (
    <div className="container" style={{ paddingBlock: "var(--space-8) var(--space-12)" }}>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <Auditor />
      </Suspense>
    </div>
  );
}

async function Auditor() {
  const me = await getMe();
  if (!me?.walletAddress) {
    return (
      <div className={styles.wrap}>
        <div className={`card ${styles.panel}`}>
          <h1 className="page-title">Auditors</h1>
          <p className="muted">
            Connect the wallet you are accredited with. You sign attestations with it; Tracemark never holds
            your keys.
          </p>
          <WalletSignInOnChain next="/auditor" />
        </div>
      </div>
    );
  }
  let requests: AuditRequest[];
  try {
    requests = await dataOf(api.GET("/auditor/requests"));
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) {
      return (
        <div className="card stack">
          <h1 className="page-title">Not accredited yet</h1>
          <p>
            Your wallet <span className="mono">{me.walletAddress}</span> is not an accredited auditor yet.
            Auditors are accredited by the platform administrators of this Tracemark service, on chain.
          </p>
          <h2>How to get accredited</h2>
          <ol className="stack" style={{ margin: 0, paddingLeft: "var(--space-5)" }}>
            <li>
              Write to the platform administrator of this service (the operator who runs it) and ask to be
              accredited as an auditor.
            </li>
            <li>
              Send them your wallet address, <span className="mono">{me.walletAddress}</span>, the name to
              show beside your attestations, and proof of your own accreditation (e.g. your certification
              body&apos;s registration).
            </li>
            <li>
              Once they have accredited it, reload this page: the lots organisations ask you to audit show
              here.
            </li>
          </ol>
          <div className="row">
            <CopyButton value={me.walletAddress} label="Copy wallet address" />
            <SignOutButton />
          </div>
        </div>
      );
    }
    throw error;
  }
  const [mine, chain] = await Promise.all([dataOf(api.GET("/auditor/attestations")), getChainSettings()]);
  return (
    <div className="stack" style={{ gap: "var(--space-8)" }}>
      <PageIntro title="Lots to audit">
        Signed in with <span className="mono">{me.walletAddress}</span>
      </PageIntro>
      <DataTable
        columns={["Lot", "Product", "Organisation", "Asked"]}
        items={requests}
        empty="No organisation has asked you to audit a lot yet."
        row={(r) => (
          <tr key={r.id}>
            <td>
              <Link href={`/auditor/lots/${r.lotId}`}>{r.lotCode}</Link>
            </td>
            <td>
              {r.productName} <span className="muted mono">{r.gtin}</span>
            </td>
            <td>{r.organizationName}</td>
            <td>{formatDate(r.createdAt)}</td>
          </tr>
        )}
      />
      <section className="card stack" aria-labelledby="mine-title">
        <h2 id="mine-title">Your attestations</h2>
        <AttestationList items={mine.items} empty="You have not signed any attestation yet." />
        {!chain && <ChainUnavailable />}
        {chain &&
          mine.items
            .filter((a) => a.status === "onchain" && a.uid && !a.revocationRequestedAt)
            .map((a) => (
              <div key={a.id} className="row">
                <span>
                  {a.claim} · lot {a.lotCode}
                </span>
                <RevokeButton
                  chain={chain}
                  attestationId={a.id}
                  uid={a.uid ?? ""}
                  auditorWallet={me.walletAddress ?? ""}
                  about={`“${a.claim}” about lot ${a.lotCode ?? "—"}`}
                />
              </div>
            ))}
      </section>
    </div>
  );
}
