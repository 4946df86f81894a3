import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type Anvil, placeCanonicalEas, startAnvil } from "@tracemark/testkit";
import { createPublicClient, type Hex, http, parseAbi } from "viem";
import {
  addressesPath,
  deployContracts,
  planDeployment,
  type TracemarkDeployment,
} from "../../scripts/deploy-contracts.ts";
import { canonicalEas } from "../../scripts/lib/canonicalEas.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const deploymentsDir = await mkdtemp(join(tmpdir(), "tracemark-deployments-base-"));
const ignitionDeploymentId = `test-deploy-base-${process.pid}`;
const journalDir = join(root, "ignition", "deployments", ignitionDeploymentId);
/** Anvil's dev account #1: a deployer that is not the one funding the scratch EAS. */
const privateKey: Hex = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
const base = canonicalEas(8453);
const anvils: Anvil[] = [];
delete process.env.DEPLOYER_PRIVATE_KEY;

after(async () => {
  await Promise.all(anvils.map((anvil) => anvil.stop()));
  await rm(deploymentsDir, { recursive: true, force: true });
  await rm(journalDir, { recursive: true, force: true });
});

async function baseAnvil(withEas = true): Promise<Anvil> {
  const anvil = await startAnvil({ args: ["--chain-id", "8453"] });
  anvils.push(anvil);
  if (withEas && base) await placeCanonicalEas({ rpcUrl: anvil.rpcUrl, ...base });
  return anvil;
}

const schemaAbi = parseAbi([
  "function getSchema(bytes32 uid) view returns ((bytes32 uid, address resolver, bool revocable, string schema))",
]);

