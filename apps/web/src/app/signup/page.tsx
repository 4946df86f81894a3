import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/ActionForm";
import { signUpAction } from "@/lib/actions/auth";
import styles from "../auth.module.css";

export const metadata: Metadata = { title: "Create an account" };

export default function SignUpPage() {
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
          <label className="field">
            <span>Your name</span>
            <input className="input" name="name" autoComplete="name" />
          </label>
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
              autoComplete="new-password"
              minLength={12}
              required
            />
            <small>At least 12 characters.</small>
          </label>
        </ActionForm>
        <p className="muted">
          Already have an account? <Link href="/signin">Sign in</Link>
        </p>
      </div>
    </div>
  );
}
