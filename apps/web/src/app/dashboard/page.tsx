import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { ActionForm } from "@/components/forms/ActionForm";
import { createOrganizationAction } from "@/lib/actions/org";
import { orgPath } from "@/lib/orgPath";
import { requireMe } from "@/lib/session/requireMe";
import styles from "../auth.module.css";

export const metadata: Metadata = { title: "Dashboard" };

/** Sends a member to their first organisation; offers to create one otherwise. */
export default function DashboardHome() {
  return (
    <div className={`container ${styles.wrap}`}>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <Home />
      </Suspense>
    </div>
  );
}

async function Home() {
  const me = await requireMe();
  const first = me.memberships[0];
  if (first) redirect(orgPath(first.organizationId));
  return (
    <div className={`card ${styles.panel}`}>
      <h1 className="page-title">Create your organisation</h1>
      <p className="muted">
        Products, lots and events belong to an organisation. A platform administrator admits it before its
        events are anchored on chain.
      </p>
      <ActionForm
        action={createOrganizationAction}
        submitLabel="Create organisation"
        aria-label="Create organisation"
      >
        <label className="field">
          <span>Name</span>
          <input className="input" name="name" required maxLength={200} />
        </label>
        <label className="field">
          <span>GLN (optional)</span>
          <input className="input" name="gln" inputMode="numeric" pattern="\d{13}" />
          <small>Your company’s 13-digit GS1 Global Location Number.</small>
        </label>
      </ActionForm>
    </div>
  );
}
