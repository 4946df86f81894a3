import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

/**
 * Tracemark on a chain where EAS is canonical (scripts/lib/canonicalEas.ts): TracemarkRegistry and
 * TracemarkAuditResolver bound to that chain's EAS. The deploy script registers the audit schema in
 * the canonical SchemaRegistry itself, only when it is missing.
 *
 * Parameters: `eas` (the canonical EAS's address); `admin` and `registrar` as in `Tracemark`.
 */
export default buildModule("TracemarkOnEAS", (m) => {
  const deployer = m.getAccount(0);
  const admin = m.getParameter("admin", deployer);
  const registrar = m.getParameter("registrar", deployer);
  const eas = m.getParameter<string>("eas");

  const registry = m.contract("TracemarkRegistry", [admin, registrar]);
  const resolver = m.contract("TracemarkAuditResolver", [eas, admin, registrar]);
  return { registry, resolver };
});
