import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Address, Hex } from "viem";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import {
  listAuditorAttestations,
  listOrganizationAttestations,
} from "../../services/attestations/attestations.ts";
import { getEasSettings } from "../../services/attestations/getEasSettings.ts";
import { nextEasNonce } from "../../services/attestations/nextEasNonce.ts";
import { requestRevocation } from "../../services/attestations/requestRevocation.ts";
import { submitAttestation } from "../../services/attestations/submitAttestation.ts";
import { auditorRoute } from "../auditorRoute.ts";
import { orgRead } from "../orgRead.ts";
import { attestationStatus, page, pageQuery, walletAddress } from "../schemas.ts";

/** A checked 0x-hex string, typed as viem's `Hex` so that bodies reach the services as they are. */
const asHex = (schema: z.ZodString) => schema.transform((value) => value as Hex);
const address = walletAddress.transform((value) => value as Address);
const bytes32 = asHex(z.string().regex(/^0x[0-9a-fA-F]{64}$/, "must be 0x and 32 bytes of hex"));
const hex = asHex(
  z
    .string()
    .regex(/^0x([0-9a-fA-F]{2})*$/, "must be 0x-prefixed hex bytes")
    .meta({ examples: ["0x5ca1ab1e"] }),
);
/** As EAS signs it: a canonical decimal ("0" or no leading zero, no sign, exponent or hex), up to uint256. */
const uint = z
  .string()
  .regex(
    /^(0|[1-9]\d{0,77})$/,
    "must be a non-negative integer as a canonical decimal string (no leading zero)",
  )
  .meta({ examples: ["1764900000"] });
const signature = asHex(z.string().regex(/^0x[0-9a-fA-F]{130}$/, "must be a 65-byte 0x-hex signature"));

const attestation = z.object({
  id: z.uuid(),
  uid: z.string().nullable(),
  status: attestationStatus,
  lotId: z.uuid().nullable(),
  lotCode: z.string().nullable(),
  gtin: z.string().nullable(),
  productName: z.string().nullable(),
  organizationId: z.uuid().nullable(),
  organizationName: z.string().nullable(),
  eventId: z.uuid().nullable(),
  auditorAddress: z.string(),
  auditorName: z.string().nullable(),
  claim: z.string(),
  evidenceHash: z.string(),
  expiresAt: z.date().nullable(),
  txHash: z.string().nullable(),
  /** Why the chain refused it, when `failed` (e.g. EAS's `DeadlineExpired`). */
  failureReason: z.string().nullable(),
  revocationRequestedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  createdAt: z.date(),
});
const listQuery = pageQuery.extend({ lotId: z.uuid().optional() });

/** Auditors' EAS attestations about lots: submitted and revoked by the auditor, listed for both sides. */
export function attestationRoutes({ db, chain, config }: AppContext): FastifyPluginAsyncZod {
  const easSettings = () => getEasSettings(chain, config.deploymentsDir);
  return async (app) => {
    auditorRoute(app, db, {
      method: "POST",
      url: "/attestations",
      tags: ["auditor"],
      summary: "Submit an EAS delegated attestation you signed about a lot you were asked to audit",
      body: z.object({
        lotId: z.uuid(),
        proofPointId: z.uuid().optional(),
        message: z.object({
          attester: address,
          schema: bytes32,
          recipient: address,
          expirationTime: uint,
          revocable: z.boolean(),
          refUID: bytes32,
          data: hex,
          value: uint,
          nonce: uint,
          deadline: uint,
        }),
        signature,
      }),
      status: 201,
      response: attestation,
      accredited: true,
      handle: async ({ auditor, body }) =>
        submitAttestation(db, { auditor, chain, eas: await easSettings(), ...body }),
    });

    auditorRoute(app, db, {
      method: "DELETE",
      url: "/attestations/:attestationId",
      tags: ["auditor"],
      summary: "Ask to revoke your attestation, with an EAS delegated revocation you signed",
      params: z.object({ attestationId: z.uuid() }),
      body: z.object({
        message: z.object({
          revoker: address,
          schema: bytes32,
          uid: bytes32,
          value: uint,
          nonce: uint,
          deadline: uint,
        }),
        signature,
      }),
      status: 202,
      response: attestation,
      accredited: false,
      handle: async ({ auditor, params, body }) =>
        requestRevocation(db, {
          auditor,
          chain,
          eas: await easSettings(),
          attestationId: params.attestationId,
          ...body,
        }),
    });

    auditorRoute(app, db, {
      method: "GET",
      url: "/auditor/eas-nonce",
      tags: ["auditor"],
      summary:
        "The EAS nonce your next delegated attestation or revocation must carry (your nonce on chain, after your requests waiting to be relayed)",
      response: z.object({ nonce: z.string() }),
      accredited: false,
      handle: async ({ auditor }) => {
        const eas = await easSettings();
        const nonce = await db.prisma.$transaction((tx) =>
          nextEasNonce(tx, { chain, eas, attester: auditor.walletAddress as Address }),
        );
        return { nonce: nonce.toString() };
      },
    });

    auditorRoute(app, db, {
      method: "GET",
      url: "/auditor/attestations",
      tags: ["auditor"],
      summary: "The attestations you signed, newest first",
      querystring: listQuery,
      response: page(attestation),
      accredited: false,
      handle: ({ auditor, query }) => listAuditorAttestations(db, auditor.walletAddress.toLowerCase(), query),
    });

    orgRead(app, {
      url: "/orgs/:orgId/attestations",
      tags: ["audits"],
      summary: "Attestations about your organisation's lots, newest first",
      querystring: listQuery,
      response: page(attestation),
      role: "viewer",
      read: (organizationId, query) => listOrganizationAttestations(db, organizationId, query),
    });
  };
}
