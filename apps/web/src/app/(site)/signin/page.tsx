import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ActionForm } from "@/components/forms/ActionForm";
import { Field } from "@/components/forms/Field";
import { WalletSignInOnChain } from "@/components/wallet/WalletSignInOnChain";
import { signInAction } from "@/lib/actions/auth";
import { AuthPanel } from "../AuthPanel";
import styles from "../auth.module.css";

export const metadata: Metadata = { title: "Sign in" };

export default function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; reset?: string }>;
}) {
  return (
    <AuthPanel searchParams={searchParams}>
      {({ next, reset }) => (
        <>
          <h1 className="page-title">Sign in to Tracemark</h1>
          {reset === "done" && (
            <p className="form-ok" role="status">
              Your password is changed and every session signed out. Sign in with the new password.
            </p>
          )}
          <ActionForm
            action={signInAction}
            submitLabel="Sign in"
            pendingLabel="Signing in…"
            aria-label="Sign in with email"
          >
            {next && <input type="hidden" name="next" value={next} />}
            <Field label="Email" type="email" name="email" autoComplete="email" required />
            <Field
              label="Password"
              type="password"
              name="password"
              autoComplete="current-password"
              required
            />
          </ActionForm>
          <div className={styles.divider}>
            <span>or</span>
          </div>
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <WalletSignInOnChain next="/dashboard" />
          </Suspense>
          <p className="muted">
            <Link href="/reset-password">Forgot your password?</Link>
          </p>
          <p className="muted">
            New here?{" "}
            <Link href={next ? `/signup?next=${encodeURIComponent(next)}` : "/signup"}>
              Create an account
            </Link>
          </p>
        </>
      )}
    </AuthPanel>
  );
}
