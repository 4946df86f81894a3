import type { Database } from "@tracemark/db";
import { type Deployment, TracemarkError } from "@tracemark/sdk";

/** The database records another chain, or other contracts, than this process is pointed at. */
export class ChainMismatchError extends TracemarkError {
  override name = "ChainMismatchError";
  constructor(readonly differences: string[]) {
    super("This database records another chain than the one configured; refusing to start.", {
      details: differences.join("; "),
      retryable: false,
    });
  }
}

export type BindDatabaseToChainParameters = {
  /** The chain id the node reports. */
  chainId: number;
  /** The deployment file for that chain (`loadDeployment`). */
  deployment: Deployment;
};

export type BindDatabaseToChainReturnType = { recorded: boolean };

/**
 * Records the chain and deployment in the database at the first start (and gives the chain-derived
 * rows written before without one its id); at every later start, throws `ChainMismatchError` naming
 * each difference between what is recorded and what this process is pointed at, so one database
 * never mixes two chains' truths.
 *
 * @example
 * await bindDatabaseToChain(db, { chainId: await chain.getChainId(), deployment });
 */
export async function bindDatabaseToChain(
  db: Database,
  { chainId, deployment }: BindDatabaseToChainParameters,
): Promise<BindDatabaseToChainReturnType> {
  return db.prisma.$transaction(async (tx) => {
    const inserted = await tx.$executeRaw`
      INSERT INTO chain_binding ("chainId", deployment) VALUES (${chainId}, ${JSON.stringify(deployment)}::jsonb)
      ON CONFLICT (id) DO NOTHING`;
    if (inserted === 1) {
      await tx.$executeRaw`UPDATE anchor_batches SET "chainId" = ${chainId} WHERE "chainId" IS NULL`;
      await tx.$executeRaw`UPDATE recalls SET "chainId" = ${chainId} WHERE "chainId" IS NULL AND "txHash" IS NOT NULL`;
      await tx.$executeRaw`UPDATE attestations SET "chainId" = ${chainId} WHERE "chainId" IS NULL AND "txHash" IS NOT NULL`;
      return { recorded: true };
    }
    const recorded = await tx.chainBinding.findUniqueOrThrow({ where: { id: true } });
    const differences = differencesOf(
      { chainId: recorded.chainId, deployment: recorded.deployment as Deployment },
      { chainId, deployment },
    );
    if (differences.length > 0) throw new ChainMismatchError(differences);
    return { recorded: false };
  });
}

/** Each recorded value that differs from the configured one, as "<what> <recorded> recorded, <source> says <now>". */
function differencesOf(
  recorded: BindDatabaseToChainParameters,
  now: BindDatabaseToChainParameters,
): string[] {
  const differences: string[] = [];
  if (recorded.chainId !== now.chainId)
    differences.push(`chain id ${recorded.chainId} recorded, the node says ${now.chainId}`);
  const file = "the deployment file says";
  const names = new Set([
    ...Object.keys(recorded.deployment.contracts ?? {}),
    ...Object.keys(now.deployment.contracts ?? {}),
  ]) as Set<keyof Deployment["contracts"]>;
  for (const name of names) {
    const before = recorded.deployment.contracts?.[name]?.address;
    const after = now.deployment.contracts?.[name]?.address;
    if (before?.toLowerCase() !== after?.toLowerCase())
      differences.push(`${name} address ${before ?? "none"} recorded, ${file} ${after ?? "none"}`);
  }
  if (recorded.deployment.auditSchemaUid?.toLowerCase() !== now.deployment.auditSchemaUid?.toLowerCase())
    differences.push(
      `audit schema UID ${recorded.deployment.auditSchemaUid} recorded, ${file} ${now.deployment.auditSchemaUid}`,
    );
  if (recorded.deployment.chainId !== now.deployment.chainId)
    differences.push(
      `deployment chain id ${recorded.deployment.chainId} recorded, ${file} ${now.deployment.chainId}`,
    );
  return differences;
}
