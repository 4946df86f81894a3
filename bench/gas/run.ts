/**
 * Gas benchmark of Tracemark's anchoring and attestation, against baselines deployed and measured in
 * the same run on the same in-process Hardhat network:
 * - EAS `attest()` (one attestation per event, schema without resolver),
 * - EAS `attestByDelegation` (the same, signed by the attester, sent by a relayer),
 * - a one-storage-slot-per-event registry (contracts/mocks/SlotPerEventRegistry.sol).
 *
 * Prints a table and writes bench/results/gas.json. Targets are shown, never asserted.
 *
 * Usage: `tsx bench/gas/run.ts`
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { createHardhatRuntimeEnvironment } from "hardhat/hre";
import { encodeFunctionData, type Hex, keccak256, toHex, zeroAddress, zeroHash } from "viem";
import hardhatConfig from "../../hardhat.config.ts";
import { schemaUid } from "../../scripts/deploy-contracts.ts";
import {
  deployTracemark,
  easDomain,
  easTypes,
  encodeAudit,
  splitSignature,
  take,
} from "../../test/contracts/helpers.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const resultsFile = join(root, "bench", "results", "gas.json");
const BATCH_SIZES = [1, 10, 100, 1_000, 10_000];
/** Events per transaction for the slot-per-event baseline, to stay under the per-transaction gas cap. */
const SLOT_CHUNK = 400;
const TARGETS = { gasPerEventAt1000: 60, singleEventAnchorGas: 27_000, resolverOverheadRatio: 1.1 };

const hre = await createHardhatRuntimeEnvironment(hardhatConfig, {}, root);
await hre.tasks.getTask("build").run({ quiet: true, noTests: true });
const connection = await hre.network.create();
const { viem } = connection;
const [deployer, writer, auditor, relayer] = take(await viem.getWalletClients(), 4);
const publicClient = await viem.getPublicClient();
const chainId = await publicClient.getChainId();

async function gasOf(hash: Promise<Hex>): Promise<bigint> {
  const receipt = await publicClient.waitForTransactionReceipt({ hash: await hash });
  if (receipt.status !== "success") throw new Error(`transaction ${receipt.transactionHash} reverted`);
  return receipt.gasUsed;
}

const eventHashes = (n: number, salt: string) =>
  Array.from({ length: n }, (_, i) => keccak256(toHex(`${salt} ${i}`)));

// --- Deployment: ours through the production Ignition module, the baselines beside it. ---------------
const { registry, resolver, eas, schemaRegistry } = await deployTracemark(connection);
const ORG: Hex = "0x0f1e2d3c4b5a69788796a5b4c3d2e1f0";
await registry.write.admitOrganisation([ORG, deployer.account.address, "https://example.org/org.json"]);
await registry.write.addWriter([ORG, writer.account.address]);
const writerRegistry = await viem.getContractAt("TracemarkRegistry", registry.address, {
  client: { wallet: writer },
});
const slotRegistry = await viem.deployContract("SlotPerEventRegistry", [writer.account.address]);
const writerSlotRegistry = await viem.getContractAt("SlotPerEventRegistry", slotRegistry.address, {
  client: { wallet: writer },
});

// --- Tracemark anchors ---------------------------------------------------------------------------
const manifestURI = "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";
const anchors: { batchSize: number; gasPerTx: number; gasPerEvent: number }[] = [];
for (const n of BATCH_SIZES) {
  const tree = StandardMerkleTree.of(
    eventHashes(n, `batch ${n}`).map((e) => [e]),
    ["bytes32"],
  );
  const manifestHash = keccak256(toHex(`manifest ${n}`));
  const gas = await gasOf(
    writerRegistry.write.anchorBatch([ORG, tree.root as Hex, n, manifestHash, manifestURI]),
  );
  anchors.push({ batchSize: n, gasPerTx: Number(gas), gasPerEvent: Number(gas) / n });
}
const singleEventGas = Number(
  await gasOf(writerRegistry.write.anchorEvent([ORG, keccak256(toHex("single event"))])),
);

// A proof check, as a verifier's eth_call would run it (1,000-event batch).
const verifyTree = StandardMerkleTree.of(
  eventHashes(1_000, "verify").map((e) => [e]),
  ["bytes32"],
);
await writerRegistry.write.anchorBatch([ORG, verifyTree.root as Hex, 1_000, zeroHash, ""]);
const verifyGas = Number(
  await publicClient.estimateGas({
    to: registry.address,
    data: encodeFunctionData({
      abi: registry.abi,
      functionName: "verifyEvent",
      args: [ORG, verifyTree.root as Hex, verifyTree.at(500)?.[0] as Hex, verifyTree.getProof(500) as Hex[]],
    }),
  }),
);

