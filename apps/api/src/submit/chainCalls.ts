import type { Prisma } from "@tracemark/db";
import {
  computeLotKey,
  type Deployment,
  easAbi,
  tracemarkAuditResolverAbi,
  tracemarkRegistryAbi,
} from "@tracemark/sdk";
import {
  type Address,
  encodeFunctionData,
  type Hex,
  keccak256,
  parseSignature,
  stringToHex,
  zeroHash,
} from "viem";
import { registryIdOf } from "../services/platform.ts";

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
    to: deployment.contracts.TracemarkRegistry.address,
    data: encodeFunctionData({
      abi: tracemarkRegistryAbi,
      functionName: "anchorBatch",
      args: [orgId, root, eventCount, zeroHash, ""],
    }),
    gasLimit: GAS.anchorBatch,
  };
}

/** `anchorEvent` by the organisation of registry id `orgId` (its `chainOrgId`). */
export function anchorEventCall(deployment: Deployment, orgId: Hex, leaf: Hex): ChainCall {
  return {
    to: deployment.contracts.TracemarkRegistry.address,
    data: encodeFunctionData({
      abi: tracemarkRegistryAbi,
      functionName: "anchorEvent",
      args: [orgId, leaf],
    }),
    gasLimit: GAS.anchorEvent,
  };
}

function registryCall(deployment: Deployment, data: Hex): ChainCall {
  return { to: deployment.contracts.TracemarkRegistry.address, data, gasLimit: GAS.registry };
}

const reasonHashOf = (reason: string): Hex => keccak256(stringToHex(reason));

/** The attestation request and signature an auditor signed, as stored in `attestations.delegated`. */
type DelegatedAttestation = {
  message: {
    schema: Hex;
    recipient: Address;
    expirationTime: string;
    revocable: boolean;
    refUID: Hex;
    data: Hex;
    value: string;
    attester: Address;
    deadline: string;
  };
  signature: Hex;
};

type DelegatedRevocation = {
  message: { schema: Hex; uid: Hex; value: string; revoker: Address; deadline: string };
  signature: Hex;
};

function eip712Signature(signature: Hex) {
  const { r, s, v, yParity } = parseSignature(signature);
  return { v: Number(v ?? BigInt(yParity + 27)), r, s };
}

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
  const registry = (functionName: string, args: readonly unknown[]) =>
    registryCall(deployment, encodeFunctionData({ abi: tracemarkRegistryAbi, functionName, args } as never));
  const resolver = (functionName: string, args: readonly unknown[]): ChainCall => ({
    to: deployment.contracts.TracemarkAuditResolver.address,
    data: encodeFunctionData({ abi: tracemarkAuditResolverAbi, functionName, args } as never),
    gasLimit: GAS.resolver,
  });

  switch (item.kind) {
    case "admit_organisation": {
      const org = await tx.organization.findUniqueOrThrow({ where: { id: item.refId } });
      const orgId = await registryIdOf(tx, org.id);
      // The relayer administers the organisation first, so it can make itself a writer; then hands
      // administration to the organisation's own address when it gave one.
      const calls = [
        registry("admitOrganisation", [orgId, relayer, org.metadataUri ?? ""]),
        registry("addWriter", [orgId, relayer]),
      ];
      if (org.adminAddress && org.adminAddress.toLowerCase() !== relayer.toLowerCase()) {
        calls.push(registry("changeOrganisationAdmin", [orgId, org.adminAddress]));
      }
      return calls;
    }
    case "suspend_organisation":
      return [
        registry("suspendOrganisation", [
          await registryIdOf(tx, item.refId),
          reasonHashOf("suspended by the platform"),
        ]),
      ];
    case "reinstate_organisation":
      return [registry("reinstateOrganisation", [await registryIdOf(tx, item.refId)])];
    case "accredit_auditor": {
      const auditor = await tx.auditor.findUniqueOrThrow({ where: { id: item.refId } });
      return [resolver("accreditAuditor", [auditor.walletAddress, ""])];
    }
    case "deaccredit_auditor": {
      const auditor = await tx.auditor.findUniqueOrThrow({ where: { id: item.refId } });
      return [
        resolver("deaccreditAuditor", [auditor.walletAddress, reasonHashOf("accreditation withdrawn")]),
      ];
    }
    case "recall":
    case "lift_recall": {
      const recall = await tx.recall.findUniqueOrThrow({
        where: { id: item.refId },
        include: { lot: { include: { product: true } } },
      });
      const lotKey = computeLotKey({ gtin: recall.lot.product.gtin, lot: recall.lot.lotCode });
      const orgId = await registryIdOf(tx, recall.organizationId);
      return item.kind === "recall"
        ? [registry("declareRecall", [orgId, lotKey, recall.reasonHash])]
        : [registry("liftRecall", [orgId, lotKey, reasonHashOf(recall.liftReason ?? "")])];
    }
    case "attestation": {
      const attestation = await tx.attestation.findUniqueOrThrow({ where: { id: item.refId } });
      const { message, signature } = attestation.delegated as unknown as DelegatedAttestation;
      return [
        {
          to: deployment.contracts.EAS.address,
          data: encodeFunctionData({
            abi: easAbi,
            functionName: "attestByDelegation",
            args: [
              {
                schema: message.schema,
                data: {
                  recipient: message.recipient,
                  expirationTime: BigInt(message.expirationTime),
                  revocable: message.revocable,
                  refUID: message.refUID,
                  data: message.data,
                  value: BigInt(message.value),
                },
                signature: eip712Signature(signature),
                attester: message.attester,
                deadline: BigInt(message.deadline),
              },
            ],
          }),
          gasLimit: GAS.attestation,
        },
      ];
    }
    case "revocation": {
      const attestation = await tx.attestation.findUniqueOrThrow({ where: { id: item.refId } });
      const { message, signature } =
        (attestation.delegated as { revocation?: DelegatedRevocation }).revocation ?? {};
      if (!message || !signature) throw new Error(`attestation ${attestation.id} has no signed revocation`);
      return [
        {
          to: deployment.contracts.EAS.address,
          data: encodeFunctionData({
            abi: easAbi,
            functionName: "revokeByDelegation",
            args: [
              {
                schema: message.schema,
                data: { uid: message.uid, value: BigInt(message.value) },
                signature: eip712Signature(signature),
                revoker: message.revoker,
                deadline: BigInt(message.deadline),
              },
            ],
          }),
          gasLimit: GAS.revocation,
        },
      ];
    }
    default:
      throw new Error(`unknown outbox kind ${item.kind}`);
  }
}
