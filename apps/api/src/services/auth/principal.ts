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

/** Role ranks are the SDK's, shared with the web. */
export { lowerRole, roleAtLeast } from "@tracemark/sdk";

/** The caller's role in an organisation, if any. */
export function roleIn(principal: Principal, organizationId: string): Role | undefined {
  if (principal.kind === "apiKey")
    return principal.organizationId === organizationId ? principal.role : undefined;
  return principal.roles.get(organizationId);
}
