import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/forms/ActionButton";
import { acceptInvitationByTokenAction } from "@/lib/actions/members";
import { ApiError } from "@/lib/api/ApiError";
import { dataOf, publicApi } from "@/lib/api/api";
import type { InvitationPreview } from "@/lib/api/types";
import { formatDate } from "@/lib/format/formatEventTime";
import { getMe } from "@/lib/session/getMe";
import { AuthPanel } from "../AuthPanel";

export const metadata: Metadata = { title: "Invitation" };

/**
 * Opened from an invitation mail: what it offers, then the way to accept: sign up or in with the
 * invited email, verify it, and accept here.
 */
export default function InvitePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  return (
    <AuthPanel searchParams={searchParams} stack>
      {({ token }) => <Invitation token={token} />}
    </AuthPanel>
  );
}

async function Invitation({ token }: { token?: string }) {
  let preview: InvitationPreview | undefined;
  let problem: string | undefined;
  if (!token) problem = "This page needs the link from your invitation mail.";
  else
    try {
      preview = await dataOf(publicApi.POST("/invitations/preview", { body: { token } }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      problem = error.readable;
    }
  const me = await getMe();
  const here = `/invite?token=${encodeURIComponent(token ?? "")}`;
  return !preview || !token ? (
    <>
      <h1 className="page-title">This invitation can’t be used</h1>
      <p role="alert" className="form-error">
        {problem}
      </p>
    </>
  ) : (
    <>
      <h1 className="page-title">Join {preview.organizationName}</h1>
      <p style={{ overflowWrap: "anywhere" }}>
        You are invited to join <strong>{preview.organizationName}</strong> on Tracemark as{" "}
        <strong>{preview.role}</strong>. The invitation is for <strong>{preview.email}</strong> and works
        until {formatDate(preview.expiresAt)}.
      </p>
      {!me ? (
        <p>
          <Link
            className="btn"
            href={`/signup?next=${encodeURIComponent(here)}&email=${encodeURIComponent(preview.email)}`}
          >
            Sign up with this email
          </Link>{" "}
          or <Link href={`/signin?next=${encodeURIComponent(here)}`}>sign in</Link> to accept.
        </p>
      ) : me.email !== preview.email ? (
        <p role="alert" className="form-error">
          You are signed in as {me.email ?? "a wallet account"}; sign out and sign in (or up) with{" "}
          {preview.email} to accept.
        </p>
      ) : !me.emailVerifiedAt ? (
        <p role="status">
          Verify your email first: open the link we mailed to {me.email}, then come back to this page.
        </p>
      ) : (
        <ActionButton
          action={acceptInvitationByTokenAction.bind(null, token)}
          label="Accept invitation"
          pendingLabel="Joining…"
          tone="primary"
        />
      )}
    </>
  );
}
