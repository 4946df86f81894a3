/**
 * Deploys Tracemark's contracts with Hardhat Ignition to the node at an RPC URL and writes
 * `deployments/<chainId>/addresses.json`, the file the SDK and the apps read. On a chain where EAS is
 * canonical (the `@ethereum-attestation-service/eas-contracts` package lists it, see
 * scripts/lib/canonicalEas.ts) it reuses that EAS and SchemaRegistry and registers the audit schema
 * there when it is missing; elsewhere it deploys EAS and SchemaRegistry from the EAS package too.
 * Re-running it against the same chain changes nothing and says so.
 *
 * Usage: `tsx scripts/deploy-contracts.ts [--rpc-url http://127.0.0.1:8545] [--registrar 0x…] [--admin 0x…] [--dry-run]
 * [--deployments-dir deployments] [--ignition-deployment-id chain-<chainId>]`
 * with the deployer's key in `DEPLOYER_PRIVATE_KEY` (on chain id 31337 it defaults to the first
 * anvil/hardhat dev account). It prints what it did (with `--dry-run`, what it would do, sending
 * nothing and writing nothing) on stderr, and the deployment description on stdout.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { auditSchema, type Deployment, parseDeployment } from "@tracemark/sdk";
import { createHardhatRuntimeEnvironment } from "hardhat/hre";
import {
  type Address,
  createPublicClient,
  createWalletClient,
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
import TracemarkOnEASModule from "../ignition/modules/TracemarkOnEAS.ts";
import { type CanonicalEas, canonicalEas } from "./lib/canonicalEas.ts";

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
  /** What it does, one line per step (deployed, reused, registered, wrote, or nothing to do). Default: none. */
  log?: (message: string) => void;
};

export type DeployContractsReturnType = TracemarkDeployment;

export type PlanDeploymentParameters = Omit<DeployContractsParameters, "log">;

