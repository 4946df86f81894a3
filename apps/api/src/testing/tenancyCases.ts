import type { Role } from "@tracemark/db";
import { accountTenancyCases } from "./accountTenancyCases.ts";
import type { Actors } from "./actors.ts";
import { adminConsoleTenancyCases, adminTenancyCases } from "./adminTenancyCases.ts";
import type { TestApp } from "./buildTestApp.ts";
import { createLot, uniqueGtin } from "./captureFixtures.ts";
import { captureTenancyCases } from "./captureTenancyCases.ts";
import { epcisTenancyCases } from "./epcisTenancyCases.ts";
import { importTenancyCases } from "./importTenancyCases.ts";
import { proofPointEvidence, testAuditor } from "./masterDataFixtures.ts";
import { webhookOfA, webhookTenancyCases } from "./webhookTenancyCases.ts";

/** Who a caller of the matrix is. */
export type CallerFacts = {
  /** The organisation it acts for (a member's or an API key's), if any. */
  org: "A" | "B" | undefined;
  /** Whether its role in `org` is at least `role`. */
  atLeast: (role: Role) => boolean;
  /** A signed-in person (not an API key). */
  user: boolean;
  apiKey: boolean;
  platformAdmin: boolean;
  /** The accredited test auditor, signed in. */
  auditor: boolean;
};

/**
 * One route in the tenancy matrix. `setup` runs before every call (so writes have something
 * fresh to act on) and returns the request. By default the route is organisation A's: `minRole` is
 * the least role of A that may call it (`apiKeys`: an A key of that role too); `allowed` says
 * otherwise for routes of the caller's own account, the API key's organisation, the platform or
 * the auditor. Everyone else must be refused with 401/403/404 and must leave the rows counted by
 * `table` unchanged.
 */