// --- Baseline: one storage slot per event ------------------------------------------------------------
const slotPerEvent: { batchSize: number; gasPerEvent: number }[] = [];
for (const n of BATCH_SIZES) {
  const hashes = eventHashes(n, `slot ${n}`);
  let total = 0n;
  for (let i = 0; i < n; i += SLOT_CHUNK)
    total += await gasOf(writerSlotRegistry.write.record([hashes.slice(i, i + SLOT_CHUNK)]));
  slotPerEvent.push({ batchSize: n, gasPerEvent: Number(total) / n });
}

// --- Baselines: EAS attestations, plain and through our resolver --------------------------------------
const auditSchema = await resolver.read.AUDIT_SCHEMA();
await schemaRegistry.write.register([auditSchema, zeroAddress, true]);
const plainSchemaUid = schemaUid(auditSchema, zeroAddress, true);
const resolvedSchemaUid = schemaUid(auditSchema, resolver.address, true);
await resolver.write.accreditAuditor([auditor.account.address, ""]);
const auditData = encodeAudit({
  orgId: ORG,
  subjectKind: 1,
  subject: keccak256(toHex("09506000134352/LOT-42")),
  claim: "EU organic (EC 2018/848) compliant",
  evidenceHash: keccak256(toHex("report")),
});
const requestData = {
  recipient: zeroAddress,
  expirationTime: 0n,
  revocable: true,
  refUID: zeroHash,
  data: auditData,
  value: 0n,
} as const;
const auditorEas = await viem.getContractAt("EAS", eas.address, { client: { wallet: auditor } });
const relayerEas = await viem.getContractAt("EAS", eas.address, { client: { wallet: relayer } });

async function attestByDelegation(schema: Hex): Promise<bigint> {
  const nonce = await eas.read.getNonce([auditor.account.address]);
  const signature = await auditor.signTypedData({
    domain: easDomain(chainId, eas.address),
    types: easTypes,
    primaryType: "Attest",
    message: { attester: auditor.account.address, schema, ...requestData, nonce, deadline: 0n },
  });
  return gasOf(
    relayerEas.write.attestByDelegation([
      {
        schema,
        data: requestData,
        signature: splitSignature(signature),
        attester: auditor.account.address,
        deadline: 0n,
      },
    ]),
  );
}

// Each figure is the second of two identical calls, so both sides meet the same warm state (nonce set).
const measureTwice = async (f: () => Promise<bigint>) => {
  await f();
  return Number(await f());
};
const easAttestGas = await measureTwice(() =>
  gasOf(auditorEas.write.attest([{ schema: plainSchemaUid, data: requestData }])),
);
const easDelegatedGas = await measureTwice(() => attestByDelegation(plainSchemaUid));
const tracemarkDelegatedGas = await measureTwice(() => attestByDelegation(resolvedSchemaUid));
const tracemarkAttestGas = await measureTwice(() =>
  gasOf(auditorEas.write.attest([{ schema: resolvedSchemaUid, data: requestData }])),
);
await connection.close();

