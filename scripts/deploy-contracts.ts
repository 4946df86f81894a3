/**
 * Deploys Tracemark's contracts (EAS + SchemaRegistry from the EAS npm package, TracemarkRegistry,
 * TracemarkAuditResolver, and the audit schema registration) with Hardhat Ignition to the node at an
 * RPC URL, and writes `deployments/<chainId>/addresses.json`, the file the SDK and the apps read.
 *
 * Usage: `tsx scripts/deploy-contracts.ts [--rpc-url http://127.0.0.1:8545] [--registrar 0x…] [--admin 0x…]`
 * with the deployer's key in `DEPLOYER_PRIVATE_KEY` (on chain id 31337 it defaults to the first
 * anvil/hardhat dev account).
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type Deployment, parseDeployment } from "@tracemark/sdk";
import { createHardhatRuntimeEnvironment } from "hardhat/hre";
import {
  type Address,
  createPublicClient,
  encodePacked,
  getAddress,
  type Hex,
  http,
  isAddress,
  keccak256,
  parseAbi,
  zeroHash,
} from "viem";
import { privateKeyToAccount } from "viem/accounts";
import hardhatConfig from "../hardhat.config.ts";
import TracemarkModule from "../ignition/modules/Tracemark.ts";

/** The content of `deployments/<chainId>/addresses.json`: the SDK's `Deployment`, one schema for all. */
export type TracemarkDeployment = Deployment;

export type DeployContractsParameters = {
  /** JSON-RPC URL of the node. Default `http://127.0.0.1:8545`. */
  rpcUrl?: string;
  /** Deployer key. Default `DEPLOYER_PRIVATE_KEY`, or the first dev account on chain id 31337. */
  privateKey?: Hex;
  /** Registrar account. Default: the deployer. */
  registrar?: Address;
  /** Role admin account. Default: the deployer. */
  admin?: Address;
  /** Where `<chainId>/addresses.json` is read and written. Default: the repository's `deployments/`. */
  deploymentsDir?: string;
  /** Ignition's deployment id (its journal is `ignition/deployments/<id>/`). Default `chain-<chainId>`. */
  ignitionDeploymentId?: string;
  /** Progress messages. Default: none. */
  log?: (message: string) => void;
};

export type DeployContractsReturnType = TracemarkDeployment;

/** The first account of the standard test mnemonic (anvil's and Hardhat's dev account #0). */
const DEV_PRIVATE_KEY: Hex = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const DEV_CHAIN_ID = 31337;
const root = fileURLToPath(new URL("..", import.meta.url));

/** Where the addresses of a chain's deployment live. */
export function addressesPath(chainId: number, deploymentsDir = join(root, "deployments")): string {
  return join(deploymentsDir, String(chainId), "addresses.json");
}

/** The uid EAS's SchemaRegistry gives a schema: `keccak256(abi.encodePacked(schema, resolver, revocable))`. */
export function schemaUid(schema: string, resolver: Address, revocable: boolean): Hex {
  return keccak256(encodePacked(["string", "address", "bool"], [schema, resolver, revocable]));
}

/**
 * Deploys Tracemark's contracts to a node, or returns the existing deployment when
 * `deployments/<chainId>/addresses.json` exists and every contract in it has code on that node.
 *
 * @example
 * const deployment = await deployContracts({ rpcUrl: "http://127.0.0.1:8545" });
 * deployment.contracts.TracemarkRegistry.address;
 */
