import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/ActionForm";
import { inviteMemberAction } from "@/lib/actions/org";
import { apiRequest } from "@/lib/api/apiRequest";
import { settle } from "@/lib/api/settle";
import type { Invitation, Member } from "@/lib/api/types";
import { formatDate } from "@/lib/format/formatEventTime";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage({ params }: PageProps<"/dashboard/[orgId]/team">) {
  const { orgId } = await params;
  const [members, invitations] = await Promise.all([
    apiRequest<Member[] | { items: Member[] }>(`/orgs/${orgId}/members`),
    settle(apiRequest<Invitation[] | { items: Invitation[] }>(`/orgs/${orgId}/invitations`)),
  ]);
  const memberList = Array.isArray(members) ? members : members.items;
  const invitationList = invitations.ok
    ? Array.isArray(invitations.value)
      ? invitations.value
      : invitations.value.items
    : [];
  return (
    <>
      <h1 className="page-title">Team</h1>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Wallet</th>
              <th scope="col">Role</th>
              <th scope="col">Joined</th>
            </tr>
          </thead>
          <tbody>
            {memberList.map((m) => (
              <tr key={m.userId}>
                <td>{m.name ?? m.email ?? "—"}</td>
                <td className="mono">{m.walletAddress ?? "—"}</td>
                <td>{m.role}</td>
                <td>{formatDate(m.joinedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {invitationList.filter((i) => !i.acceptedAt && !i.revokedAt).length > 0 && (
        <section className="stack" aria-labelledby="open-invitations">
          <h2 id="open-invitations">Open invitations</h2>
          <ul>
            {invitationList
              .filter((i) => !i.acceptedAt && !i.revokedAt)
              .map((i) => (
                <li key={i.id}>
                  <span className="mono">{i.walletAddress}</span> as {i.role}, sent {formatDate(i.createdAt)}
                </li>
              ))}
          </ul>
        </section>
      )}
      <section className="card stack" aria-labelledby="invite-title">
        <h2 id="invite-title">Invite by wallet</h2>
        <ActionForm
          action={inviteMemberAction.bind(null, orgId)}
          submitLabel="Send invitation"
          aria-label="Invite a member"
        >
          <div className="row">
            <label className="field" style={{ flex: 1 }}>
              <span>Wallet address</span>
              <input className="input" name="walletAddress" required pattern="0x[0-9a-fA-F]{40}" />
            </label>
            <label className="field">
              <span>Role</span>
              <select className="input" name="role" defaultValue="operator">
                <option value="viewer">Viewer (read)</option>
                <option value="operator">Operator (record events)</option>
                <option value="admin">Admin (team, keys, recalls)</option>
              </select>
            </label>
          </div>
        </ActionForm>
      </section>
    </>
  );
}
