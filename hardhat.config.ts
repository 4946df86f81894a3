import { createRequire } from "node:module";
import hardhatToolboxViem from "@nomicfoundation/hardhat-toolbox-viem";
import { configVariable, defineConfig } from "hardhat/config";

// Compilers come from npm (solc's soljson.js), never downloaded: a compiler with `path` is used as is.
const require = createRequire(import.meta.url);
const solc = (pkg: string) => ({
  version: require(`${pkg}/package.json`).version as string,
  path: require.resolve(`${pkg}/soljson.js`),
  settings: {
    // Hardhat's EVM-version table stops before these compilers, so name it.
    evmVersion: "cancun",
    optimizer: { enabled: true, runs: 10_000 },
  },
});

export default defineConfig({
  plugins: [hardhatToolboxViem],
  paths: {
    sources: "contracts",
    tests: { nodejs: "test/contracts", solidity: "contracts" },
  },
  solidity: {
    // Our contracts pin 0.8.37; EAS's own sources (from its npm package) pin 0.8.29.
    compilers: [solc("solc"), solc("solc-0.8.29")],
    // EAS and its SchemaRegistry are compiled from the npm package's own sources (never copied) so that
    // Ignition, the tests and the benchmark deploy them from Hardhat artifacts like our contracts.
    npmFilesToBuild: [
      "@ethereum-attestation-service/eas-contracts/contracts/EAS.sol",
      "@ethereum-attestation-service/eas-contracts/contracts/SchemaRegistry.sol",
    ],
  },
  test: {
    solidity: {
      fuzz: { runs: 256 },
      invariant: { runs: 64, depth: 32, failOnRevert: false },
    },
  },
  networks: {
    localhost: {
      type: "http",
      chainType: "l1",
      url: "http://127.0.0.1:8545",
    },
    remote: {
      type: "http",
      chainType: "l1",
      url: configVariable("RPC_URL"),
      accounts: [configVariable("DEPLOYER_PRIVATE_KEY")],
    },
  },
});
