import { buildAttestationTypedData, computeLotKey, encodeAuditData } from "@tracemark/sdk";
import type { Hex, LocalAccount } from "viem";
import { loadDeployment } from "../chain/loadDeployment.ts";
import { defaultDeploymentsDir } from "../env.ts";
import { getEasSettings } from "../services/attestations/getEasSettings.ts";
import { registryIdOf } from "../services/orgs/platform.ts";
import { attestationBody } from "./attestationBody.ts";
import type { TestApp } from "./buildTestApp.ts";

export type SignedLotAttestationParameters = {
  /** The organisation that owns the lot (its registry id goes in the data unless `orgId` is given). */
  organizationId: string;
  lot: { id: string; gtin: string; lotCode: string };
  claim: string;
  evidenceHash: Hex;
  /** Another registry id in the data (e.g. another organisation's). */
  orgId?: Hex;
  expirationTime?: bigint;
  nonce?: bigint;
  /** Another chain id in the EIP-712 domain. */
  domainChainId?: number;
};

/**
 * The body of `POST /attestations` for a delegated audit attestation about `lot`, signed by
 * `signer` in the test app's EAS domain with the local deployment's audit schema, as the web app
 * would send it.
 *
 * @example
 * const body = await signedLotAttestation(t, auditor.account, { organizationId, lot, claim: "organic", evidenceHash })
 */
export async function signedLotAttestation(
  t: TestApp,
  signer: Pick<LocalAccount, "address" | "signTypedData">,
  parameters: SignedLotAttestationParameters,
) {
  const { organizationId, lot, claim, evidenceHash } = parameters;
  const { domain } = await getEasSettings(t.context.chain, t.context.config.deploymentsDir);
  const typedData = buildAttestationTypedData({
    domain: { ...domain, chainId: parameters.domainChainId ?? domain.chainId },
    attester: signer.address,
    schema: loadDeployment(31337, defaultDeploymentsDir).auditSchemaUid,
    data: encodeAuditData({
      orgId: parameters.orgId ?? (await registryIdOf(t.db.prisma, organizationId)),
      subjectKind: "lot",
      subject: computeLotKey({ gtin: lot.gtin, lot: lot.lotCode }),
      claim,
      evidenceHash,
    }),
    expirationTime: parameters.expirationTime ?? 0n,
    nonce: parameters.nonce ?? 0n,
    deadline: 0n,
  });
  return attestationBody(signer, lot.id, typedData);
}
