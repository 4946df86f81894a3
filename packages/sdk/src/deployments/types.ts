import type { Address, Hex } from "viem";

/** The contracts of a Tracemark deployment, as named in `deployments/<chainId>/addresses.json`. */
export type DeploymentContractName = "SchemaRegistry" | "EAS" | "TracemarkRegistry" | "TracemarkAuditResolver";

/** A Tracemark deployment on one chain: the content of `deployments/<chainId>/addresses.json`. */
export type Deployment = {
  chainId: number;
  /** The first block holding any of the contracts (where log queries start). */
  startBlock: number;
  contracts: Record<DeploymentContractName, { address: Address; blockNumber: number }>;
  /** The Tracemark audit schema string registered in EAS's SchemaRegistry. */
  auditSchema: string;
  /** Its schema UID. */
  auditSchemaUid: Hex;
  registrar: Address;
  admin: Address;
  deployer: Address;
};
