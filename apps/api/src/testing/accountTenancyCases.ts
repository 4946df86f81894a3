import type { Role } from "@tracemark/db";
import { hashPassword } from "../services/auth/passwords.ts";
import { hashToken } from "../services/auth/tokens.ts";
import { admitOrganization } from "../services/orgs/platform.ts";
import { type Actors, TEST_PASSWORD } from "./actors.ts";
import type { TestApp } from "./buildTestApp.ts";
import { createLot, epcisDocumentOf, observation } from "./captureFixtures.ts";
import { proofPointEvidence, testAuditor } from "./masterDataFixtures.ts";
import type { CallerFacts, TenancyCase } from "./tenancyCases.ts";

let sequence = 0;
const unique = () => {
  sequence += 1;
  return sequence;
};

/** A user of no organisation, with the test password and a verified email, new on every call. */
export async function freshUser(t: TestApp, extra: { walletAddress?: string; email?: string } = {}) {
  return t.db.prisma.user.create({
    data: {
      email: `member-${unique()}-${crypto.randomUUID()}@example.test`,
      passwordHash: await hashPassword(TEST_PASSWORD),
      emailVerifiedAt: new Date(),
      ...extra,
    },
  });
}

/** A new user who is a viewer of organisation A. */
async function viewerOfA(t: TestApp, a: Actors) {
  const user = await freshUser(t);
  await t.db.prisma.membership.create({
    data: { userId: user.id, organizationId: a.orgA.id, role: "viewer" },
  });
  return user;
}

/** An invitation to organisation A by its admin, addressed as `to` says. */
function invitationOfA(
  t: TestApp,
  a: Actors,
  to:
    | { walletAddress: string; role: Role }
    | { email: string; tokenHash: string; expiresAt: Date; role: Role },
) {
  return t.db.prisma.invitation.create({
    data: { organizationId: a.orgA.id, invitedById: a.orgA.users.admin.userId, ...to },
  });
}

/** A lot of organisation A and the test auditor (its id and wallet), who is asked to audit the lot when `asked`. */
async function auditorAndLotOfA(t: TestApp, a: Actors, asked: boolean) {
  const { lot } = await createLot(t, a.orgA.id);
  const { id: auditorId, walletAddress } = await testAuditor(t);
  if (asked) {
    await t.db.prisma.auditRequest.create({ data: { organizationId: a.orgA.id, auditorId, lotId: lot.id } });
  }
  return { lot, auditorId, walletAddress };
}

/** Routes of the signed-in user's own account: any user, never an API key. */
const ownAccount = { minRole: "viewer", apiKeys: false, allowed: (c: CallerFacts) => c.user } as const;
/** Routes of the platform administrator, and of the auditor: only they, never an API key. */
const platformAdminOnly = {
  minRole: "owner",
  apiKeys: false,
  allowed: (c: CallerFacts) => c.platformAdmin,
} as const;
const auditorOnly = { minRole: "owner", apiKeys: false, allowed: (c: CallerFacts) => c.auditor } as const;
/** Accepting an invitation addressed to none of the callers: only its invitee may (a membership). */
const acceptingAnInvitation = {
  minRole: "viewer",
  apiKeys: false,
  okStatus: 200,
  table: "membership",
  allowed: () => false,
} as const;
/** `GET url`, answered 200 to the callers `rule` allows. */
const read = (
  url: string,
  rule: typeof ownAccount | typeof platformAdminOnly | typeof auditorOnly,
): TenancyCase => ({
  name: `GET ${url}`,
  ...rule,
  okStatus: 200,
  setup: async () => ({ method: "GET", url }),
});
const bogusSignature = `0x${"11".repeat(65)}`;
const SSCC = "urn:epc:id:sscc:4012345.0000000";
const bytes32 = `0x${"22".repeat(32)}`;

/**
 * The tenancy matrix cases of the routes that are not organisation A's by path: the API key's own
 * organisation's routes, the signed-in user's own account, the platform administrator's and the
 * auditor's. `allowed` says which callers may; everyone else is refused and writes nothing.
 */
