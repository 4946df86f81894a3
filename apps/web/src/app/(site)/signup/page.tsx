import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ActionForm } from "@/components/forms/ActionForm";
import { Field } from "@/components/forms/Field";
import { NewPasswordField } from "@/components/forms/NewPasswordField";
import { signUpAction } from "@/lib/actions/auth";
import styles from "../auth.module.css";

export const metadata: Metadata = { title: "Create an account" };

export default function SignUpPage(props: { searchParams: Promise<{ next?: string; email?: string }> }) {
  return (
    <Suspense fallback={<p className="container muted">Loading…</p>}>
      <SignUp {...props} />
    </Suspense>
  );
}

async function SignUp({ searchParams }: { searchParams: Promise<{ next?: string; email?: string }> }) {
  const { next, email } = await searchParams;
  return (
    <div className={`container ${styles.wrap}`}>
      <div className={`card ${styles.panel}`}>
        <h1 className="page-title">Create your Tracemark account</h1>
        <p className="muted">Record your products’ journeys, print QR labels and let shoppers verify them.</p>
        <ActionForm
          action={signUpAction}
          submitLabel="Create account"
          pendingLabel="Creating…"
          aria-label="Sign up"
        >
          {next && <input type="hidden" name="next" value={next} />}
          <Field label="Your name" name="name" autoComplete="name" />
          <Field label="Email" type="email" name="email" autoComplete="email" defaultValue={email} required />
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
      </div>
    </div>
  );
}
