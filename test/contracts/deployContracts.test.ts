import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { deploymentSchema } from "@tracemark/sdk";
import { type Anvil, startAnvil } from "@tracemark/testkit";
import { createPublicClient, http, keccak256, parseAbi, toHex } from "viem";
import {
  addressesPath,
  deployContracts,
  planDeployment,
  type TracemarkDeployment,
} from "../../scripts/deploy-contracts.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const deploymentsDir = await mkdtemp(join(tmpdir(), "tracemark-deployments-"));
const ignitionDeploymentId = `test-deploy-${process.pid}`;
const journalDir = join(root, "ignition", "deployments", ignitionDeploymentId);
const committed = JSON.parse(
  await readFile(join(root, "deployments", "31337", "addresses.json"), "utf8"),
) as TracemarkDeployment;
const anvils: Anvil[] = [];
delete process.env.DEPLOYER_PRIVATE_KEY;

after(async () => {
  await Promise.all(anvils.map((anvil) => anvil.stop()));
  await rm(deploymentsDir, { recursive: true, force: true });
  await rm(journalDir, { recursive: true, force: true });
});

async function freshAnvil(args: string[] = []): Promise<Anvil> {
  const anvil = await startAnvil({ args });
  anvils.push(anvil);
  return anvil;
}

const roleAbi = parseAbi(["function hasRole(bytes32 role, address account) view returns (bool)"]);
const schemaAbi = parseAbi([
  "function getSchema(bytes32 uid) view returns ((bytes32 uid, address resolver, bool revocable, string schema))",
]);

describe("deployContracts", () => {
  let first: Anvil;
  let deployment: TracemarkDeployment;

  it("plans, in a dry run, to deploy EAS too on a chain where it is not canonical, sending nothing", async () => {
    const fresh = await freshAnvil();
    const plan = await planDeployment({ rpcUrl: fresh.rpcUrl, deploymentsDir, ignitionDeploymentId });
    assert.equal(plan.canonical, undefined);
    assert.deepEqual(
      plan.steps.map((step) => step.split(" (admin")[0]),
      [
        "deploy SchemaRegistry and EAS (from the EAS package)",
        "deploy TracemarkRegistry",
        "deploy TracemarkAuditResolver",
        `register the audit schema "${committed.auditSchema}" with the new TracemarkAuditResolver in the new SchemaRegistry`,
        `write ${addressesPath(31337, deploymentsDir)}`,
      ],
    );
    assert.equal(await createPublicClient({ transport: http(fresh.rpcUrl) }).getBlockNumber(), 0n);
  });

  it("deploys everything to a fresh dev chain at the addresses committed in deployments/31337", async () => {
    first = await freshAnvil();
    deployment = await deployContracts({ rpcUrl: first.rpcUrl, deploymentsDir, ignitionDeploymentId });
    assert.deepEqual(deployment, committed);
    assert.deepEqual(JSON.parse(await readFile(addressesPath(31337, deploymentsDir), "utf8")), deployment);
    assert.deepEqual(
      Object.keys(deployment.contracts).sort(),
      Object.keys(deploymentSchema.shape.contracts.shape).sort(),
    );
  });

  it("leaves contracts with code, the audit schema registered and the registrar holding its roles", async () => {
    const client = createPublicClient({ transport: http(first.rpcUrl) });
    for (const { address } of Object.values(deployment.contracts)) {
      assert.notEqual(await client.getCode({ address }), undefined, address);
    }
    const schema = await client.readContract({
      address: deployment.contracts.SchemaRegistry.address,
      abi: schemaAbi,
      functionName: "getSchema",
      args: [deployment.auditSchemaUid],
    });
    assert.equal(schema.schema, deployment.auditSchema);
    assert.equal(schema.resolver, deployment.contracts.TracemarkAuditResolver.address);
    const registrarRole = keccak256(toHex("REGISTRAR_ROLE"));
    for (const name of ["TracemarkRegistry", "TracemarkAuditResolver"] as const) {
      assert.equal(
        await client.readContract({
          address: deployment.contracts[name].address,
          abi: roleAbi,
          functionName: "hasRole",
          args: [registrarRole, deployment.registrar],
        }),
        true,
        name,
      );
    }
    assert.ok(
      deployment.startBlock <= Math.min(...Object.values(deployment.contracts).map((c) => c.blockNumber)),
    );
  });

  it("returns the existing deployment without sending a transaction when it is already there", async () => {
    const client = createPublicClient({ transport: http(first.rpcUrl) });
    const before = await client.getBlockNumber();
    assert.deepEqual(
      await deployContracts({ rpcUrl: first.rpcUrl, deploymentsDir, ignitionDeploymentId }),
      deployment,
    );
    assert.equal(await client.getBlockNumber(), before);
  });

  it("refuses an existing deployment whose registry keys anchors by root alone (an older version)", async () => {
    const olderDir = await mkdtemp(join(tmpdir(), "tracemark-deployments-older-"));
    try {
      // Any contract without isAnchored(bytes16,bytes32) stands in for the older registry.
      const older = {
        ...deployment,
        contracts: { ...deployment.contracts, TracemarkRegistry: deployment.contracts.EAS },
      };
      await mkdir(dirname(addressesPath(31337, olderDir)), { recursive: true });
      await writeFile(addressesPath(31337, olderDir), JSON.stringify(older));
      await assert.rejects(
        deployContracts({ rpcUrl: first.rpcUrl, deploymentsDir: olderDir, ignitionDeploymentId }),
        /is an older version that keys anchors by root alone/,
      );
    } finally {
      await rm(olderDir, { recursive: true, force: true });
    }
  });

  it("deploys again when the dev chain was reset, discarding Ignition's stale journal", async () => {
    assert.ok(existsSync(journalDir));
    const reset = await freshAnvil();
    const again = await deployContracts({ rpcUrl: reset.rpcUrl, deploymentsDir, ignitionDeploymentId });
    assert.deepEqual(again, committed);
    const client = createPublicClient({ transport: http(reset.rpcUrl) });
    assert.notEqual(await client.getCode({ address: again.contracts.TracemarkRegistry.address }), undefined);
  });

  it("requires DEPLOYER_PRIVATE_KEY on a chain other than the dev chain", async () => {
    const other = await freshAnvil(["--chain-id", "31338"]);
    await assert.rejects(
      deployContracts({ rpcUrl: other.rpcUrl, deploymentsDir, ignitionDeploymentId }),
      /DEPLOYER_PRIVATE_KEY is required to deploy to chain 31338/,
    );
  });
});
