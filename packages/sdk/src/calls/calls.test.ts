import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeFunctionData, zeroHash } from "viem";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import { tracemarkAuditResolverAbi, tracemarkRegistryAbi } from "../generated/abis.ts";
import { anchorBatchCall } from "./anchorBatchCall.ts";
import { declareRecallCall } from "./declareRecallCall.ts";
import { encodeCall } from "./encodeCall.ts";
import { registryCall, resolverCall } from "./registryCall.ts";

const registry = "0x1111111111111111111111111111111111111111";
const resolver = "0x2222222222222222222222222222222222222222";
const deployment = {
  contracts: { TracemarkRegistry: { address: registry }, TracemarkAuditResolver: { address: resolver } },
} as unknown as Deployment;
const orgId = "0x000102030405060708090a0b0c0d0e0f";

test("a call encodes to the transaction the contract decodes back, sent to its contract", () => {
  const root = `0x${"ab".repeat(32)}` as const;
  const batch = encodeCall(anchorBatchCall({ deployment, orgId, root, eventCount: 3 }));
  assert.equal(batch.to, registry);
  assert.deepEqual(decodeFunctionData({ abi: tracemarkRegistryAbi, data: batch.data }), {
    functionName: "anchorBatch",
    args: [orgId, root, 3, zeroHash, ""],
  });
  const lift = encodeCall(
    declareRecallCall({ deployment, orgId, gtin: "09520123456788", lot: "L1", reasonHash: root, lift: true }),
  );
  assert.equal(decodeFunctionData({ abi: tracemarkRegistryAbi, data: lift.data }).functionName, "liftRecall");
  const admit = encodeCall(registryCall(deployment, "reinstateOrganisation", [orgId]));
  assert.deepEqual(decodeFunctionData({ abi: tracemarkRegistryAbi, data: admit.data }).args, [orgId]);
  const accredit = encodeCall(resolverCall(deployment, "accreditAuditor", [registry, ""]));
  assert.equal(accredit.to, resolver);
  assert.equal(
    decodeFunctionData({ abi: tracemarkAuditResolverAbi, data: accredit.data }).functionName,
    "accreditAuditor",
  );
});