export type PlanDeploymentReturnType = {
  chainId: number;
  /** The deployment description it writes. */
  file: string;
  /** The chain's canonical EAS, when it has one. */
  canonical?: CanonicalEas;
  /** The complete deployment already on this chain: nothing to do. */
  existing?: TracemarkDeployment;
  /** What `deployContracts` would do, one line per step. */
  steps: string[];
};

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
 * What `deployContracts` would do on a node, sending nothing and writing nothing (`--dry-run`):
 * nothing when the deployment is complete; else which contracts it deploys or reuses (a canonical
 * EAS, contracts in Ignition's journal), whether it registers the audit schema, and the file it writes.
 *
 * @example
 * const { steps } = await planDeployment({ rpcUrl: "https://mainnet.base.org" });
 * // ["reuse EAS at 0x4200…0021 and SchemaRegistry at 0x4200…0020 (canonical on base)", "deploy TracemarkRegistry …", …]
 */
export async function planDeployment(
  parameters: PlanDeploymentParameters = {},
): Promise<PlanDeploymentReturnType> {
  const { client, chainId, file, canonical, existing } = await survey(parameters);
  if (existing) return { chainId, file, canonical, existing, steps: [nothingToDo(chainId, file)] };

  const steps: string[] = [];
  const key = deployerKey(parameters, chainId);
  if (key === undefined) steps.push(`need DEPLOYER_PRIVATE_KEY to deploy to chain ${chainId} (it is unset)`);
  const deployer = key === undefined ? undefined : privateKeyToAccount(key).address;
  const admin = parameters.admin ?? deployer ?? "the deployer";
  const registrar = parameters.registrar ?? deployer ?? "the deployer";
  const journal = await journalAddresses(client, journalDirOf(parameters, chainId));
  const future = (name: string) => journal[`${canonical ? "TracemarkOnEAS" : "Tracemark"}#${name}`];

  const schemaRegistry = canonical?.schemaRegistry ?? journal["EAS#SchemaRegistry"];
  if (canonical) steps.push(reuseCanonical(canonical));
  else if (schemaRegistry)
    steps.push(
      `reuse EAS at ${journal["EAS#EAS"]} and SchemaRegistry at ${schemaRegistry} (Ignition's journal)`,
    );
  else steps.push("deploy SchemaRegistry and EAS (from the EAS package)");
  const registry = future("TracemarkRegistry");
  steps.push(
    registry
      ? `reuse TracemarkRegistry at ${registry} (Ignition's journal)`
      : `deploy TracemarkRegistry (admin ${admin}, registrar ${registrar})`,
  );
  const resolver = future("TracemarkAuditResolver");
  steps.push(
    resolver
      ? `reuse TracemarkAuditResolver at ${resolver} (Ignition's journal)`
      : `deploy TracemarkAuditResolver (admin ${admin}, registrar ${registrar})`,
  );
  if (resolver && schemaRegistry) {
    const uid = schemaUid(auditSchema, resolver, true);
    steps.push(
      (await isRegistered(client, schemaRegistry, uid))
        ? `leave the audit schema ${uid} as it is, registered in SchemaRegistry ${schemaRegistry}`
        : `register the audit schema ${uid} in SchemaRegistry ${schemaRegistry}`,
    );
  } else {
    steps.push(
      `register the audit schema "${auditSchema}" with the new TracemarkAuditResolver in ${schemaRegistry ? `SchemaRegistry ${schemaRegistry}` : "the new SchemaRegistry"}`,
    );
  }
  steps.push(`write ${file}`);
  return { chainId, file, canonical, steps };
}

/**
 * Deploys Tracemark's contracts to a node, or returns the existing deployment when
 * `deployments/<chainId>/addresses.json` exists and every contract in it has code on that node.
 * On a chain with a canonical EAS it deploys only TracemarkRegistry and TracemarkAuditResolver and
 * registers the audit schema in the canonical SchemaRegistry unless it is there already.
 *
 * @example
 * const deployment = await deployContracts({ rpcUrl: "http://127.0.0.1:8545", log: console.error });
 * deployment.contracts.TracemarkRegistry.address;
 */
export async function deployContracts(
  parameters: DeployContractsParameters = {},
): Promise<DeployContractsReturnType> {
  const rpcUrl = parameters.rpcUrl ?? "http://127.0.0.1:8545";
  const log = parameters.log ?? (() => {});
  const { client, chainId, file, canonical, existing } = await survey(parameters);
  if (existing) {
    log(nothingToDo(chainId, file));
    return existing;
  }

  const key = deployerKey(parameters, chainId);
  if (key === undefined) throw new Error(`DEPLOYER_PRIVATE_KEY is required to deploy to chain ${chainId}`);
  const deployer = privateKeyToAccount(key);
  const registrar = getAddress(parameters.registrar ?? deployer.address);
  const admin = getAddress(parameters.admin ?? deployer.address);

  const journalDir = journalDirOf(parameters, chainId);
  await discardStaleJournal(client, chainId, journalDir, log);
  const before = await journalAddresses(client, journalDir);

  const hre = await createHardhatRuntimeEnvironment(hardhatConfig, {}, root);
  await hre.tasks.getTask("build").run({ quiet: true, noTests: true });
  const connection = await hre.network.create({
    network: "localhost",
    override: { url: rpcUrl, accounts: [key] },
  });
  const deploymentId = basename(journalDir);
  const deployed = await (canonical
    ? connection.ignition
        .deploy(TracemarkOnEASModule, {
          parameters: { TracemarkOnEAS: { registrar, admin, eas: canonical.eas } },
          deploymentId,
        })
        .then(({ registry, resolver }) => ({
          eas: canonical.eas,
          schemaRegistry: canonical.schemaRegistry,
          registry: registry.address,
          resolver: resolver.address,
        }))
    : connection.ignition
        .deploy(TracemarkModule, { parameters: { Tracemark: { registrar, admin } }, deploymentId })
        .then(({ eas, schemaRegistry, registry, resolver }) => ({
          eas: eas.address,
          schemaRegistry: schemaRegistry.address,
          registry: registry.address,
          resolver: resolver.address,
        }))
  ).finally(() => connection.close());

  const module = canonical ? "TracemarkOnEAS" : "Tracemark";
  if (canonical) log(reuseCanonical(canonical));
  const futures: [string, Address][] = [
    ...(canonical
      ? []
      : ([
          ["EAS#SchemaRegistry", deployed.schemaRegistry],
          ["EAS#EAS", deployed.eas],
        ] as [string, Address][])),
    [`${module}#TracemarkRegistry`, deployed.registry],
    [`${module}#TracemarkAuditResolver`, deployed.resolver],
  ];
  for (const [futureId, address] of futures) {
    const name = futureId.split("#")[1];
    log(
      before[futureId]
        ? `reused ${name} at ${address} (Ignition's journal)`
        : `deployed ${name} at ${address}`,
    );
  }

  const schema = await client.readContract({
    address: deployed.resolver,
    abi: parseAbi(["function AUDIT_SCHEMA() view returns (string)"]),
    functionName: "AUDIT_SCHEMA",
  });
  const auditSchemaUid = schemaUid(schema, deployed.resolver, true);
  if (await isRegistered(client, deployed.schemaRegistry, auditSchemaUid)) {
    log(`the audit schema ${auditSchemaUid} is registered in SchemaRegistry ${deployed.schemaRegistry}`);
  } else if (canonical) {
    const wallet = createWalletClient({ account: deployer, transport: http(rpcUrl) });
    const hash = await wallet.writeContract({
      chain: null,
      address: deployed.schemaRegistry,
      abi: schemaRegistryAbi,
      functionName: "register",
      args: [schema, deployed.resolver, true],
    });
    const receipt = await client.waitForTransactionReceipt({ hash });
    if (
      receipt.status !== "success" ||
      !(await isRegistered(client, deployed.schemaRegistry, auditSchemaUid))
    )
      throw new Error(`registering the audit schema ${auditSchemaUid} failed (transaction ${hash})`);
    log(`registered the audit schema ${auditSchemaUid} in SchemaRegistry ${deployed.schemaRegistry}`);
  } else {
    throw new Error(`the audit schema ${auditSchemaUid} is not registered`);
  }

  const blocks = await deploymentBlocks(journalDir);
  const ours = {
    TracemarkRegistry: entry(deployed.registry, blocks, `${module}#TracemarkRegistry`),
    TracemarkAuditResolver: entry(deployed.resolver, blocks, `${module}#TracemarkAuditResolver`),
  };
  const firstOfOurs = Math.min(...Object.values(ours).map((c) => c.blockNumber));
  // A canonical EAS was there before us and the package does not say since when: its entries carry
  // the first block of this deployment, from which Tracemark uses it.
  const contracts = {
    SchemaRegistry: canonical
      ? { address: canonical.schemaRegistry, blockNumber: firstOfOurs }
      : entry(deployed.schemaRegistry, blocks, "EAS#SchemaRegistry"),
    EAS: canonical
      ? { address: canonical.eas, blockNumber: firstOfOurs }
      : entry(deployed.eas, blocks, "EAS#EAS"),
    ...ours,
  };
  const startBlock = Math.min(...Object.values(contracts).map((c) => c.blockNumber));
  const deployment = parseDeployment({
    chainId,
    startBlock,
    contracts,
    auditSchema: schema,
    auditSchemaUid,
    registrar,
    admin,
    deployer: deployer.address,
    ...(canonical ? { easNetwork: canonical.network } : {}),
  });
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(deployment, null, 2)}\n`);
  log(`wrote ${file}`);
  return deployment;
}

const schemaRegistryAbi = parseAbi([
  "function getSchema(bytes32 uid) view returns ((bytes32 uid, address resolver, bool revocable, string schema))",
  "function register(string schema, address resolver, bool revocable) returns (bytes32)",
]);

/** The chain, its canonical EAS (checked to have code) and the complete deployment already on it, if any. */
async function survey(parameters: PlanDeploymentParameters) {
  const rpcUrl = parameters.rpcUrl ?? "http://127.0.0.1:8545";
  const client = createPublicClient({ transport: http(rpcUrl) });
  const chainId = await client.getChainId();
  const file = addressesPath(chainId, parameters.deploymentsDir);
  const canonical = canonicalEas(chainId);
  if (canonical && !(await allHaveCode(client, [canonical.eas, canonical.schemaRegistry]))) {
    throw new Error(
      `chain ${chainId} is ${canonical.network}, where EAS is canonical at ${canonical.eas} (SchemaRegistry ${canonical.schemaRegistry}), ` +
        `but the node at ${rpcUrl} has no code there: is it really ${canonical.network}?`,
    );
  }
  const existing = await readDeployment(file);
  const addresses = Object.values(existing?.contracts ?? {}).map((c) => c.address);
  if (!existing || !(await allHaveCode(client, addresses))) return { client, chainId, file, canonical };
  const registry = existing.contracts.TracemarkRegistry.address;
  if (!(await anchorsPerOrganisation(client, registry))) {
    throw new Error(
      `TracemarkRegistry ${registry} on chain ${chainId} is an older version that keys anchors by root alone; ` +
        `contracts are never upgraded in place: move ${file} away (and, under npm start, the chain's state) to deploy this version`,
    );
  }
  return { client, chainId, file, canonical, existing };
}

