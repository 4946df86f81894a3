import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/ActionForm";
import { Field } from "@/components/forms/Field";
import { NewPasswordField } from "@/components/forms/NewPasswordField";
import { requestPasswordResetAction, resetPasswordAction } from "@/lib/actions/auth";
import { AuthPanel } from "../AuthPanel";

export const metadata: Metadata = { title: "Reset your password" };

/** Without a token: ask for a reset mail. With the mailed link's token: choose the new password. */
export default function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  return (
    <AuthPanel searchParams={searchParams}>
      {({ token }) => (
        <>
          {token ? (
            <>
              <h1 className="page-title">Choose a new password</h1>
              <p className="muted">
                Every session of your account is signed out; then sign in with the new password.
              </p>
              <ActionForm
                action={resetPasswordAction.bind(null, token)}
                submitLabel="Set new password"
                pendingLabel="Saving…"
                aria-label="Choose a new password"
              >
                <NewPasswordField label="New password" name="newPassword" />
              </ActionForm>
            </>
          ) : (
            <>
              <h1 className="page-title">Reset your password</h1>
              <p className="muted">
                We mail a link to choose a new password to the account with this email, if there is one.
              </p>
              <ActionForm
                action={requestPasswordResetAction}
                submitLabel="Send reset link"
                pendingLabel="Sending…"
                aria-label="Reset your password"
              >
                <Field label="Email" type="email" name="email" autoComplete="email" required />
              </ActionForm>
            </>
          )}
          <p className="muted">
            <Link href="/signin">Back to sign in</Link>
          </p>
        </>
      )}
    </AuthPanel>
  );
}
