import type { Role } from "@tracemark/db";

/** Who is calling: a signed-in user (with their memberships) or an organisation's API key. */
export type Principal =
  | {
      kind: "user";
      userId: string;
      sessionId: string;
      isPlatformAdmin: boolean;
      walletAddress: string | null;
      /** Organisation id → the user's role there. */
      roles: Map<string, Role>;
    }
  | {
      kind: "apiKey";
      apiKeyId: string;
      organizationId: string;
      /** The key's role, capped at its creator's current role. */
      role: Role;
      /** The member the key answers to (the user who made it, or who made the key that made it). */
      createdById: string | null;
    };

const RANK: Record<Role, number> = { viewer: 0, operator: 1, admin: 2, owner: 3 };

/** Whether `role` is at least `minimum` (viewer < operator < admin < owner). */
export function roleAtLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

/** The lower of two roles. */
export function lowerRole(a: Role, b: Role): Role {
  return RANK[a] <= RANK[b] ? a : b;
}

/** The caller's role in an organisation, if any. */
export function roleIn(principal: Principal, organizationId: string): Role | undefined {
  if (principal.kind === "apiKey")
    return principal.organizationId === organizationId ? principal.role : undefined;
  return principal.roles.get(organizationId);
}