function nothingToDo(chainId: number, file: string): string {
  return `nothing to do: contracts already deployed on chain ${chainId} (${file})`;
}

function reuseCanonical(canonical: CanonicalEas): string {
  return `reuse EAS at ${canonical.eas} and SchemaRegistry at ${canonical.schemaRegistry} (canonical on ${canonical.network})`;
}

function deployerKey(parameters: PlanDeploymentParameters, chainId: number): Hex | undefined {
  const key = parameters.privateKey ?? (process.env.DEPLOYER_PRIVATE_KEY as Hex | undefined);
  return key ?? (chainId === DEV_CHAIN_ID ? DEV_PRIVATE_KEY : undefined);
}

function journalDirOf(parameters: PlanDeploymentParameters, chainId: number): string {
  return join(root, "ignition", "deployments", parameters.ignitionDeploymentId ?? `chain-${chainId}`);
}

/** Ignition's `futureId` → address of the contracts its journal records, when they have code on the node. */
async function journalAddresses(
  client: ReturnType<typeof createPublicClient>,
  journalDir: string,
): Promise<Record<string, Address>> {
  const file = join(journalDir, "deployed_addresses.json");
  if (!existsSync(file)) return {};
  const recorded = JSON.parse(await readFile(file, "utf8")) as Record<string, Address>;
  return (await allHaveCode(client, Object.values(recorded))) ? recorded : {};
}

