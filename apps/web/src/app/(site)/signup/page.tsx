import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/ActionForm";
import { Field } from "@/components/forms/Field";
import { NewPasswordField } from "@/components/forms/NewPasswordField";
import { signUpAction } from "@/lib/actions/auth";
import { AuthPanel } from "../AuthPanel";

export const metadata: Metadata = { title: "Create an account" };

export default function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; email?: string }>;
}) {
  return (
    <AuthPanel searchParams={searchParams}>
      {({ next, email }) => (
        <>
          <h1 className="page-title">Create your Tracemark account</h1>
          <p className="muted">
            Record your products’ journeys, print QR labels and let shoppers verify them.
          </p>
          <ActionForm
            action={signUpAction}
            submitLabel="Create account"
            pendingLabel="Creating…"
            aria-label="Sign up"
          >
            {next && <input type="hidden" name="next" value={next} />}
            <Field label="Your name" name="name" autoComplete="name" />
            <Field
              label="Email"
              type="email"
              name="email"
              autoComplete="email"
              defaultValue={email}
              required
            />
            <NewPasswordField label="Password" name="password" />
          </ActionForm>
          <p className="muted">
            We mail you a link to verify your email; until you open it, your account cannot create an
            organisation or accept invitations.
          </p>
          <p className="muted">
            Already have an account?{" "}
            <Link href={next ? `/signin?next=${encodeURIComponent(next)}` : "/signin"}>Sign in</Link>
          </p>
        </>
      )}
    </AuthPanel>
  );
}
