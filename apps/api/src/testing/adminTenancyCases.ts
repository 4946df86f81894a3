import type { CallerFacts, TenancyCase } from "./tenancyCases.ts";

const platformAdmin = (c: CallerFacts) => c.platformAdmin;

/**
 * The tenancy matrix cases of the audit trail and the admin console: an organisation's trail is its owners'
 * (people or owner keys; members of lower roles, other organisations and platform administrators are
 * refused), the platform's trail and the console's routes are platform administrators'.
 */
export const adminTenancyCases: TenancyCase[] = [
  {
    name: "GET /orgs/:orgId/audit-trail",
    minRole: "owner",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/audit-trail` }),
  },
  {
    name: "GET /orgs/:orgId/audit-trail.csv",
    minRole: "owner",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/audit-trail.csv` }),
  },
  {
    name: "GET /admin/audit-trail",
    minRole: "owner",
    apiKeys: false,
    okStatus: 200,
    allowed: platformAdmin,
    setup: async (_t, a) => ({ method: "GET", url: `/admin/audit-trail?organizationId=${a.orgA.id}` }),
  },
  {
    name: "GET /admin/audit-trail.csv",
    minRole: "owner",
    apiKeys: false,
    okStatus: 200,
    allowed: platformAdmin,
    setup: async () => ({ method: "GET", url: "/admin/audit-trail.csv" }),
  },
];

/** The admin console's reads: platform administrators only. */
export const adminConsoleTenancyCases: TenancyCase[] = [
  {
    name: "GET /admin/organizations/:orgId",
    minRole: "owner",
    apiKeys: false,
    okStatus: 200,
    allowed: platformAdmin,
    setup: async (_t, a) => ({ method: "GET", url: `/admin/organizations/${a.orgA.id}` }),
  },
  {
    name: "GET /admin/users",
    minRole: "owner",
    apiKeys: false,
    okStatus: 200,
    allowed: platformAdmin,
    setup: async () => ({ method: "GET", url: "/admin/users?q=example" }),
  },
  {
    name: "GET /admin/status",
    minRole: "owner",
    apiKeys: false,
    okStatus: 200,
    allowed: platformAdmin,
    setup: async () => ({ method: "GET", url: "/admin/status" }),
  },
];