// --- Report ------------------------------------------------------------------------------------------
const ratio = (a: number, b: number) => a / b;
const rows = anchors.map((a, i) => {
  const slot = slotPerEvent[i]?.gasPerEvent ?? Number.NaN;
  return {
    batchSize: a.batchSize,
    tracemarkGasPerTx: a.gasPerTx,
    tracemarkGasPerEvent: a.gasPerEvent,
    slotPerEventGasPerEvent: slot,
    easAttestGasPerEvent: easAttestGas,
    easAttestByDelegationGasPerEvent: easDelegatedGas,
    ratioToSlotPerEvent: ratio(a.gasPerEvent, slot),
    ratioToEasAttest: ratio(a.gasPerEvent, easAttestGas),
    ratioToEasAttestByDelegation: ratio(a.gasPerEvent, easDelegatedGas),
  };
});
const at1000 = anchors.find((a) => a.batchSize === 1_000)?.gasPerEvent ?? Number.NaN;
const results = {
  network: {
    name: "hardhat (in-process EDR)",
    chainId,
    hardfork:
      connection.networkConfig.type === "edr-simulated" ? connection.networkConfig.hardfork : undefined,
  },
  batchAnchors: rows,
  singleEventAnchor: {
    gas: singleEventGas,
    ratioToEasAttest: ratio(singleEventGas, easAttestGas),
    ratioToSlotPerEvent: ratio(singleEventGas, slotPerEvent[0]?.gasPerEvent ?? Number.NaN),
  },
  verifyEventGas1000: verifyGas,
  attestation: {
    easAttest: easAttestGas,
    easAttestByDelegation: easDelegatedGas,
    tracemarkAttest: tracemarkAttestGas,
    tracemarkAttestByDelegation: tracemarkDelegatedGas,
    resolverRatioDelegated: ratio(tracemarkDelegatedGas, easDelegatedGas),
    resolverRatioDirect: ratio(tracemarkAttestGas, easAttestGas),
  },
  targets: {
    gasPerEventAt1000: {
      target: TARGETS.gasPerEventAt1000,
      actual: at1000,
      met: at1000 <= TARGETS.gasPerEventAt1000,
    },
    singleEventAnchorGas: {
      target: TARGETS.singleEventAnchorGas,
      actual: singleEventGas,
      met: singleEventGas <= TARGETS.singleEventAnchorGas,
    },
    resolverOverheadRatio: {
      target: TARGETS.resolverOverheadRatio,
      actual: ratio(tracemarkDelegatedGas, easDelegatedGas),
      met: ratio(tracemarkDelegatedGas, easDelegatedGas) <= TARGETS.resolverOverheadRatio,
    },
  },
};

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const x = (n: number) => (n >= 0.01 ? `${n.toFixed(3)}x` : `${n.toExponential(2)}x`);
console.log("\nGas per anchored event (Tracemark anchorBatch, one Merkle root per transaction)\n");
console.log(
  [
    "batch",
    "gas/tx",
    "gas/event",
    "slot/event",
    "vs slot",
    "EAS attest",
    "vs attest",
    "EAS deleg.",
    "vs deleg.",
  ]
    .map((h, i) => (i === 0 ? h.padEnd(7) : h.padStart(11)))
    .join(" "),
);
for (const r of rows) {
  console.log(
    [
      fmt(r.batchSize).padEnd(7),
      fmt(r.tracemarkGasPerTx).padStart(11),
      fmt(r.tracemarkGasPerEvent, 1).padStart(11),
      fmt(r.slotPerEventGasPerEvent, 0).padStart(11),
      x(r.ratioToSlotPerEvent).padStart(11),
      fmt(r.easAttestGasPerEvent).padStart(11),
      x(r.ratioToEasAttest).padStart(11),
      fmt(r.easAttestByDelegationGasPerEvent).padStart(11),
      x(r.ratioToEasAttestByDelegation).padStart(11),
    ].join(" "),
  );
}
const mark = (met: boolean) => (met ? "met" : "MISSED");
console.log(
  `\nSingle-event anchor (anchorEvent, log only): ${fmt(singleEventGas)} gas (${x(results.singleEventAnchor.ratioToEasAttest)} EAS attest)`,
);
console.log(`verifyEvent of a 1,000-event batch (eth_estimateGas): ${fmt(verifyGas)} gas`);
console.log("\nAttestations (the second call of each, warm nonce)");
console.log(`  EAS attest, plain schema:                 ${fmt(easAttestGas)}`);
console.log(
  `  EAS attest, Tracemark resolver:           ${fmt(tracemarkAttestGas)}  (${x(results.attestation.resolverRatioDirect)} plain)`,
);
console.log(`  EAS attestByDelegation, plain schema:     ${fmt(easDelegatedGas)}`);
console.log(
  `  EAS attestByDelegation, Tracemark resolver: ${fmt(tracemarkDelegatedGas)}  (${x(results.attestation.resolverRatioDelegated)} plain)`,
);
console.log("\nTargets");
console.log(
  `  <= ${TARGETS.gasPerEventAt1000} gas/event at 1,000 per batch: ${fmt(at1000, 1)} ${mark(results.targets.gasPerEventAt1000.met)}`,
);
console.log(
  `  <= ${fmt(TARGETS.singleEventAnchorGas)} gas for a single-event anchor: ${fmt(singleEventGas)} ${mark(results.targets.singleEventAnchorGas.met)}`,
);
console.log(
  `  <= ${TARGETS.resolverOverheadRatio}x plain attestByDelegation through the resolver: ${results.targets.resolverOverheadRatio.actual.toFixed(3)}x ${mark(results.targets.resolverOverheadRatio.met)}`,
);

await mkdir(dirname(resultsFile), { recursive: true });
await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${resultsFile}`);
