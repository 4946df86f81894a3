import { AsyncLocalStorage } from "node:async_hooks";
import type { Database, PrismaClient } from "@tracemark/db";

/** Who makes the writes of a request, and from where: what the audit trail records beside each write. */
export type AuditActor = {
  userId: string | null;
  apiKeyId: string | null;
  ip: string | null;
  userAgent: string | null;
};

/** The actor of the request being handled (set around each route handler by `registerAuditActor`). */
export const auditActor = new AsyncLocalStorage<AuditActor>();

/** The tables whose writes the trigger `record_audit` records (migration `audit_trail`), as Prisma names them. */
const AUDITED_MODELS = new Set([
  "product",
  "lot",
  "location",
  "membership",
  "invitation",
  "apiKey",
  "webhook",
  "organization",
  "auditor",
]);
const WRITES = new Set([
  "create",
  "createMany",
  "createManyAndReturn",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "upsert",
  "delete",
  "deleteMany",
]);

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Sets the actor for the rest of the transaction (`set_config(…, true)` is transaction-local). */
function naming(client: Pick<PrismaClient, "$queryRaw">, actor: AuditActor) {
  return client.$queryRaw`SELECT set_config('tracemark.audit_actor', ${JSON.stringify(actor)}, true)`;
}

/**
 * The database as a request's handler uses it: every transaction it opens first names the request's actor
 * (`auditActor`) for the audit trigger, and every write to an audited table outside a transaction becomes
 * one that does. Outside a request (workers, tests calling services) it is the database unchanged, and the
 * trigger records writes without an actor. The trigger, not this, guarantees a record for every write.
 *
 * @example
 * const context = { ...given, db: auditedDatabase(given.db) };
 */
export function auditedDatabase(db: Database): Database {
  const { prisma } = db;
  const delegates = new Map<string, unknown>();
  const audited = new Proxy(prisma, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      const actor = auditActor.getStore();
      if (!actor) return typeof value === "function" ? value.bind(target) : value;
      if (property === "$transaction") return transactionNaming(target, actor);
      if (typeof property === "string" && AUDITED_MODELS.has(property)) {
        let delegate = delegates.get(property);
        if (!delegate) {
          delegate = delegateNaming(target, property);
          delegates.set(property, delegate);
        }
        return delegate;
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { ...db, prisma: audited };
}

function transactionNaming(prisma: PrismaClient, actor: AuditActor) {
  return (work: unknown, options?: unknown) => {
    if (typeof work === "function") {
      return prisma.$transaction(
        async (tx: Transaction) => {
          await naming(tx, actor);
          return (work as (tx: Transaction) => Promise<unknown>)(tx);
        },
        options as Parameters<PrismaClient["$transaction"]>[1],
      );
    }
    const batch = work as ReturnType<PrismaClient["$queryRaw"]>[];
    return prisma
      .$transaction([naming(prisma, actor), ...batch], options as { isolationLevel?: never })
      .then((results) => results.slice(1));
  };
}

/** A model's delegate whose writes, made outside a transaction, run in one that names the actor first. */
function delegateNaming(prisma: PrismaClient, model: string) {
  const delegate = (prisma as unknown as Record<string, Record<string, unknown>>)[model] ?? {};
  return new Proxy(delegate, {
    get(target, method) {
      const value = Reflect.get(target, method, target);
      if (typeof method !== "string" || !WRITES.has(method) || typeof value !== "function")
        return typeof value === "function" ? value.bind(target) : value;
      return (args: unknown) => {
        const actor = auditActor.getStore();
        if (!actor) return value.call(target, args);
        return prisma.$transaction(async (tx: Transaction) => {
          await naming(tx, actor);
          const inTransaction = (tx as unknown as Record<string, Record<string, (a: unknown) => unknown>>)[
            model
          ];
          return inTransaction?.[method]?.(args);
        });
      };
    },
  });
}
