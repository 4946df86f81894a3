import { type Address, type Client, type Hex, zeroHash } from "viem";
import { readContract } from "viem/actions";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import { decodeAuditData } from "../eip712/encodeAuditData.ts";
import type { AuditData } from "../eip712/types.ts";
import { easAbi } from "../generated/abis.ts";

export type GetAttestationParameters = { uid: Hex; deployment: Deployment };
/**
 * An attestation as EAS stores it (times in unix seconds, 0 = none), with `audit` the decoded audit
 * data when it is under Tracemark's audit schema (else `null`). `null` if no attestation has this UID.
 */
export type GetAttestationReturnType = {
  uid: Hex;
  schema: Hex;
  attester: Address;
  recipient: Address;
  time: number;
  expirationTime: number;
  revocationTime: number;
  revocable: boolean;
  refUID: Hex;
  data: Hex;
  audit: AuditData | null;
} | null;

/**
 * Reads an attestation from EAS (`EAS.getAttestation`) and decodes Tracemark audit data.
 *
 * @example
 * const attestation = await getAttestation(publicClient, { uid, deployment })
 * attestation?.revocationTime // 0 if not revoked
 */
export async function getAttestation(
  client: Client,
  parameters: GetAttestationParameters,
): Promise<GetAttestationReturnType> {
  const { deployment } = parameters;
  const a = await readContract(client, {
    address: deployment.contracts.EAS.address,
    abi: easAbi,
    functionName: "getAttestation",
    args: [parameters.uid],
  });
  if (a.uid === zeroHash) return null;
  let audit: AuditData | null = null;
  if (a.schema === deployment.auditSchemaUid) {
    try {
      audit = decodeAuditData(a.data);
    } catch {
      audit = null;
    }
  }
  return {
    uid: a.uid,
    schema: a.schema,
    attester: a.attester,
    recipient: a.recipient,
    time: Number(a.time),
    expirationTime: Number(a.expirationTime),
    revocationTime: Number(a.revocationTime),
    revocable: a.revocable,
    refUID: a.refUID,
    data: a.data,
    audit,
  };
}
