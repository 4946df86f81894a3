import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ActionButton } from "@/components/forms/ActionButton";
import { verifyEmailAction } from "@/lib/actions/auth";
import styles from "../auth.module.css";

export const metadata: Metadata = { title: "Verify your email" };

/** Opened from the verification mail: one button verifies (a mail scanner's visit does nothing). */
export default function VerifyEmailPage(props: { searchParams: Promise<{ token?: string }> }) {
  return (
    <Suspense fallback={<p className="container muted">Loading…</p>}>
      <VerifyEmail {...props} />
    </Suspense>
  );
}

async function VerifyEmail({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <div className={`container ${styles.wrap}`}>
      <div className={`card ${styles.panel} stack`}>
        <h1 className="page-title">Verify your email</h1>
        {token ? (
          <>
            <p className="muted">Confirm that this email address is yours. The link works once.</p>
            <ActionButton
              action={verifyEmailAction.bind(null, token)}
              label="Verify my email"
              pendingLabel="Verifying…"
              tone="primary"
            />
          </>
        ) : (
          <p role="alert" className="form-error">
            This page needs the link from your verification mail. Signed in, you can ask for a new one on your
            dashboard.
          </p>
        )}
        <p className="muted">
          <Link href="/dashboard">Go to your dashboard</Link>
        </p>
      </div>
    </div>
  );
}
