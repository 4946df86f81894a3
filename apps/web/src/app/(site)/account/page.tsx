import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { PageIntro } from "@/components/dashboard/PageIntro";
import { SignOutButton } from "@/components/SignOutButton";
import { ChainUnavailable } from "@/components/wallet/ChainUnavailable";
import { LinkWallet } from "@/components/wallet/LinkWallet";
import { getChainSettings } from "@/lib/deployment/getChainSettings";
import { orgPath } from "@/lib/orgPath";
import { requireMe } from "@/lib/session/requireMe";

export const metadata: Metadata = { title: "Your account" };

/** The signed-in person's account: how they sign in (email, wallet) and their organisations. */
export default function AccountPage() {
  return (
    <div
      className="container stack"
      style={{ maxWidth: "44rem", paddingBlock: "var(--space-8) var(--space-12)" }}
    >
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <Account />
      </Suspense>
    </div>
  );
}

async function Account() {
  const [me, chain] = await Promise.all([requireMe(), getChainSettings()]);
  return (
    <>
      <div className="page-head">
        <PageIntro title="Your account">{me.name ?? me.email ?? me.walletAddress}</PageIntro>
        <div className="row" style={{ alignItems: "center" }}>
          <Link href="/dashboard">Back to the dashboard</Link>
          <SignOutButton />
        </div>
      </div>

      <section className="card stack" aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">Email</h2>
        <p>{me.email ? <strong>{me.email}</strong> : "This account signs in with its wallet only."}</p>
      </section>

      <section className="card stack" aria-labelledby="wallet-title">
        <h2 id="wallet-title">Wallet</h2>
        {me.walletAddress ? (
          <>
            <p>
              Linked wallet: <span className="mono">{me.walletAddress}</span>
            </p>
            <p className="muted">
              Signing in with this wallet opens this account. Invitations sent to this address appear here
              when you sign in.
            </p>
          </>
        ) : (
          <>
            <p className="muted">
              No wallet is linked. Link one to sign in with it, and to accept invitations that organisations
              send to a wallet address. Your wallet signs a message to prove it is yours; it pays nothing.
            </p>
            {chain ? <LinkWallet {...chain.wallet} /> : <ChainUnavailable />}
          </>
        )}
      </section>

      <section className="card stack" aria-labelledby="organisations-title">
        <h2 id="organisations-title">Organisations</h2>
        {me.memberships.length === 0 ? (
          <p className="muted">
            You belong to no organisation yet. <Link href="/dashboard">Create one</Link>.
          </p>
        ) : (
          <ul className="stack" style={{ listStyle: "none", padding: 0, margin: 0, gap: "var(--space-2)" }}>
            {me.memberships.map((m) => (
              <li key={m.organizationId}>
                <Link href={orgPath(m.organizationId)}>{m.organizationName}</Link>{" "}
                <span className="badge">{m.role}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
