import { admitOrganization } from "./admin";

/**
 * A platform administrator admits the organisation. Today through the admin API route; one
 * function so the journey can switch to the admin console's page once it exists.
 */
export async function admitAsPlatformAdmin(orgId: string): Promise<void> {
  await admitOrganization(orgId);
}