describe("deployContracts on chain 8453, where EAS is canonical (Base)", () => {
  let anvil: Anvil;
  let deployment: TracemarkDeployment;
  const parameters = () => ({ rpcUrl: anvil.rpcUrl, deploymentsDir, ignitionDeploymentId, privateKey });

  before(async () => {
    assert.ok(base, "the EAS package lists Base");
    anvil = await baseAnvil();
  });

  it("plans, in a dry run, to reuse the canonical EAS, deploy ours and register the schema, sending nothing", async () => {
    const client = createPublicClient({ transport: http(anvil.rpcUrl) });
    const blockBefore = await client.getBlockNumber();
    const plan = await planDeployment(parameters());
    assert.equal(plan.chainId, 8453);
    assert.equal(plan.existing, undefined);
    assert.deepEqual(
      plan.steps.map((step) => step.split(" (")[0]),
      [
        `reuse EAS at ${base?.eas} and SchemaRegistry at ${base?.schemaRegistry}`,
        "deploy TracemarkRegistry",
        "deploy TracemarkAuditResolver",
        `register the audit schema "${plan.steps[3]?.split('"')[1]}" with the new TracemarkAuditResolver in SchemaRegistry ${base?.schemaRegistry}`,
        `write ${addressesPath(8453, deploymentsDir)}`,
      ],
    );
    assert.equal(await client.getBlockNumber(), blockBefore);
    assert.equal(existsSync(addressesPath(8453, deploymentsDir)), false);
  });

  it("deploys only our contracts, bound to the canonical EAS, and registers the schema in its SchemaRegistry", async () => {
    const log: string[] = [];
    deployment = await deployContracts({ ...parameters(), log: (line) => log.push(line) });
    assert.equal(deployment.chainId, 8453);
    assert.equal(deployment.easNetwork, "base");
    assert.equal(deployment.contracts.EAS.address, base?.eas);
    assert.equal(deployment.contracts.SchemaRegistry.address, base?.schemaRegistry);
    assert.deepEqual(JSON.parse(await readFile(addressesPath(8453, deploymentsDir), "utf8")), deployment);

    const client = createPublicClient({ transport: http(anvil.rpcUrl) });
    const schema = await client.readContract({
      address: deployment.contracts.SchemaRegistry.address,
      abi: schemaAbi,
      functionName: "getSchema",
      args: [deployment.auditSchemaUid],
    });
    assert.equal(schema.schema, deployment.auditSchema);
    assert.equal(schema.resolver, deployment.contracts.TracemarkAuditResolver.address);
    // The resolver holds its EAS as an immutable (only that EAS may call it): in its runtime code.
    const resolverCode = await client.getCode({
      address: deployment.contracts.TracemarkAuditResolver.address,
    });
    assert.ok(resolverCode?.includes(base?.eas.slice(2) ?? "?"), "the resolver answers to the canonical EAS");
    const ours = [deployment.contracts.TracemarkRegistry, deployment.contracts.TracemarkAuditResolver];
    assert.equal(deployment.startBlock, Math.min(...ours.map((c) => c.blockNumber)));
    assert.deepEqual(
      log.map((line) => line.split(" at ")[0]?.split(" 0x")[0]),
      [
        "reuse EAS",
        "deployed TracemarkRegistry",
        "deployed TracemarkAuditResolver",
        "registered the audit schema",
        `wrote ${addressesPath(8453, deploymentsDir)}`,
      ],
    );
  });

  it("changes nothing when run again, and says so (also in a dry run)", async () => {
    const client = createPublicClient({ transport: http(anvil.rpcUrl) });
    const blockBefore = await client.getBlockNumber();
    const log: string[] = [];
    assert.deepEqual(await deployContracts({ ...parameters(), log: (line) => log.push(line) }), deployment);
    assert.deepEqual(log, [
      `nothing to do: contracts already deployed on chain 8453 (${addressesPath(8453, deploymentsDir)})`,
    ]);
    const plan = await planDeployment(parameters());
    assert.deepEqual(plan.existing, deployment);
    assert.deepEqual(plan.steps, log);
    assert.equal(await client.getBlockNumber(), blockBefore);
  });

  it("finishes from Ignition's journal without registering the schema twice when the description was lost", async () => {
    await rm(addressesPath(8453, deploymentsDir));
    const client = createPublicClient({ transport: http(anvil.rpcUrl) });
    const blockBefore = await client.getBlockNumber();
    const plan = await planDeployment(parameters());
    assert.match(
      plan.steps[1] ?? "",
      /^reuse TracemarkRegistry at 0x[0-9a-fA-F]{40} \(Ignition's journal\)$/,
    );
    assert.match(plan.steps[3] ?? "", /^leave the audit schema 0x[0-9a-f]{64} as it is/);
    const log: string[] = [];
    assert.deepEqual(await deployContracts({ ...parameters(), log: (line) => log.push(line) }), deployment);
    assert.ok(
      log.some((line) => line.startsWith("reused TracemarkAuditResolver")),
      log.join("\n"),
    );
    assert.ok(
      log.some((line) => line.startsWith("the audit schema")),
      log.join("\n"),
    );
    assert.equal(await client.getBlockNumber(), blockBefore);
  });

  it("refuses a chain 8453 without code at EAS's canonical addresses (not really Base)", async () => {
    const bare = await baseAnvil(false);
    const expected =
      /chain 8453 is base, where EAS is canonical at 0x4200000000000000000000000000000000000021 .* but the node at .* has no code there/;
    await assert.rejects(planDeployment({ ...parameters(), rpcUrl: bare.rpcUrl }), expected);
    await assert.rejects(deployContracts({ ...parameters(), rpcUrl: bare.rpcUrl }), expected);
  });
});

describe("scripts/deploy-contracts.ts --dry-run", () => {
  it("prints what it would do on a fresh chain 8453 and sends nothing", async () => {
    const anvil = await baseAnvil();
    const { stdout, stderr } = await promisify(execFile)(
      join(root, "node_modules/.bin/tsx"),
      [join(root, "scripts/deploy-contracts.ts"), "--rpc-url", anvil.rpcUrl, "--dry-run"],
      { cwd: root, env: { ...process.env, DEPLOYER_PRIVATE_KEY: privateKey } },
    );
    assert.equal(stdout, "");
    const lines = stderr.trim().split("\n");
    assert.equal(lines[0], "dry run on chain 8453: nothing is sent, nothing is written");
    assert.equal(lines[1], `would ${(await planDeployment({ rpcUrl: anvil.rpcUrl, privateKey })).steps[0]}`);
    assert.match(lines[1] ?? "", /^would reuse EAS at 0x4200000000000000000000000000000000000021 /);
    assert.match(stderr, /would deploy TracemarkRegistry/);
    assert.match(stderr, /would register the audit schema/);
    assert.equal(await createPublicClient({ transport: http(anvil.rpcUrl) }).getBlockNumber(), 2n);
  });
});