export const accountTenancyCases: TenancyCase[] = [
  {
    name: "PUT /orgs/:orgId/members/:userId",
    minRole: "admin",
    apiKeys: true,
    okStatus: 204,
    setup: async (t, a) => ({
      method: "PUT",
      url: `/orgs/${a.orgA.id}/members/${(await viewerOfA(t, a)).id}`,
      body: { role: "operator" },
    }),
  },
  {
    name: "DELETE /orgs/:orgId/members/:userId",
    minRole: "admin",
    apiKeys: true,
    okStatus: 204,
    table: "membership",
    setup: async (t, a) => ({
      method: "DELETE",
      url: `/orgs/${a.orgA.id}/members/${(await viewerOfA(t, a)).id}`,
    }),
  },
  {
    name: "DELETE /orgs/:orgId/invitations/:invitationId",
    minRole: "admin",
    apiKeys: true,
    okStatus: 204,
    setup: async (t, a) => {
      const invitation = await invitationOfA(t, a, {
        walletAddress: `0x${unique().toString(16).padStart(40, "e")}`,
        role: "viewer",
      });
      return { method: "DELETE", url: `/orgs/${a.orgA.id}/invitations/${invitation.id}` };
    },
  },
  // ── the API key's organisation (implied) ──
  ...(
    [
      ["POST /capture", 202, "capture", () => epcisDocumentOf([observation({ epcList: [`${SSCC}999`] })])],
      ["POST /events", 201, "event", () => observation({ epcList: [`${SSCC}998`] })],
    ] as const
  ).map(
    ([name, okStatus, table, body]): TenancyCase => ({
      name,
      minRole: "operator",
      apiKeys: true,
      okStatus,
      table,
      allowed: (c) => c.apiKey && c.atLeast("operator"),
      setup: async () => ({ method: "POST", url: name.slice("POST ".length), body: body() }),
    }),
  ),
  ...(
    [
      ["GET", 200],
      ["OPTIONS", 204],
    ] as const
  ).flatMap(([method, okStatus]): TenancyCase[] => [
    {
      name: `${method} /capture`,
      minRole: "viewer",
      apiKeys: true,
      okStatus,
      allowed: (c) => c.apiKey,
      setup: async () => ({ method, url: method === "GET" ? "/capture?perPage=5" : "/capture" }),
    },
    {
      name: `${method} /capture/:captureId`,
      minRole: "viewer",
      apiKeys: true,
      okStatus,
      allowed: (c) => c.apiKey && c.org === "A",
      setup: async (t, a) => {
        const capture = await t.db.prisma.capture.create({
          data: { organizationId: a.orgA.id, requestHash: "tenancy", eventCount: 1, status: "failed" },
        });
        return { method, url: `/capture/${capture.id}` };
      },
    },
  ]),
  // ── the signed-in user's own account ──
  read("/auth/me", ownAccount),
  {
    name: "POST /auth/logout",
    ...ownAccount,
    okStatus: 204,
    freshSession: true,
    setup: async () => ({ method: "POST", url: "/auth/logout" }),
  },
  {
    name: "POST /auth/password",
    ...ownAccount,
    okStatus: 204,
    freshUser: true,
    setup: async () => ({
      method: "POST",
      url: "/auth/password",
      body: { currentPassword: TEST_PASSWORD, newPassword: "another horse battery staple" },
    }),
  },
  {
    name: "POST /auth/wallet",
    ...ownAccount,
    // A signed-in user passes the guard and meets the message check (a domain not accepted).
    okStatus: 422,
    setup: async () => ({
      method: "POST",
      url: "/auth/wallet",
      body: {
        message: "evil.example wants you to sign in with your Ethereum account",
        signature: bogusSignature,
      },
    }),
  },
  {
    name: "POST /orgs",
    ...ownAccount,
    okStatus: 201,
    table: "organization",
    setup: async () => ({ method: "POST", url: "/orgs", body: { name: `Tenancy org ${unique()}` } }),
  },
  read("/orgs", ownAccount),
  read("/invitations", ownAccount),
  {
    name: "POST /invitations/:invitationId/accept",
    // Addressed to a wallet none of the callers has: nobody but its holder may accept it.
    ...acceptingAnInvitation,
    setup: async (t, a) => {
      const invitation = await invitationOfA(t, a, {
        walletAddress: `0x${unique().toString(16).padStart(40, "f")}`,
        role: "admin",
      });
      return { method: "POST", url: `/invitations/${invitation.id}/accept` };
    },
  },
  {
    name: "POST /invitations/accept",
    // The link of an invitation mailed to an address none of the callers has: its token accepts
    // only that invitation, and only for the invited (verified) email.
    ...acceptingAnInvitation,
    setup: async (t, a) => {
      const token = `tm_invite_tenancy_${unique()}_${crypto.randomUUID()}`;
      await invitationOfA(t, a, {
        email: `invitee-${unique()}@example.test`,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + 3_600_000),
        role: "admin",
      });
      return { method: "POST", url: "/invitations/accept", body: { token } };
    },
  },
  {
    name: "POST /auth/verify-email/resend",
    ...ownAccount,
    // Every signed-in caller here has a verified email: it passes the guard and is told there is nothing to verify.
    okStatus: 409,
    table: "mailOutbox",
    setup: async () => ({ method: "POST", url: "/auth/verify-email/resend" }),
  },
  {
    name: "GET /auditors",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    allowed: (c) => c.user || c.apiKey,
    setup: async () => ({ method: "GET", url: "/auditors" }),
  },
  // ── the platform administrator ──
  read("/admin/organizations", platformAdminOnly),
  ...(["admit", "suspend", "reinstate"] as const).map(
    (action): TenancyCase => ({
      name: `POST /admin/organizations/:orgId/${action}`,
      ...platformAdminOnly,
      okStatus: 200,
      setup: async (t) => {
        const org = await t.db.prisma.organization.create({ data: { name: `Applicant ${unique()}` } });
        if (action !== "admit") await admitOrganization(t.db, { organizationId: org.id });
        if (action === "reinstate") {
          await t.db.prisma.organization.update({ where: { id: org.id }, data: { status: "suspended" } });
        }
        return { method: "POST", url: `/admin/organizations/${org.id}/${action}`, body: {} };
      },
    }),
  ),
  read("/admin/auditors", platformAdminOnly),
  {
    name: "POST /admin/auditors",
    ...platformAdminOnly,
    okStatus: 201,
    table: "auditor",
    setup: async (t) => {
      const user = await freshUser(t, { walletAddress: `0x${unique().toString(16).padStart(40, "c")}` });
      return {
        method: "POST",
        url: "/admin/auditors",
        body: { userId: user.id, displayName: "New auditor" },
      };
    },
  },
  {
    name: "DELETE /admin/auditors/:auditorId",
    ...platformAdminOnly,
    okStatus: 204,
    setup: async (t) => {
      const wallet = `0x${unique().toString(16).padStart(40, "d")}`;
      const user = await freshUser(t, { walletAddress: wallet });
      const accredited = await t.db.prisma.auditor.create({
        data: { userId: user.id, walletAddress: wallet, displayName: "Leaving auditor" },
      });
      return { method: "DELETE", url: `/admin/auditors/${accredited.id}` };
    },
  },
  // ── the auditor ──
  read("/auditor/requests", auditorOnly),
  {
    name: "GET /auditor/eas-nonce",
    ...auditorOnly,
    // The auditor passes the guard and meets the chain, which this app has none of
    // (attestationRelay.test.ts reads the nonce from a real one).
    okStatus: 503,
    setup: async () => ({ method: "GET", url: "/auditor/eas-nonce" }),
  },
  read("/auditor/attestations", auditorOnly),
  {
    name: "GET /auditor/lots/:lotId",
    ...auditorOnly,
    okStatus: 200,
    setup: async (t, a) => ({
      method: "GET",
      url: `/auditor/lots/${(await auditorAndLotOfA(t, a, true)).lot.id}`,
    }),
  },
  {
    name: "GET /auditor/proof-points/:proofPointId/evidence/:sha256",
    ...auditorOnly,
    okStatus: 200,
    setup: async (t, a) => {
      const { lot, auditorId } = await auditorAndLotOfA(t, a, false);
      const sha256 = await proofPointEvidence(t, a.orgA.id);
      const proofPoint = await t.db.prisma.proofPoint.create({
        data: {
          organizationId: a.orgA.id,
          lotId: lot.id,
          auditorId,
          claim: "organic",
          evidence: { create: { organizationId: a.orgA.id, documentSha256: sha256, position: 0 } },
        },
      });
      return { method: "GET", url: `/auditor/proof-points/${proofPoint.id}/evidence/${sha256}` };
    },
  },
  {
    name: "DELETE /attestations/:attestationId",
    ...auditorOnly,
    // The auditor passes the guard and meets the signature check.
    okStatus: 422,
    setup: async (t, a) => {
      const { lot, walletAddress } = await auditorAndLotOfA(t, a, false);
      const attestation = await t.db.prisma.attestation.create({
        data: {
          uid: `0x${unique().toString(16).padStart(64, "3")}`,
          lotId: lot.id,
          auditorAddress: walletAddress,
          claim: "organic",
          evidenceHash: bytes32,
          delegated: {},
          status: "onchain",
        },
      });
      return {
        method: "DELETE",
        url: `/attestations/${attestation.id}`,
        body: {
          message: {
            revoker: walletAddress,
            schema: bytes32,
            uid: attestation.uid,
            value: "0",
            nonce: "0",
            deadline: "0",
          },
          signature: bogusSignature,
        },
      };
    },
  },
  {
    name: "POST /attestations",
    ...auditorOnly,
    // The auditor passes the guard and meets the signature check.
    okStatus: 422,
    table: "attestation",
    setup: async (t, a) => {
      const { lot, walletAddress } = await auditorAndLotOfA(t, a, true);
      return {
        method: "POST",
        url: "/attestations",
        body: {
          lotId: lot.id,
          message: {
            attester: walletAddress,
            schema: bytes32,
            recipient: walletAddress,
            expirationTime: "0",
            revocable: true,
            refUID: bytes32,
            data: "0x",
            value: "0",
            nonce: "0",
            deadline: "0",
          },
          signature: bogusSignature,
        },
      };
    },
  },
];
