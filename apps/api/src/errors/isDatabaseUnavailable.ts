import { Prisma } from "@tracemark/db";

// Driver adapter error kinds, Prisma codes, Node socket codes and Postgres SQLSTATEs that mean the
// database could not be reached or went away (connection exception 08, shutdown 57P01–57P03, too
// many connections 53300), as opposed to refusing the request.
const unavailableAdapterKind = /^(ConnectionClosed|DatabaseNotReachable|SocketTimeout|TooManyConnections)$/;
const unavailablePrismaCode = /^P1\d{3}$|^P2024$/;
const unavailableNodeCode = /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EAI_AGAIN|EHOSTUNREACH)$/;
const unavailableSqlState = /^08[0-9A-Z]{3}$|^57P0[1-3]$|^53300$/;
// node-postgres's own words when the server closes a pooled connection under it (no code), or when
// a client whose connection broke is used again.
const unavailableMessage =
  /^Connection terminated( unexpectedly| due to connection timeout)?$|^Client has encountered a connection error and is not queryable$/;

/**
 * Whether an error means the database is down or unreachable (so the request may succeed if sent
 * again shortly), walking the error's causes: Prisma's (whose driver error may sit in
 * `meta.driverAdapterError`, e.g. P2039 around SQLSTATE 57P01), the driver adapter's and node-postgres's.
 *
 * @example
 * if (isDatabaseUnavailable(error)) reply.code(503).header("retry-after", "2");
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    if (current instanceof Prisma.PrismaClientInitializationError) return true;
    const { code, meta, kind, message } = current as {
      code?: unknown;
      meta?: { code?: unknown; driverAdapterError?: unknown };
      kind?: unknown;
      message?: unknown;
    };
    if (typeof kind === "string" && unavailableAdapterKind.test(kind)) return true;
    if (typeof message === "string" && unavailableMessage.test(message)) return true;
    for (const value of [code, meta?.code]) {
      if (typeof value !== "string") continue;
      if (
        unavailablePrismaCode.test(value) ||
        unavailableNodeCode.test(value) ||
        unavailableSqlState.test(value)
      )
        return true;
    }
    queue.push((current as { cause?: unknown }).cause, meta?.driverAdapterError);
  }
  return false;
}
