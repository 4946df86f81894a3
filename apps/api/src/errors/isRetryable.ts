import { Prisma } from "@tracemark/db";
import { TracemarkError } from "@tracemark/sdk";
import { isDatabaseUnavailable } from "./isDatabaseUnavailable.ts";

// Postgres SQLSTATE classes a later attempt can get past: connection exceptions (08), transaction
// rollbacks such as serialization failures and deadlocks (40), insufficient resources (53), operator
// intervention such as a shutdown (57), lock not available (55P03), and a unique violation (23505)
// that a concurrent writer caused (the retry finds its row).
const retryableSqlState = /^(08|40|53|57)|^55P03$|^23505$/;
// Prisma's: cannot reach or timed out (P1xxx), pool timeout (P2024), transaction closed or expired (P2028), write conflict (P2034).
const retryablePrismaCode = /^P1\d{3}$|^P2024$|^P2028$|^P2034$/;
// Driver adapter errors (`DriverAdapterError`'s cause) that mean the database was out of reach or busy.
const retryableAdapterKind =
  /^(ConnectionClosed|DatabaseNotReachable|SocketTimeout|TooManyConnections|TransactionWriteConflict|TransactionAlreadyClosed)$/;
const retryableNodeCode = /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EAI_AGAIN|ENOTFOUND|EHOSTUNREACH)$/;

/**
 * Whether trying the same work again later can succeed: the database was unreachable, busy or in
 * conflict (also when Prisma wraps the driver's error: `isDatabaseUnavailable`), or an error says so
 * itself (`TracemarkError.retryable`). Anything else (a value Postgres
 * refuses, a stack overflow, a bug) fails the same way every time, so a worker records it as failed
 * at once instead of retrying it.
 *
 * @example
 * if (!isRetryable(error)) await markFailed(job, error);
 */
export function isRetryable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === "object" && !seen.has(current); ) {
    seen.add(current);
    if (current instanceof TracemarkError) return current.retryable;
    if (current instanceof Prisma.PrismaClientInitializationError) return true;
    const { code, originalCode, meta, kind, cause } = current as {
      code?: unknown;
      originalCode?: unknown;
      meta?: { code?: unknown; driverAdapterError?: unknown };
      kind?: unknown;
      cause?: unknown;
    };
    if (typeof kind === "string" && retryableAdapterKind.test(kind)) return true;
    for (const value of [code, originalCode, meta?.code]) {
      if (typeof value !== "string") continue;
      if (retryablePrismaCode.test(value) || retryableNodeCode.test(value)) return true;
      if (/^[0-9A-Z]{5}$/.test(value) && retryableSqlState.test(value)) return true;
    }
    // A database error Prisma has no code of its own for (P2010 raw, P2039 other queries) keeps the driver
    // adapter's error in `meta.driverAdapterError`, whose `cause` carries the SQLSTATE as `originalCode`.
    // Errors Prisma does name (P2002 unique violation…) are judged by that name alone.
    current = cause ?? (code === "P2010" || code === "P2039" ? meta?.driverAdapterError : undefined);
  }
  return isDatabaseUnavailable(error);
}
