/** A member's role in an organisation, lowest first: each may do all that the roles before it may. */
export const ROLES = ["viewer", "operator", "admin", "owner"] as const;

export type Role = (typeof ROLES)[number];

/**
 * Whether someone with `role` may do what needs `minimum` (viewer < operator < admin < owner), as
 * both the API's guards and the web's pages decide it.
 *
 * @example
 * roleAtLeast("operator", "admin"); // false
 */
export function roleAtLeast(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}

/**
 * The lower of two roles (an API key's role, capped at its creator's).
 *
 * @example
 * lowerRole("owner", "operator"); // "operator"
 */
export function lowerRole(a: Role, b: Role): Role {
  return roleAtLeast(b, a) ? a : b;
}