export type TenancyCase = {
  name: string;
  minRole: Role;
  /** Whether an API key of a sufficient role may call it (false: people only). */
  apiKeys: boolean;
  okStatus: number;
  /** Prisma model (delegate name) whose row count must not change on a refused call. */
  table?: string;
  allowed?: (caller: CallerFacts) => boolean;
  /** Each person calls with a new session of theirs (the route ends the session it is called with). */
  freshSession?: boolean;
  /** Each person is replaced by a new user with the test password (the route changes the account). */
  freshUser?: boolean;
  setup: (
    t: TestApp,
    a: Actors,
  ) => Promise<{
    method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";
    url: string;
    body?: unknown;
  }>;
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
    name: "GET /orgs/:orgId/visibility",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/visibility` }),
  },
  {
    name: "PUT /orgs/:orgId/visibility",
    minRole: "admin",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({
      method: "PUT",
      url: `/orgs/${a.orgA.id}/visibility`,
      body: {
        defaultVisibility: "public",
        bizStepVisibility: { shipping: unique() % 2 ? "partners" : "public" },
      },
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
      body:
        unique() % 2
          ? { walletAddress: `0x${unique().toString(16).padStart(40, "0")}`, role: "viewer" }
          : { email: `invited-${unique()}@example.test`, role: "viewer" },
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
  // ── master data, recalls, audits, attestations, webhooks ──
  {
    name: "POST /orgs/:orgId/products",
    minRole: "operator",
    apiKeys: true,
    okStatus: 201,
    table: "product",
    setup: async (_t, a) => ({
      method: "POST",
      url: `/orgs/${a.orgA.id}/products`,
      body: { gtin: uniqueGtin(), name: "Tenancy product" },
    }),
  },
  {
    name: "GET /orgs/:orgId/products",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/products` }),
  },
  {
    name: "GET /orgs/:orgId/products/:productId",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (t, a) => {
      const { product } = await createLot(t, a.orgA.id);
      return { method: "GET", url: `/orgs/${a.orgA.id}/products/${product.id}` };
    },
  },
  {
    name: "PATCH /orgs/:orgId/products/:productId",
    minRole: "operator",
    apiKeys: true,
    okStatus: 200,
    setup: async (t, a) => {
      const { product } = await createLot(t, a.orgA.id);
      return { method: "PATCH", url: `/orgs/${a.orgA.id}/products/${product.id}`, body: { name: "Renamed" } };
    },
  },
  {
    name: "POST /orgs/:orgId/products/:productId/lots",
    minRole: "operator",
    apiKeys: true,
    okStatus: 201,
    table: "lot",
    setup: async (t, a) => {
      const { product } = await createLot(t, a.orgA.id);
      return {
        method: "POST",
        url: `/orgs/${a.orgA.id}/products/${product.id}/lots`,
        body: { lotCode: "T-1" },
      };
    },
  },
  {
    name: "GET /orgs/:orgId/lots",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/lots?recallState=none` }),
  },
  // Organisation A's lot, and each list under it, read.
  ...["", "/scans", "/events", "/plots", "/record", "/documents", "/serials"].map(
    (path): TenancyCase => ({
      name: `GET /orgs/:orgId/lots/:lotId${path}`,
      minRole: "viewer",
      apiKeys: true,
      okStatus: 200,
      setup: async (t, a) => {
        const { lot } = await createLot(t, a.orgA.id);
        return { method: "GET", url: `/orgs/${a.orgA.id}/lots/${lot.id}${path}` };
      },
    }),
  ),
  {
    name: "PATCH /orgs/:orgId/lots/:lotId",
    minRole: "operator",
    apiKeys: true,
    okStatus: 200,
    setup: async (t, a) => {
      const { lot } = await createLot(t, a.orgA.id);
      return { method: "PATCH", url: `/orgs/${a.orgA.id}/lots/${lot.id}`, body: { unit: "KGM" } };
    },
  },
  {
    name: "GET /orgs/:orgId/disclosure",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/disclosure` }),
  },
  {
    name: "PUT /orgs/:orgId/disclosure",
    minRole: "admin",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({
      method: "PUT",
      url: `/orgs/${a.orgA.id}/disclosure`,
      body: { withhold: unique() % 2 ? ["quantities"] : [], byBizStep: { shipping: ["bizTransactions"] } },
    }),
  },
  {
    name: "POST /orgs/:orgId/lots/:lotId/serials",
    minRole: "operator",
    apiKeys: true,
    okStatus: 201,
    table: "serialItem",
    setup: async (t, a) => {
      const { lot } = await createLot(t, a.orgA.id);
      return {
        method: "POST",
        url: `/orgs/${a.orgA.id}/lots/${lot.id}/serials`,
        body: { serials: ["S1", "S2"] },
      };
    },
  },
  {
    name: "POST /orgs/:orgId/locations",
    minRole: "operator",
    apiKeys: true,
    okStatus: 201,
    table: "location",
    setup: async (_t, a) => ({
      method: "POST",
      url: `/orgs/${a.orgA.id}/locations`,
      body: { name: "Tenancy plot", country: "CI", plot: { type: "Point", coordinates: [-5.5, 7.5] } },
    }),
  },
  {
    name: "GET /orgs/:orgId/locations",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/locations` }),
  },
  {
    name: "GET /orgs/:orgId/locations/:locationId",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (t, a) => {
      const location = await t.db.prisma.location.create({
        data: { organizationId: a.orgA.id, name: "Depot" },
      });
      return { method: "GET", url: `/orgs/${a.orgA.id}/locations/${location.id}` };
    },
  },
  {
    name: "PATCH /orgs/:orgId/locations/:locationId",
    minRole: "operator",
    apiKeys: true,
    okStatus: 200,
    setup: async (t, a) => {
      const location = await t.db.prisma.location.create({
        data: { organizationId: a.orgA.id, name: "Depot" },
      });
      return {
        method: "PATCH",
        url: `/orgs/${a.orgA.id}/locations/${location.id}`,
        body: { city: "Abidjan" },
      };
    },
  },
  {
    name: "POST /orgs/:orgId/recalls",
    minRole: "admin",
    apiKeys: true,
    okStatus: 201,
    table: "recall",
    setup: async (t, a) => {
      const { lot } = await createLot(t, a.orgA.id);
      return {
        method: "POST",
        url: `/orgs/${a.orgA.id}/recalls`,
        body: { lotId: lot.id, reason: "Tenancy" },
      };
    },
  },
  {
    name: "POST /orgs/:orgId/recalls/:recallId/lift",
    minRole: "admin",
    apiKeys: true,
    okStatus: 200,
    table: "outboxItem",
    setup: async (t, a) => {
      const { lot } = await createLot(t, a.orgA.id);
      await t.db.prisma.lot.update({ where: { id: lot.id }, data: { recallState: "recalled" } });
      const recall = await t.db.prisma.recall.create({
        data: { organizationId: a.orgA.id, lotId: lot.id, reason: "r", reasonHash: "0x00" },
      });
      return { method: "POST", url: `/orgs/${a.orgA.id}/recalls/${recall.id}/lift`, body: { reason: "ok" } };
    },
  },
  {
    name: "GET /orgs/:orgId/recalls",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/recalls` }),
  },
  {
    name: "GET /orgs/:orgId/recalls/affecting",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/recalls/affecting` }),
  },
  {
    name: "GET /orgs/:orgId/recalls/:recallId",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (t, a) => {
      const { lot } = await createLot(t, a.orgA.id);
      const recall = await t.db.prisma.recall.create({
        data: { organizationId: a.orgA.id, lotId: lot.id, reason: "r", reasonHash: "0x00" },
      });
      return { method: "GET", url: `/orgs/${a.orgA.id}/recalls/${recall.id}` };
    },
  },
  {
    name: "POST /orgs/:orgId/audit-requests",
    minRole: "admin",
    apiKeys: true,
    okStatus: 201,
    table: "auditRequest",
    setup: async (t, a) => {
      const [{ lot }, auditor] = [await createLot(t, a.orgA.id), await testAuditor(t)];
      return {
        method: "POST",
        url: `/orgs/${a.orgA.id}/audit-requests`,
        body: { auditorId: auditor.id, lotId: lot.id },
      };
    },
  },
  {
    name: "GET /orgs/:orgId/audit-requests",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/audit-requests` }),
  },
  {
    name: "POST /orgs/:orgId/proof-points",
    minRole: "admin",
    apiKeys: true,
    okStatus: 201,
    table: "proofPoint",
    setup: async (t, a) => {
      const [{ lot }, auditor] = [await createLot(t, a.orgA.id), await testAuditor(t)];
      const sha256 = await proofPointEvidence(t, a.orgA.id);
      return {
        method: "POST",
        url: `/orgs/${a.orgA.id}/proof-points`,
        body: {
          auditorId: auditor.id,
          lotId: lot.id,
          claim: "organic",
          evidence: [{ sha256, public: true }],
        },
      };
    },
  },
  {
    name: "GET /orgs/:orgId/proof-points",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/proof-points` }),
  },
  {
    name: "GET /orgs/:orgId/attestations",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/attestations` }),
  },
  {
    name: "POST /orgs/:orgId/webhooks",
    minRole: "admin",
    apiKeys: true,
    okStatus: 201,
    table: "webhook",
    setup: async (_t, a) => ({
      method: "POST",
      url: `/orgs/${a.orgA.id}/webhooks`,
      body: { url: `https://hooks.example.test/${unique()}`, events: ["recalled"] },
    }),
  },
  {
    name: "GET /orgs/:orgId/webhooks",
    minRole: "admin",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/webhooks` }),
  },
  {
    name: "PATCH /orgs/:orgId/webhooks/:webhookId",
    minRole: "admin",
    apiKeys: true,
    okStatus: 200,
    setup: async (t, a) => {
      const hook = await webhookOfA(t, a);
      return { method: "PATCH", url: `/orgs/${a.orgA.id}/webhooks/${hook.id}`, body: { active: false } };
    },
  },
  {
    name: "DELETE /orgs/:orgId/webhooks/:webhookId",
    minRole: "admin",
    apiKeys: true,
    okStatus: 204,
    table: "webhook",
    setup: async (t, a) => {
      const hook = await webhookOfA(t, a);
      return { method: "DELETE", url: `/orgs/${a.orgA.id}/webhooks/${hook.id}` };
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
    name: "GET /orgs/:orgId/lots/:lotId/impact",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (t, a) => {
      const lot = await readSideLot(t, a);
      return { method: "GET", url: `/orgs/${a.orgA.id}/lots/${lot.id}/impact?depth=3&format=csv` };
    },
  },
  {
    name: "GET /orgs/:orgId/lots/search",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({
      method: "GET",
      url: `/orgs/${a.orgA.id}/lots/search?lotCode=READ&bizTransaction=PO-1`,
    }),
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
    setup: async (_t, a) => ({
      method: "GET",
      url: `/orgs/${a.orgA.id}/exports/epcis?GE_eventTime=2026-01-01T00:00:00Z`,
    }),
  },
  ...captureTenancyCases,
  ...accountTenancyCases,
  ...epcisTenancyCases,
  ...importTenancyCases,
  ...adminTenancyCases,
  ...adminConsoleTenancyCases,
  ...webhookTenancyCases,
];

/** Routes of the OpenAPI document without a tenancy case, each with the reason it needs none. */
export const publicRoutes: Record<string, string> = {
  "GET /health": "liveness for load balancers: anonymous, reveals nothing of any organisation",
  "GET /ready": "readiness for load balancers: anonymous, reveals nothing of any organisation",
  "GET /deployment": "the contract addresses this instance uses: public on chain, no organisation's data",
  "GET /ns/epcis/context.jsonld": "Tracemark's JSON-LD context: a fixed document, no organisation's data",
  "POST /auth/signup": "creates a new account: anonymous by nature",
  "POST /auth/login": "signs in: anonymous by nature",
  "GET /auth/siwe/nonce": "a nonce to sign in with a wallet: anonymous by nature",
  "POST /auth/siwe": "signs in with a wallet: anonymous by nature",
  "POST /auth/verify-email":
    "opens a verification link from a mail: the single-use token is the credential (email.test.ts: used, expired, unknown)",
  "POST /auth/password-reset":
    "asks for a reset link: anonymous by nature, the same answer whether or not the account exists",
  "POST /auth/password-reset/confirm":
    "opens a reset link from a mail: the single-use token is the credential (email.test.ts: used, expired, replaced)",
  "POST /invitations/preview":
    "what an invitation link offers, before signing in: the token is the credential; shows only its organisation's name and role",
  "GET /public/01/:gtin/10/:lot": "the consumer's public record of a lot: public by design",
  "GET /public/01/:gtin/10/:lot/proofs":
    "the Merkle proofs and disclosures of a lot's public record, which Verify needs: public by design, as the record",
  "GET /public/01/:gtin/10/:lot/21/:serial":
    "the consumer's public record of a serial item: public by design",
  "GET /public/01/:gtin":
    "a product's public page (name, owner's name, lots with a record): what a scan of the GTIN alone shows",
  "GET /public/01/:gtin/21/:serial":
    "the public record of a serial item found without its lot: public by design",
  "POST /public/01/:gtin/10/:lot/scans":
    "counts a view of a lot's consumer page, as opening the page does: no body (one is refused before it is read), nothing about the visitor stored; the counts are read by the lot's owner only (scans.test.ts)",
  "GET /public/00/:sscc":
    "a logistic unit's public page: only its packer's events and those of whom it shipped the contents to",
  "GET /public/414/:gln": "a location's public page: only the fields public records already show",
  "GET /public/proof-points/:proofPointId/evidence/:sha256":
    "an evidence document its organisation marked public, of a proof point an auditor attested: public by design (proofPoints.test.ts checks that private ones and unattested ones are 404)",
};

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
