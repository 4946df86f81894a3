import type { Role } from "@/lib/api/types";

const rank: Record<Role, number> = { viewer: 0, operator: 1, admin: 2, owner: 3 };

/**
 * Whether someone with `role` may do what needs `minimum`: each role may do all a lower one may,
 * as the API decides (viewer < operator < admin < owner).
 *
 * @example
 * roleAtLeast("operator", "admin"); // false
 */
export function roleAtLeast(role: Role, minimum: Role): boolean {
  return rank[role] >= rank[minimum];
}

/** Everyone who holds `minimum` or more, in words: "operators, admins and owners". */
export function holdersOf(minimum: Role): string {
  const plural: Record<Role, string> = {
    viewer: "viewers",
    operator: "operators",
    admin: "admins",
    owner: "owners",
  };
  const names = (Object.keys(rank) as Role[]).filter((r) => roleAtLeast(r, minimum)).map((r) => plural[r]);
  return names.length === 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
