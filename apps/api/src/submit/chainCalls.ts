import type { Prisma } from "@tracemark/db";
import {
  attestByDelegationCall,
  type Deployment,
  declareRecallCall,
  type EncodeCallParameters,
  encodeCall,
  registryCall,
  resolverCall,
  revokeByDelegationCall,
  anchorBatchCall as sdkAnchorBatchCall,
  anchorEventCall as sdkAnchorEventCall,
} from "@tracemark/sdk";
import { type Address, type Hex, keccak256, stringToHex } from "viem";
import type { RevokeMessageInput } from "../services/attestations/requestRevocation.ts";
import type { AttestMessageInput } from "../services/attestations/submitAttestation.ts";
import { registryIdOf } from "../services/orgs/platform.ts";

/** One contract call the submitter will send, with a gas limit that covers it. */
export type ChainCall = { to: Address; data: Hex; gasLimit: bigint };

// Generous fixed limits: a transaction pays only for the gas it uses, and fixed limits keep a
// signed transaction reproducible byte for byte after a crash (no estimate that could change).
const GAS = {
  anchorBatch: 150_000n,
  anchorEvent: 80_000n,
  registry: 250_000n,
  resolver: 200_000n,
  attestation: 1_500_000n,
  revocation: 300_000n,
} as const;

/** `anchorBatch` by the organisation of registry id `orgId` (its `chainOrgId`). */
export function anchorBatchCall(
  deployment: Deployment,
  orgId: Hex,
  root: Hex,
  eventCount: number,
): ChainCall {
  return {
    ...encodeCall(sdkAnchorBatchCall({ deployment, orgId, root, eventCount })),
    gasLimit: GAS.anchorBatch,
  };
}

/** `anchorEvent` by the organisation of registry id `orgId` (its `chainOrgId`). */
export function anchorEventCall(deployment: Deployment, orgId: Hex, leaf: Hex): ChainCall {
  return {
    ...encodeCall(sdkAnchorEventCall({ deployment, orgId, eventHash: leaf })),
    gasLimit: GAS.anchorEvent,
  };
}

const reasonHashOf = (reason: string): Hex => keccak256(stringToHex(reason));

/** The attestation request and signature an auditor signed, as stored in `attestations.delegated`. */
type DelegatedAttestation = { message: AttestMessageInput; signature: Hex };

type DelegatedRevocation = { message: RevokeMessageInput; signature: Hex };

/**
 * The calls that carry out one outbox item on chain, in order (they get consecutive nonces).
 * Reads the rows the item refers to inside the caller's transaction.
 */
export async function callsForOutboxItem(
  tx: Prisma.TransactionClient,
  item: { kind: string; refId: string },
  deployment: Deployment,
  relayer: Address,
): Promise<ChainCall[]> {
  const registry = (call: EncodeCallParameters): ChainCall => ({
    ...encodeCall(call),
    gasLimit: GAS.registry,
  });
  const resolver = (call: EncodeCallParameters): ChainCall => ({
    ...encodeCall(call),
    gasLimit: GAS.resolver,
  });

  switch (item.kind) {
    case "admit_organisation": {
      const org = await tx.organization.findUniqueOrThrow({ where: { id: item.refId } });
      const orgId = await registryIdOf(tx, org.id);
      // The relayer administers the organisation first, so it can make itself a writer; then hands
      // administration to the organisation's own address when it gave one.
      const calls = [
        registry(registryCall(deployment, "admitOrganisation", [orgId, relayer, org.metadataUri ?? ""])),
        registry(registryCall(deployment, "addWriter", [orgId, relayer])),
      ];
      if (org.adminAddress && org.adminAddress.toLowerCase() !== relayer.toLowerCase()) {
        calls.push(
          registry(registryCall(deployment, "changeOrganisationAdmin", [orgId, org.adminAddress as Address])),
        );
      }
      return calls;
    }
    case "suspend_organisation":
      return [
        registry(
          registryCall(deployment, "suspendOrganisation", [
            await registryIdOf(tx, item.refId),
            reasonHashOf("suspended by the platform"),
          ]),
        ),
      ];
    case "reinstate_organisation":
      return [
        registry(registryCall(deployment, "reinstateOrganisation", [await registryIdOf(tx, item.refId)])),
      ];
    case "accredit_auditor": {
      const auditor = await tx.auditor.findUniqueOrThrow({ where: { id: item.refId } });
      return [resolver(resolverCall(deployment, "accreditAuditor", [auditor.walletAddress as Address, ""]))];
    }
    case "deaccredit_auditor": {
      const auditor = await tx.auditor.findUniqueOrThrow({ where: { id: item.refId } });
      return [
        resolver(
          resolverCall(deployment, "deaccreditAuditor", [
            auditor.walletAddress as Address,
            reasonHashOf("accreditation withdrawn"),
          ]),
        ),
      ];
    }
    case "recall":
    case "lift_recall": {
      const recall = await tx.recall.findUniqueOrThrow({
        where: { id: item.refId },
        include: { lot: { include: { product: true } } },
      });
      const orgId = await registryIdOf(tx, recall.organizationId);
      const lot = { gtin: recall.lot.product.gtin, lot: recall.lot.lotCode };
      const call =
        item.kind === "recall"
          ? declareRecallCall({ deployment, orgId, ...lot, reasonHash: recall.reasonHash as Hex })
          : declareRecallCall({
              deployment,
              orgId,
              ...lot,
              reasonHash: reasonHashOf(recall.liftReason ?? ""),
              lift: true,
            });
      return [registry(call)];
    }
    case "attestation": {
      const attestation = await tx.attestation.findUniqueOrThrow({ where: { id: item.refId } });
      const { message, signature } = attestation.delegated as unknown as DelegatedAttestation;
      const call = attestByDelegationCall({
        deployment,
        signature,
        message: {
          ...message,
          expirationTime: BigInt(message.expirationTime),
          value: BigInt(message.value),
          deadline: BigInt(message.deadline),
        },
      });
      return [{ ...encodeCall(call), gasLimit: GAS.attestation }];
    }
    case "revocation": {
      const attestation = await tx.attestation.findUniqueOrThrow({ where: { id: item.refId } });
      const { message, signature } =
        (attestation.delegated as { revocation?: DelegatedRevocation }).revocation ?? {};
      if (!message || !signature) throw new Error(`attestation ${attestation.id} has no signed revocation`);
      const call = revokeByDelegationCall({
        deployment,
        signature,
        message: { ...message, value: BigInt(message.value), deadline: BigInt(message.deadline) },
      });
      return [{ ...encodeCall(call), gasLimit: GAS.revocation }];
    }
    default:
      throw new Error(`unknown outbox kind ${item.kind}`);
  }
}