async function isRegistered(
  client: ReturnType<typeof createPublicClient>,
  schemaRegistry: Address,
  uid: Hex,
): Promise<boolean> {
  const record = await client.readContract({
    address: schemaRegistry,
    abi: schemaRegistryAbi,
    functionName: "getSchema",
    args: [uid],
  });
  return record.uid === uid;
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
      "deployments-dir": { type: "string" },
      "ignition-deployment-id": { type: "string" },
      "dry-run": { type: "boolean", default: false },
    },
  });
  for (const name of ["registrar", "admin"] as const) {
    const value = values[name];
    if (value !== undefined && !isAddress(value))
      throw new Error(`--${name} must be an address, got ${value}`);
  }
  const parameters = {
    rpcUrl: values["rpc-url"],
    registrar: values.registrar as Address | undefined,
    admin: values.admin as Address | undefined,
    deploymentsDir: values["deployments-dir"],
    ignitionDeploymentId: values["ignition-deployment-id"],
  };
  if (values["dry-run"]) {
    const plan = await planDeployment(parameters);
    console.error(`dry run on chain ${plan.chainId}: nothing is sent, nothing is written`);
    for (const step of plan.steps) console.error(plan.existing ? step : `would ${step}`);
    if (plan.existing) console.log(JSON.stringify(plan.existing, null, 2));
    return;
  }
  const deployment = await deployContracts({ ...parameters, log: (message) => console.error(message) });
  console.log(JSON.stringify(deployment, null, 2));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
