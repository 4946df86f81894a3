import type { ReactNode } from "react";
import type { Role } from "@/lib/api/types";
import { holdersOf, roleAtLeast } from "@/lib/roles";

const withArticle: Record<Role, string> = {
  owner: "an owner",
  admin: "an admin",
  operator: "an operator",
  viewer: "a viewer",
};

export type RoleRequiredProps = {
  /** The lowest role that may do it. */
  minimum: Role;
  /** The visitor's role in this organisation. */
  role: Role;
  /** What they cannot do, completing "Only … can": "manage API keys". */
  to: string;
};

/**
 * Says in words that a page or a part of it needs a higher role: which one, the visitor's own, and
 * who can change it. Shown instead of controls the API would refuse.
 */
export function RoleRequired({ minimum, role, to }: RoleRequiredProps) {
  return (
    <p className="notice">
      Only {holdersOf(minimum)} can {to}. You are {withArticle[role]} in this organisation; an owner or admin
      can change your role.
    </p>
  );
}

/**
 * `children` for a visitor whose role is at least `minimum`; for anyone else `RoleRequired` in their
 * place, and the children (often what loads data only that role may read) are never rendered.
 *
 * @example
 * <ForRole minimum="admin" role={role} to="see and manage API keys"><ApiKeys orgId={orgId} /></ForRole>
 */
export function ForRole({ children, ...required }: RoleRequiredProps & { children: ReactNode }) {
  return roleAtLeast(required.role, required.minimum) ? children : <RoleRequired {...required} />;
}
