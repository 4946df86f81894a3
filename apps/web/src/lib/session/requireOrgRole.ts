import "server-only";
import { notFound } from "next/navigation";
import type { Me, Role } from "@/lib/api/types";
import { requireMe } from "./requireMe";

export type OrgMember = { me: Me; role: Role; organizationName: string };

/**
 * The signed-in visitor and their role in the organisation; sends anyone else to sign in, and shows
 * the dashboard's "not found" page to a visitor who is not a member (as the API refuses them).
 *
 * @example
 * const { role } = await requireOrgRole(orgId);
 * if (!roleAtLeast(role, "admin")) return <RoleRequired … />;
 */
export async function requireOrgRole(orgId: string): Promise<OrgMember> {
  const me = await requireMe();
  const membership = me.memberships.find((m) => m.organizationId === orgId);
  if (!membership) notFound();
  return { me, role: membership.role, organizationName: membership.organizationName };
}
