import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ActionForm } from "@/components/forms/ActionForm";
import { WalletSignInOnChain } from "@/components/wallet/WalletSignInOnChain";
import { signInAction } from "@/lib/actions/auth";
import styles from "../auth.module.css";

export const metadata: Metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <div className={`container ${styles.wrap}`}>
      <div className={`card ${styles.panel}`}>
        <h1 className="page-title">Sign in to Tracemark</h1>
        <ActionForm
          action={signInAction}
          submitLabel="Sign in"
          pendingLabel="Signing in…"
          aria-label="Sign in with email"
        >
          <label className="field">
            <span>Email</span>
            <input className="input" type="email" name="email" autoComplete="email" required />
          </label>
          <label className="field">
            <span>Password</span>
            <input
              className="input"
              type="password"
              name="password"
              autoComplete="current-password"
              required
            />
          </label>
        </ActionForm>
        <div className={styles.divider}>
          <span>or</span>
        </div>
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <WalletSignInOnChain next="/dashboard" />
        </Suspense>
        <p className="muted">
          New here? <Link href="/signup">Create an account</Link>
        </p>
      </div>
    </div>
  );
}
