import type { Role } from "@tracemark/db";
import type { Actors } from "./actors.ts";
import type { TestApp } from "./buildTestApp.ts";

/**
 * One route in the tenancy matrix. `setup` runs before every call (so writes have something
 * fresh to act on) and returns the request; `minRole` is the least role of organisation A that
 * may call it. Everyone else (other organisation, outsider, anonymous, lower roles) must be
 * refused with 401/403/404 and must leave the rows counted by `table` unchanged.
 */
export type TenancyCase = {
  name: string;
  minRole: Role;
  /** Whether an API key of a sufficient role may call it (false: people only). */
  apiKeys: boolean;
  okStatus: number;
  /** Prisma model (delegate name) whose row count must not change on a refused call. */
  table?: string;
  setup: (
    t: TestApp,
    a: Actors,
  ) => Promise<{ method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"; url: string; body?: unknown }>;
};

let sequence = 0;
const unique = () => {
  sequence += 1;
  return sequence;
};

/** The routes of organisation-scoped resources. Each resource adds its routes here. */
export const tenancyCases: TenancyCase[] = [
  {
    name: "GET /orgs/:orgId",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}` }),
  },
  {
    name: "PATCH /orgs/:orgId",
    minRole: "admin",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({
      method: "PATCH",
      url: `/orgs/${a.orgA.id}`,
      body: { metadataUri: `https://example.test/${unique()}` },
    }),
  },
  {
    name: "GET /orgs/:orgId/members",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/members` }),
  },
  {
    name: "POST /orgs/:orgId/invitations",
    minRole: "admin",
    apiKeys: false,
    okStatus: 201,
    table: "invitation",
    setup: async (_t, a) => ({
      method: "POST",
      url: `/orgs/${a.orgA.id}/invitations`,
      body: { walletAddress: `0x${unique().toString(16).padStart(40, "0")}`, role: "viewer" },
    }),
  },
  {
    name: "GET /orgs/:orgId/invitations",
    minRole: "admin",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/invitations` }),
  },
  {
    name: "POST /orgs/:orgId/api-keys",
    minRole: "admin",
    apiKeys: true,
    okStatus: 201,
    table: "apiKey",
    setup: async (_t, a) => ({
      method: "POST",
      url: `/orgs/${a.orgA.id}/api-keys`,
      body: { name: `k${unique()}`, role: "viewer" },
    }),
  },
  {
    name: "GET /orgs/:orgId/api-keys",
    minRole: "admin",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/api-keys` }),
  },
  {
    name: "DELETE /orgs/:orgId/api-keys/:keyId",
    minRole: "admin",
    apiKeys: true,
    okStatus: 204,
    setup: async (t, a) => {
      const key = await t.db.prisma.apiKey.create({
        data: {
          organizationId: a.orgA.id,
          name: "doomed",
          role: "viewer",
          prefix: "tm_key_x",
          keyHash: `h${unique()}`,
        },
      });
      return { method: "DELETE", url: `/orgs/${a.orgA.id}/api-keys/${key.id}` };
    },
  },
  {
    name: "GET /orgs/:orgId/events",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/events?EQ_bizStep=shipping&limit=5` }),
  },
  {
    name: "GET /orgs/:orgId/lots/:lotId/trace",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (t, a) => {
      const lot = await readSideLot(t, a);
      return { method: "GET", url: `/orgs/${a.orgA.id}/lots/${lot.id}/trace?direction=both&depth=3` };
    },
  },
  {
    name: "GET /orgs/:orgId/exports/fsma204",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (t, a) => {
      const lot = await readSideLot(t, a);
      return { method: "GET", url: `/orgs/${a.orgA.id}/exports/fsma204?lotId=${lot.id}&format=csv` };
    },
  },
  {
    name: "GET /orgs/:orgId/exports/epcis",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/exports/epcis?GE_eventTime=2026-01-01T00:00:00Z` }),
  },
];

/** A lot of organisation A for the read-side routes (query, trace, exports), made once per run. */
async function readSideLot(t: TestApp, a: Actors) {
  const product = await t.db.prisma.product.upsert({
    where: { gtin: "09999999999994" },
    create: { organizationId: a.orgA.id, gtin: "09999999999994", name: "Read side", imageUrls: [] },
    update: {},
  });
  return t.db.prisma.lot.upsert({
    where: { productId_lotCode: { productId: product.id, lotCode: "READ-1" } },
    create: { organizationId: a.orgA.id, productId: product.id, lotCode: "READ-1" },
    update: {},
  });
}