export async function deployContracts(
  parameters: DeployContractsParameters = {},
): Promise<DeployContractsReturnType> {
  const rpcUrl = parameters.rpcUrl ?? "http://127.0.0.1:8545";
  const log = parameters.log ?? (() => {});
  const client = createPublicClient({ transport: http(rpcUrl) });
  const chainId = await client.getChainId();

  const file = addressesPath(chainId, parameters.deploymentsDir);
  const existing = await readDeployment(file);
  const addresses = Object.values(existing?.contracts ?? {}).map((c) => c.address);
  if (existing && (await allHaveCode(client, addresses))) {
    const registry = existing.contracts.TracemarkRegistry.address;
    if (!(await anchorsPerOrganisation(client, registry))) {
      throw new Error(
        `TracemarkRegistry ${registry} on chain ${chainId} is an older version that keys anchors by root alone; ` +
          `contracts are never upgraded in place: move ${file} away (and, under npm start, the chain's state) to deploy this version`,
      );
    }
    log(`contracts already deployed on chain ${chainId} (${file})`);
    return existing;
  }

  const privateKey = parameters.privateKey ?? (process.env.DEPLOYER_PRIVATE_KEY as Hex | undefined);
  if (privateKey === undefined && chainId !== DEV_CHAIN_ID) {
    throw new Error(`DEPLOYER_PRIVATE_KEY is required to deploy to chain ${chainId}`);
  }
  const key = privateKey ?? DEV_PRIVATE_KEY;
  const deployer = privateKeyToAccount(key);
  const registrar = getAddress(parameters.registrar ?? deployer.address);
  const admin = getAddress(parameters.admin ?? deployer.address);

  const deploymentId = parameters.ignitionDeploymentId ?? `chain-${chainId}`;
  const journalDir = join(root, "ignition", "deployments", deploymentId);
  await discardStaleJournal(client, chainId, journalDir, log);

  const hre = await createHardhatRuntimeEnvironment(hardhatConfig, {}, root);
  await hre.tasks.getTask("build").run({ quiet: true, noTests: true });
  const connection = await hre.network.create({
    network: "localhost",
    override: { url: rpcUrl, accounts: [key] },
  });
  log(`deploying to chain ${chainId} at ${rpcUrl} from ${deployer.address}`);
  const deployed = await connection.ignition
    .deploy(TracemarkModule, { parameters: { Tracemark: { registrar, admin } }, deploymentId })
    .finally(() => connection.close());

  const auditSchema = await client.readContract({
    address: deployed.resolver.address,
    abi: parseAbi(["function AUDIT_SCHEMA() view returns (string)"]),
    functionName: "AUDIT_SCHEMA",
  });
  const auditSchemaUid = schemaUid(auditSchema, deployed.resolver.address, true);
  const schemaRegistryAbi = parseAbi([
    "function getSchema(bytes32 uid) view returns ((bytes32 uid, address resolver, bool revocable, string schema))",
  ]);
  const record = await client.readContract({
    address: deployed.schemaRegistry.address,
    abi: schemaRegistryAbi,
    functionName: "getSchema",
    args: [auditSchemaUid],
  });
  if (record.uid !== auditSchemaUid) throw new Error(`the audit schema ${auditSchemaUid} is not registered`);

  const blocks = await deploymentBlocks(journalDir);
  const contracts = {
    SchemaRegistry: entry(deployed.schemaRegistry.address, blocks, "EAS#SchemaRegistry"),
    EAS: entry(deployed.eas.address, blocks, "EAS#EAS"),
    TracemarkRegistry: entry(deployed.registry.address, blocks, "Tracemark#TracemarkRegistry"),
    TracemarkAuditResolver: entry(deployed.resolver.address, blocks, "Tracemark#TracemarkAuditResolver"),
  };
  const deployment = parseDeployment({
    chainId,
    startBlock: Math.min(...Object.values(contracts).map((c) => c.blockNumber)),
    contracts,
    auditSchema,
    auditSchemaUid,
    registrar,
    admin,
    deployer: deployer.address,
  });
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(deployment, null, 2)}\n`);
  log(`wrote ${file}`);
  return deployment;
}

async function readDeployment(file: string): Promise<TracemarkDeployment | undefined> {
  if (!existsSync(file)) return undefined;
  return parseDeployment(JSON.parse(await readFile(file, "utf8")), file);
}

/** Whether the registry keys anchors by organisation and root (`isAnchored(bytes16,bytes32)` exists). */
async function anchorsPerOrganisation(
  client: ReturnType<typeof createPublicClient>,
  address: Address,
): Promise<boolean> {
  try {
    await client.readContract({
      address,
      abi: parseAbi(["function isAnchored(bytes16 orgId, bytes32 root) view returns (bool)"]),
      functionName: "isAnchored",
      args: ["0x00000000000000000000000000000000", zeroHash],
    });
    return true;
  } catch {
    return false;
  }
}

async function allHaveCode(
  client: ReturnType<typeof createPublicClient>,
  addresses: Address[],
): Promise<boolean> {
  const codes = await Promise.all(addresses.map((address) => client.getCode({ address })));
  return codes.every((code) => code !== undefined && code !== "0x");
}

/**
 * Ignition resumes from its journal. The dev chain (31337) is often started fresh while the journal
 * of an earlier chain is still on disk: when the journal's contracts have no code there, it describes
 * a chain that no longer exists and is removed. On other chains that state is an error to look at.
 */
async function discardStaleJournal(
  client: ReturnType<typeof createPublicClient>,
  chainId: number,
  journalDir: string,
  log: (message: string) => void,
): Promise<void> {
  const addressesFile = join(journalDir, "deployed_addresses.json");
  if (!existsSync(journalDir)) return;
  const recorded = existsSync(addressesFile)
    ? (Object.values(JSON.parse(await readFile(addressesFile, "utf8"))) as Address[])
    : [];
  if (recorded.length > 0 && (await allHaveCode(client, recorded))) return;
  if (chainId === DEV_CHAIN_ID) {
    log(`discarding the Ignition journal of an earlier chain ${chainId}`);
    await rm(journalDir, { recursive: true, force: true });
    return;
  }
  // Elsewhere an interrupted deployment (nothing confirmed yet) is resumed by Ignition.
  if (recorded.length === 0) return;
  throw new Error(
    `${journalDir} records contracts that chain ${chainId} does not have; move it away to deploy afresh`,
  );
}

/** The block of each contract's creation, from Ignition's journal (`futureId` → block number). */
async function deploymentBlocks(journalDir: string): Promise<Map<string, number>> {
  const blocks = new Map<string, number>();
  const journal = await readFile(join(journalDir, "journal.jsonl"), "utf8");
  for (const line of journal.split("\n")) {
    if (line.trim() === "") continue;
    const message = JSON.parse(line) as {
      type?: string;
      futureId?: string;
      receipt?: { blockNumber?: number };
    };
    if (
      message.type === "TRANSACTION_CONFIRM" &&
      message.futureId &&
      message.receipt?.blockNumber !== undefined
    ) {
      blocks.set(message.futureId, Number(message.receipt.blockNumber));
    }
  }
  return blocks;
}

function entry(address: Address, blocks: Map<string, number>, futureId: string) {
  const blockNumber = blocks.get(futureId);
  if (blockNumber === undefined)
    throw new Error(`no confirmed transaction for ${futureId} in Ignition's journal`);
  return { address: getAddress(address), blockNumber };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      "rpc-url": { type: "string", default: "http://127.0.0.1:8545" },
      registrar: { type: "string" },
      admin: { type: "string" },
    },
  });
  for (const name of ["registrar", "admin"] as const) {
    const value = values[name];
    if (value !== undefined && !isAddress(value))
      throw new Error(`--${name} must be an address, got ${value}`);
  }
  const deployment = await deployContracts({
    rpcUrl: values["rpc-url"],
    registrar: values.registrar as Address | undefined,
    admin: values.admin as Address | undefined,
    log: (message) => console.error(message),
  });
  console.log(JSON.stringify(deployment, null, 2));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
