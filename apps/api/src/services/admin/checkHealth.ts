import type { Database } from "@tracemark/db";
import type { PublicClient } from "viem";

export type DatabaseCheck = { ok: true; latencyMs: number } | { ok: false; error: string };
export type ChainCheck =
  | { ok: true; chainId: number; blockNumber: string; latencyMs: number }
  | { ok: false; error: string };

export type CheckHealthReturnType = {
  status: "ok" | "degraded";
  checks: { database: DatabaseCheck; chain: ChainCheck };
};

/**
 * Probes the database and the chain, each within `timeoutMs`, and reports both.
 *
 * @example
 * const health = await checkHealth({ db, chain, timeoutMs: 2000 });
 * if (health.status !== "ok") console.warn(health.checks);
 */
export async function checkHealth(parameters: {
  db: Database;
  chain: PublicClient;
  timeoutMs: number;
}): Promise<CheckHealthReturnType> {
  const { db, chain, timeoutMs } = parameters;
  const [database, chainCheck] = await Promise.all([
    probe(timeoutMs, async () => {
      await db.prisma.$queryRawUnsafe("SELECT 1");
      return {};
    }),
    probe(timeoutMs, async () => {
      const [chainId, blockNumber] = await Promise.all([chain.getChainId(), chain.getBlockNumber()]);
      return { chainId, blockNumber: blockNumber.toString() };
    }),
  ]);
  return {
    status: database.ok && chainCheck.ok ? "ok" : "degraded",
    checks: { database, chain: chainCheck },
  };
}

async function probe<T extends object>(
  timeoutMs: number,
  check: () => Promise<T>,
): Promise<({ ok: true; latencyMs: number } & T) | { ok: false; error: string }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const result = await Promise.race([check(), timeout]);
    return { ok: true, latencyMs: Math.round(performance.now() - started), ...result };
  } catch (error) {
    return { ok: false, error: shortMessage(error) };
  } finally {
    clearTimeout(timer);
  }
}

function shortMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if ("shortMessage" in error && typeof error.shortMessage === "string") return error.shortMessage;
  const firstLine = error.message.split("\n")[0];
  if (firstLine) return firstLine;
  // Connection failures from pg come as an AggregateError with an empty message.
  const inner = error instanceof AggregateError ? error.errors[0] : error.cause;
  if (inner) return shortMessage(inner);
  return "code" in error && typeof error.code === "string" ? error.code : error.name;
}
