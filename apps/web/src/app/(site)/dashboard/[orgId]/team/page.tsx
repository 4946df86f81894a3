import type { Metadata } from "next";
import { DataTable } from "@/components/DataTable/DataTable";
import { roleLabels, roleNames } from "@/components/dashboard/labels";
import { MemberRoleForm } from "@/components/dashboard/MemberRoleForm";
import { PageIntro } from "@/components/dashboard/PageIntro";
import { PageLinks } from "@/components/dashboard/PageLinks";
import { RoleRequired } from "@/components/dashboard/RoleRequired";
import { ConfirmActionButton } from "@/components/forms/ConfirmActionButton";
import { Field } from "@/components/forms/Field";
import { FormCard } from "@/components/forms/FormCard";
import { SelectField } from "@/components/forms/SelectField";
import {
  changeMemberRoleAction,
  inviteByEmailAction,
  inviteMemberAction,
  removeMemberAction,
  withdrawInvitationAction,
} from "@/lib/actions/members";
import { api, dataOf } from "@/lib/api/api";
import { settle } from "@/lib/api/settle";
import type { Role } from "@/lib/api/types";
import { formatDate } from "@/lib/format/formatEventTime";
import { orgPath } from "@/lib/orgPath";
import { roleAtLeast } from "@/lib/roles";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "Team" };

const allRoles: Role[] = ["owner", "admin", "operator", "viewer"];

/** Members per page. */
const PAGE = 25;

export default async function TeamPage({ params, searchParams }: PageProps<"/dashboard/[orgId]/team">) {
  const [{ orgId }, search] = await Promise.all([params, searchParams]);
  const { me, role: myRole, organizationName } = await requireOrgRole(orgId);
  const canManage = roleAtLeast(myRole, "admin");
  const [members, invitations] = await Promise.all([
    dataOf(api.GET("/orgs/{orgId}/members", { params: { path: { orgId } } })),
    // Only owners and admins may see the invitations sent.
    canManage
      ? settle(dataOf(api.GET("/orgs/{orgId}/invitations", { params: { path: { orgId } } })))
      : undefined,
  ]);
  // Only an owner grants or takes away ownership (the API refuses anyone else).
  const rolesToGive = myRole === "owner" ? allRoles : allRoles.filter((r) => r !== "owner");
  const invitationList = invitations?.ok ? invitations.value : [];
  const openInvitations = invitationList.filter((i) => !i.acceptedAt && !i.revokedAt);
  // The API lists every member at once: the page shows them 25 at a time (`?page=2`).
  const pageNumber = Math.max(1, Math.floor(Number(search.page)) || 1);
  const shown = members.slice((pageNumber - 1) * PAGE, pageNumber * PAGE);
  const nextPage = members.length > pageNumber * PAGE ? String(pageNumber + 1) : null;
  return (
    <>
      <PageIntro title="Team">
        Viewers read; operators also record events; admins also manage the team, keys and recalls; owners also
        grant ownership. An organisation always keeps at least one owner.
      </PageIntro>
      {!canManage && <RoleRequired minimum="admin" role={myRole} to="change the team" />}
      <DataTable
        columns={["Member", "Wallet", "Role", "Joined"]}
        actions={canManage}
        items={shown}
        row={(m) => {
          const self = m.userId === me.id;
          const label = m.name ?? m.email ?? m.walletAddress ?? "this member";
          const editable = canManage && (m.role !== "owner" || myRole === "owner");
          return (
            <tr key={m.userId}>
              <td>
                {m.name ?? m.email ?? <span className="muted">Wallet sign-in only</span>}
                {self && <span className="muted"> (you)</span>}
                {m.name && m.email && <div className="muted">{m.email}</div>}
              </td>
              <td className="mono">{m.walletAddress ?? "—"}</td>
              <td>
                {editable ? (
                  <MemberRoleForm
                    action={changeMemberRoleAction.bind(null, orgId, m.userId)}
                    current={m.role}
                    roles={rolesToGive}
                    memberLabel={label}
                  />
                ) : (
                  roleNames[m.role]
                )}
              </td>
              <td>{formatDate(m.joinedAt)}</td>
              {canManage && (
                <td>
                  {editable && (
                    <ConfirmActionButton
                      action={removeMemberAction.bind(null, orgId, m.userId, self)}
                      label={self ? "Leave" : "Remove"}
                      aria-label={self ? "Leave the organisation" : `Remove ${label}`}
                      pendingLabel={self ? "Leaving…" : "Removing…"}
                      title={self ? `Leave ${organizationName}?` : `Remove ${label}?`}
                      description={
                        self
                          ? "You lose access to this organisation’s dashboard at once. Someone must invite you again to come back."
                          : "They lose access to this organisation’s dashboard at once. You can invite them again later."
                      }
                      confirmLabel={self ? "Leave" : "Remove"}
                    />
                  )}
                </td>
              )}
            </tr>
          );
        }}
      />
      <PageLinks
        path={orgPath(orgId, "team")}
        search={search}
        nextCursor={nextPage}
        param="page"
        noun="members"
      />
      {invitations && !invitations.ok && <p className="form-error">{invitations.error}</p>}
      {canManage && openInvitations.length > 0 && (
        <section className="stack" aria-labelledby="open-invitations">
          <h2 id="open-invitations">Open invitations</h2>
          <ul className="stack" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {openInvitations.map((i) => (
              <li
                key={i.id}
                className="row"
                style={{ alignItems: "center", justifyContent: "space-between" }}
              >
                <span style={{ overflowWrap: "anywhere" }}>
                  {i.email ?? <span className="mono">{i.walletAddress}</span>} as {i.role}, sent{" "}
                  {formatDate(i.createdAt)}
                  {i.expiresAt && `, link works until ${formatDate(i.expiresAt)}`}
                </span>
                <ConfirmActionButton
                  action={withdrawInvitationAction.bind(null, orgId, i.id)}
                  label="Withdraw"
                  aria-label={`Withdraw the invitation to ${i.email ?? i.walletAddress}`}
                  pendingLabel="Withdrawing…"
                  title="Withdraw this invitation?"
                  description={`${i.email ?? i.walletAddress} can no longer join as ${i.role} with it. You can invite them again later.`}
                  confirmLabel="Withdraw invitation"
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {canManage && (
        <FormCard
          id="invite-email-title"
          title="Invite by email"
          action={inviteByEmailAction.bind(null, orgId)}
          submitLabel="Mail invitation"
        >
          <div className="row">
            <Field label="Email" grow type="email" name="email" required />
            <InvitedRoleField roles={rolesToGive} />
          </div>
          <small className="muted">
            They get a link that works once, for 7 days: they sign up (or in) with this email, verify it, and
            join.
          </small>
        </FormCard>
      )}
      {canManage && (
        <FormCard
          id="invite-title"
          title="Invite by wallet"
          action={inviteMemberAction.bind(null, orgId)}
          submitLabel="Send invitation"
          aria-label="Invite a member"
        >
          <div className="row">
            <Field label="Wallet address" grow name="walletAddress" required pattern="0x[0-9a-fA-F]{40}" />
            <InvitedRoleField roles={rolesToGive} />
          </div>
        </FormCard>
      )}
    </>
  );
}

/** The role an invitation gives: one the inviter may give, never ownership. */
function InvitedRoleField({ roles }: { roles: readonly Role[] }) {
  return (
    <SelectField
      label="Role"
      name="role"
      defaultValue="operator"
      options={roles.filter((r) => r !== "owner").map((r) => [r, roleLabels[r]] as const)}
    />
  );
}
