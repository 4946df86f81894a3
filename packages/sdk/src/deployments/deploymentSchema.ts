import { z } from "zod";
import { InvalidDeploymentError } from "../errors/chain.ts";

// Template literals type as viem's `Address` and `Hex` and stay plain JSON Schema patterns (the API
// serves this schema in its OpenAPI document), which a transform would not.
const address = z.templateLiteral(["0x", z.string().regex(/^[0-9a-fA-F]{40}$/)], {
  error: "must be a 0x-prefixed 20-byte address",
});
const contract = z.object({ address, blockNumber: z.number().int().nonnegative() });

/**
 * A Tracemark deployment on one chain, as `scripts/deploy-contracts.ts` writes it to
 * `deployments/<chainId>/addresses.json`, the API validates it at start and serves it at
 * `GET /deployment`, and the web app hands it to browsers at run time.
 */
export const deploymentSchema = z.object({
  chainId: z.number().int().positive(),
  /** The first block holding any of the contracts (where log queries start). */
  startBlock: z.number().int().nonnegative(),
  contracts: z.object({
    SchemaRegistry: contract,
    EAS: contract,
    TracemarkRegistry: contract,
    TracemarkAuditResolver: contract,
  }),
  /** The Tracemark audit schema string registered in EAS's SchemaRegistry. */
  auditSchema: z.string().min(1),
  /** Its schema UID: `keccak256(abi.encodePacked(auditSchema, TracemarkAuditResolver, true))`. */
  auditSchemaUid: z.templateLiteral(["0x", z.string().regex(/^[0-9a-fA-F]{64}$/)], {
    error: "must be a 0x-prefixed 32-byte hex string",
  }),
  /** Holds REGISTRAR_ROLE on TracemarkRegistry and TracemarkAuditResolver. */
  registrar: address,
  /** Holds DEFAULT_ADMIN_ROLE on both (grants and revokes registrars). */
  admin: address,
  deployer: address,
  /**
   * The `@ethereum-attestation-service/eas-contracts` network (`base`, `optimism`, …) whose canonical
   * EAS and SchemaRegistry this deployment uses; absent when Tracemark deployed its own. A canonical
   * contract's `blockNumber` is the first block of this deployment.
   */
  easNetwork: z.string().min(1).optional(),
});

/** A Tracemark deployment on one chain: contract addresses, start block, audit schema and roles. */
export type Deployment = z.output<typeof deploymentSchema>;
export type DeploymentContractName = keyof Deployment["contracts"];

/**
 * Checks a deployment description (parsed JSON) and returns it typed.
 * Throws `InvalidDeploymentError` naming each wrong field and where the description came from.
 *
 * @example
 * const deployment = parseDeployment(await (await fetch(`${apiUrl}/deployment`)).json(), "GET /deployment");
 */
export function parseDeployment(value: unknown, source = "the deployment"): Deployment {
  const parsed = deploymentSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new InvalidDeploymentError({
    source,
    problems: parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`),
  });
}
