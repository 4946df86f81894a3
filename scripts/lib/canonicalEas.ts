import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type Address, getAddress } from "viem";

export type CanonicalEas = {
  /** The package's name for the network (`base`, `optimism`, `sepolia`, …). */
  network: string;
  eas: Address;
  schemaRegistry: Address;
};

const deploymentsDir = join(
  dirname(createRequire(import.meta.url).resolve("@ethereum-attestation-service/eas-contracts/package.json")),
  "deployments",
);

/**
 * The canonical EAS and SchemaRegistry of a chain, as the `@ethereum-attestation-service/eas-contracts`
 * package lists them under `deployments/<network>/` (`.chainId`, `EAS.json`, `SchemaRegistry.json`);
 * `undefined` on a chain where EAS is not canonical.
 *
 * @example
 * canonicalEas(8453); // { network: "base", eas: "0x4200…0021", schemaRegistry: "0x4200…0020" }
 */
export function canonicalEas(chainId: number): CanonicalEas | undefined {
  for (const network of readdirSync(deploymentsDir)) {
    const dir = join(deploymentsDir, network);
    const chainIdFile = join(dir, ".chainId");
    if (!existsSync(chainIdFile) || Number(readFileSync(chainIdFile, "utf8").trim()) !== chainId) continue;
    const address = (name: string) =>
      getAddress(
        (JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as { address: string }).address,
      );
    return { network, eas: address("EAS"), schemaRegistry: address("SchemaRegistry") };
  }
  return undefined;
}
