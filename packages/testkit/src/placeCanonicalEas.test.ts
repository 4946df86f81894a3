import assert from "node:assert/strict";
import { after, test } from "node:test";
import { createPublicClient, http, parseAbi } from "viem";
import { placeCanonicalEas } from "./placeCanonicalEas.ts";
import { type Anvil, startAnvil } from "./startAnvil.ts";

const anvils: Anvil[] = [];
after(() => Promise.all(anvils.map((anvil) => anvil.stop())));

const eas = "0x4200000000000000000000000000000000000021";
const schemaRegistry = "0x4200000000000000000000000000000000000020";
const abi = parseAbi([
  "function getSchemaRegistry() view returns (address)",
  "function getName() view returns (string)",
  "function version() view returns (string)",
  "function eip712Domain() view returns (bytes1, string name, string version, uint256 chainId, address verifyingContract, bytes32, uint256[])",
]);

test("places a working EAS pointing at the SchemaRegistry at Base's canonical addresses", async () => {
  const anvil = await startAnvil({ args: ["--chain-id", "8453"] });
  anvils.push(anvil);
  await placeCanonicalEas({ rpcUrl: anvil.rpcUrl, eas, schemaRegistry });
  const client = createPublicClient({ transport: http(anvil.rpcUrl) });
  const read = <F extends "getSchemaRegistry" | "getName" | "version">(
    address: `0x${string}`,
    functionName: F,
  ) => client.readContract({ address, abi, functionName });
  assert.equal(await read(eas, "getSchemaRegistry"), schemaRegistry);
  assert.equal(await read(eas, "getName"), "EAS");
  assert.equal(await read(eas, "version"), "1.4.0");
  assert.equal(await read(schemaRegistry, "version"), "1.4.0");
  // EIP-712 signatures made for the canonical address and chain verify there.
  const domain = await client.readContract({ address: eas, abi, functionName: "eip712Domain" });
  assert.deepEqual([domain[1], domain[2], domain[3], domain[4]], ["EAS", "1.4.0", 8453n, eas]);
});
