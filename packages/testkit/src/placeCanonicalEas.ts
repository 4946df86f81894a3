import { createRequire } from "node:module";

export type PlaceCanonicalEasParameters = {
  /** A local anvil node (it answers `anvil_setCode` and `anvil_setStorageAt`). */
  rpcUrl: string;
  /** Where the chain's canonical EAS lives (`deployments/<network>/EAS.json` of the EAS package). */
  eas: `0x${string}`;
  /** Where its canonical SchemaRegistry lives (`deployments/<network>/SchemaRegistry.json`). */
  schemaRegistry: `0x${string}`;
};

const require = createRequire(import.meta.url);
/** Storage slots a constructor may have written (EAS writes its EIP-712 name; mappings start empty). */
const constructorSlots = 16;

/**
 * Places the `@ethereum-attestation-service/eas-contracts` package's EAS and SchemaRegistry at a
 * real network's canonical addresses on a local anvil node, as that network has them: each is created
 * from the package's artifact at a scratch address (EAS with the canonical SchemaRegistry as its
 * constructor argument, so its immutables point there), then its runtime code and the storage its
 * constructor wrote are copied to the canonical address.
 *
 * @example
 * const anvil = await startAnvil({ args: ["--chain-id", "8453"] });
 * await placeCanonicalEas({ rpcUrl: anvil.rpcUrl, ...canonicalEas(8453) });
 */
export async function placeCanonicalEas(parameters: PlaceCanonicalEasParameters): Promise<void> {
  const { rpcUrl } = parameters;
  const call = rpc(rpcUrl);
  const [from] = (await call("eth_accounts", [])) as string[];
  if (from === undefined) throw new Error(`${rpcUrl} has no unlocked account to create EAS from`);
  const place = async (name: "SchemaRegistry" | "EAS", at: string, constructorArgument = "") => {
    const artifact = require(
      `@ethereum-attestation-service/eas-contracts/artifacts/contracts/${name}.sol/${name}.json`,
    ) as {
      bytecode: string;
    };
    const hash = await call("eth_sendTransaction", [
      { from, data: artifact.bytecode + constructorArgument, gas: "0x1c9c380" },
    ]);
    const receipt = await receiptOf(call, hash);
    if (receipt?.status !== "0x1") throw new Error(`creating ${name} from the EAS package failed`);
    const scratch = receipt.contractAddress;
    await call("anvil_setCode", [at, await call("eth_getCode", [scratch, "latest"])]);
    for (let slot = 0; slot < constructorSlots; slot++) {
      const key = `0x${slot.toString(16).padStart(64, "0")}`;
      const value = (await call("eth_getStorageAt", [scratch, key, "latest"])) as string;
      if (BigInt(value) !== 0n) await call("anvil_setStorageAt", [at, key, value]);
    }
    await call("anvil_setCode", [scratch, "0x"]);
  };
  await place("SchemaRegistry", parameters.schemaRegistry);
  await place("EAS", parameters.eas, parameters.schemaRegistry.slice(2).toLowerCase().padStart(64, "0"));
}

type Receipt = { status: string; contractAddress: string };

/** The transaction's receipt, waiting for its block on a node that mines on a timer (`--block-time`). */
async function receiptOf(call: ReturnType<typeof rpc>, hash: unknown): Promise<Receipt | null> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const receipt = (await call("eth_getTransactionReceipt", [hash])) as Receipt | null;
    if (receipt || Date.now() > deadline) return receipt;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function rpc(url: string) {
  let id = 0;
  return async (method: string, params: unknown[]): Promise<unknown> => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: ++id, method, params }),
    });
    const body = (await response.json()) as { result?: unknown; error?: { message: string } };
    if (body.error) throw new Error(`${method}: ${body.error.message}`);
    return body.result;
  };
}
