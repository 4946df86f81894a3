import { type Anvil, type DevWallet, devWallet, startDeployedChain } from "@tracemark/testkit";
import { createPublicClient, type Hex, http, keccak256, type PublicClient, toHex } from "viem";
import { foundry } from "viem/chains";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import { tracemarkAuditResolverAbi, tracemarkRegistryAbi } from "../generated/abis.ts";

export type LocalChain = {
  anvil: Anvil;
  deployment: Deployment;
  publicClient: PublicClient;
  /** Registrar (deployer), organisation A's writer, organisation B's writer, an accredited auditor, an outsider, a relayer. */
  registrar: DevWallet;
  writerA: DevWallet;
  writerB: DevWallet;
  auditor: DevWallet;
  outsider: DevWallet;
  relayer: DevWallet;
  orgA: Hex;
  orgB: Hex;
  wait: (hash: Hex) => Promise<void>;
  stop: () => Promise<void>;
};

/** A 16-byte organisation id from a readable name. */
export function orgIdOf(name: string): Hex {
  return keccak256(toHex(name)).slice(0, 34) as Hex;
}

/**
 * Starts anvil on a free port with the real contracts deployed (the testkit's `startDeployedChain`),
 * admits two organisations (each with a writer) and accredits one auditor.
 */
export async function startLocalChain(): Promise<LocalChain> {
  const { anvil, deployment } = await startDeployedChain<Deployment>();
  try {
    const publicClient = createPublicClient({ chain: foundry, transport: http(anvil.rpcUrl) });
    // Anvil's dev accounts #0 to #5.
    const [registrar, writerA, writerB, auditor, outsider, relayer] = [0, 1, 2, 3, 4, 5].map((i) =>
      devWallet(anvil.rpcUrl, i),
    ) as [DevWallet, DevWallet, DevWallet, DevWallet, DevWallet, DevWallet];
    const wait = async (hash: Hex) => {
      const receipt = await publicClient.waitForTransactionReceipt({ hash });
      if (receipt.status !== "success") throw new Error(`transaction ${hash} reverted`);
    };
    const registry = deployment.contracts.TracemarkRegistry.address;
    const orgA = orgIdOf("Alpine Dairy");
    const orgB = orgIdOf("Other Farm");
    for (const [orgId, writer] of [
      [orgA, writerA],
      [orgB, writerB],
    ] as const) {
      await wait(
        await registrar.writeContract({
          address: registry,
          abi: tracemarkRegistryAbi,
          functionName: "admitOrganisation",
          args: [orgId, writer.account.address, ""],
        }),
      );
      await wait(
        await writer.writeContract({
          address: registry,
          abi: tracemarkRegistryAbi,
          functionName: "addWriter",
          args: [orgId, writer.account.address],
        }),
      );
    }
    await wait(
      await registrar.writeContract({
        address: deployment.contracts.TracemarkAuditResolver.address,
        abi: tracemarkAuditResolverAbi,
        functionName: "accreditAuditor",
        args: [auditor.account.address, "https://auditor.example/profile"],
      }),
    );
    return {
      anvil,
      deployment,
      publicClient,
      registrar,
      writerA,
      writerB,
      auditor,
      outsider,
      relayer,
      orgA,
      orgB,
      wait,
      stop: () => anvil.stop(),
    };
  } catch (error) {
    await anvil.stop();
    throw error;
  }
}
