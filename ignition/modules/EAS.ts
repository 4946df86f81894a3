import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

/**
 * The Ethereum Attestation Service: its SchemaRegistry and EAS, compiled by Hardhat from the
 * `@ethereum-attestation-service/eas-contracts` npm package's own sources (see `npmFilesToBuild`).
 */
export default buildModule("EAS", (m) => {
  const schemaRegistry = m.contract("SchemaRegistry");
  const eas = m.contract("EAS", [schemaRegistry]);
  return { schemaRegistry, eas };
});
