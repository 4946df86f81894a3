import {
  type Account,
  type Chain,
  type Client,
  type Hash,
  type Transport,
  zeroAddress,
  zeroHash,
} from "viem";
import { simulateContract, writeContract } from "viem/actions";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import { encodeAuditData } from "../eip712/encodeAuditData.ts";
import type { AuditData } from "../eip712/types.ts";
import { easAbiWithResolverErrors } from "./easAbiWithResolverErrors.ts";

export type AttestParameters = AuditData & {
  /** Unix seconds after which the attestation is expired; `0n` (default) never. */
  expirationTime?: bigint | undefined;
  deployment: Deployment;
};
export type AttestReturnType = Hash;

/**
 * The auditor attests in its own transaction (`EAS.attest` under Tracemark's audit schema); the
 * schema's resolver rejects non-accredited auditors (`AuditorNotAccredited`). Simulates
 * first, so a rejection surfaces with its decoded reason. Returns the transaction hash; get the
 * UID with `waitForAttestationUid`.
 *
 * @example
 * const hash = await attest(auditorWalletClient, { orgId, subjectKind: "lot", subject: computeLotKey({ gtin, lot, deployment }), claim: "Organic", evidenceHash })
 */
export async function attest(
  client: Client<Transport, Chain | undefined, Account>,
  parameters: AttestParameters,
): Promise<AttestReturnType> {
  const { deployment } = parameters;
  const { request } = await simulateContract(client, {
    account: client.account,
    chain: client.chain,
    address: deployment.contracts.EAS.address,
    abi: easAbiWithResolverErrors,
    functionName: "attest",
    args: [
      {
        schema: deployment.auditSchemaUid,
        data: {
          recipient: zeroAddress,
          expirationTime: parameters.expirationTime ?? 0n,
          revocable: true,
          refUID: zeroHash,
          data: encodeAuditData(parameters),
          value: 0n,
        },
      },
    ],
  });
  return writeContract(client, request);
}
