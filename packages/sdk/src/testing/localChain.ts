import { type Anvil, startDeployedChain } from "@tracemark/testkit";
import {
  type Account,
  type Chain,
  type Client,
  createPublicClient,
  createWalletClient,
  type Hex,
  http,
  keccak256,
  type PublicClient,
  publicActions,
  type Transport,
  toHex,
  type WalletClient,
} from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { foundry } from "viem/chains";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import { tracemarkAuditResolverAbi, tracemarkRegistryAbi } from "../generated/abis.ts";

/** Anvil's standard dev keys (public test mnemonic). */
const keys: Hex[] = [
  "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
  "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
  "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
  "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
  "0x47e179ec197488593b187f80a00eb0da91f1c9d0b13f8733526f7f1d8e2a1b95",
  "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
];

export type WriteClient = Client<Transport, Chain, Account> & WalletClient<Transport, Chain, Account>;

export type LocalChain = {
  anvil: Anvil;
  deployment: Deployment;
  publicClient: PublicClient;
  /** Registrar (deployer), organisation A's writer, organisation B's writer, an accredited auditor, an outsider, a relayer. */
  registrar: WriteClient;
  writerA: WriteClient;
  writerB: WriteClient;
  auditor: WriteClient;
  outsider: WriteClient;
  relayer: WriteClient;
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
    const transport = http(anvil.rpcUrl);
    const publicClient = createPublicClient({ chain: foundry, transport });
    const wallet = (key: Hex) =>
      createWalletClient({ account: privateKeyToAccount(key), chain: foundry, transport }).extend(
        publicActions,
      ) as unknown as WriteClient;
    const [registrar, writerA, writerB, auditor, outsider, relayer] = keys.map(wallet) as [
      WriteClient,
      WriteClient,
      WriteClient,
      WriteClient,
      WriteClient,
      WriteClient,
    ];
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
