import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { ActionButton } from "@/components/forms/ActionButton";
import { ActionForm } from "@/components/forms/ActionForm";
import { Field } from "@/components/forms/Field";
import { resendVerificationAction } from "@/lib/actions/auth";
import { acceptInvitationAction } from "@/lib/actions/members";
import { createOrganizationAction } from "@/lib/actions/organizations";
import { api, dataOf } from "@/lib/api/api";
import type { ApiItem } from "@/lib/api/types";
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

type OpenInvitation = ApiItem<"/invitations">;

async function Home() {
  const me = await requireMe();
  const invitations = me.walletAddress
    ? await dataOf(api.GET("/invitations")).catch(() => [] as OpenInvitation[])
    : [];
  const first = me.memberships[0];
  if (me.isPlatformAdmin && !first && invitations.length === 0) redirect("/admin");
  if (first && invitations.length === 0) redirect(orgPath(first.organizationId));
  return (
    <div className="stack">
      {me.email && !me.emailVerifiedAt && (
        <section className={`card ${styles.panel}`} aria-labelledby="verify-title" role="status">
          <h2 id="verify-title">Verify your email</h2>
          <p>
            We mailed a link to <strong>{me.email}</strong>. Until you open it, your account cannot create an
            organisation or accept invitations.
          </p>
          <ActionButton
            action={resendVerificationAction}
            label="Send the link again"
            pendingLabel="Sending…"
          />
        </section>
      )}
      {invitations.length > 0 && (
        <section className={`card ${styles.panel}`} aria-labelledby="invitations-title">
          <h1 id="invitations-title" className="page-title">
            You are invited
          </h1>
          {invitations.map((i) => (
            <div key={i.id} className="row" style={{ justifyContent: "space-between", alignItems: "center" }}>
              <span>
                Join as <strong>{i.role}</strong>
              </span>
              <ActionButton
                action={acceptInvitationAction.bind(null, i.id)}
                label="Accept"
                pendingLabel="Joining…"
                tone="primary"
              />
            </div>
          ))}
          {first && <Link href={orgPath(first.organizationId)}>Continue to your organisation</Link>}
        </section>
      )}
      {!first && <CreateOrganization />}
    </div>
  );
}

function CreateOrganization() {
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
        <Field label="Name" name="name" required maxLength={200} />
        <Field
          label="GLN (optional)"
          name="gln"
          inputMode="numeric"
          pattern="\d{13}"
          hint="Your company’s 13-digit GS1 Global Location Number."
        />
      </ActionForm>
      <p className="muted">
        Invited to join a team? Open the link in the invitation mail; an invitation to a wallet address shows
        here once you <Link href="/account">link that wallet</Link> to your account.
      </p>
    </div>
  );
}
