import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import EASModule from "./EAS.ts";

/**
 * Everything Tracemark needs on a chain: EAS and its SchemaRegistry, TracemarkRegistry,
 * TracemarkAuditResolver, and the Tracemark audit schema registered with that resolver.
 *
 * Parameters (all default to the deploying account):
 * - `admin`: holds DEFAULT_ADMIN_ROLE on both contracts (grants and revokes registrars);
 * - `registrar`: holds REGISTRAR_ROLE on both (admits organisations, accredits auditors).
 */
export default buildModule("Tracemark", (m) => {
  const deployer = m.getAccount(0);
  const admin = m.getParameter("admin", deployer);
  const registrar = m.getParameter("registrar", deployer);

  const { schemaRegistry, eas } = m.useModule(EASModule);
  const registry = m.contract("TracemarkRegistry", [admin, registrar]);
  const resolver = m.contract("TracemarkAuditResolver", [eas, admin, registrar]);

  const auditSchema = m.staticCall(resolver, "AUDIT_SCHEMA");
  // The schema's uid is keccak256(abi.encodePacked(schema, resolver, revocable)), see auditSchemaUid().
  m.call(schemaRegistry, "register", [auditSchema, resolver, true], { id: "registerAuditSchema" });

  return { schemaRegistry, eas, registry, resolver };
});
