import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/forms/ActionButton";
import { verifyEmailAction } from "@/lib/actions/auth";
import { AuthPanel } from "../AuthPanel";

export const metadata: Metadata = { title: "Verify your email" };

/** Opened from the verification mail: one button verifies (a mail scanner's visit does nothing). */
export default function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  return (
    <AuthPanel searchParams={searchParams} stack>
      {({ token }) => (
        <>
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
              This page needs the link from your verification mail. Signed in, you can ask for a new one on
              your dashboard.
            </p>
          )}
          <p className="muted">
            <Link href="/dashboard">Go to your dashboard</Link>
          </p>
        </>
      )}
    </AuthPanel>
  );
}
