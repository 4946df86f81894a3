import { ROLES, type Role, roleAtLeast } from "@tracemark/sdk";

/** Role ranks are the SDK's, the same the API decides by (viewer < operator < admin < owner). */
export { roleAtLeast };

const plural: Record<Role, string> = {
  viewer: "viewers",
  operator: "operators",
  admin: "admins",
  owner: "owners",
};

/** Everyone who holds `minimum` or more, in words: "operators, admins and owners". */
export function holdersOf(minimum: Role): string {
  const names = ROLES.filter((r) => roleAtLeast(r, minimum)).map((r) => plural[r]);
  return names.length === 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
