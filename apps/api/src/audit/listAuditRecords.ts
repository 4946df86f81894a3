import type { Database, Prisma } from "@tracemark/db";

export const AUDITED_ENTITIES = [
  "products",
  "lots",
  "locations",
  "memberships",
  "invitations",
  "api_keys",
  "webhooks",
  "organizations",
  "auditors",
  "proof_points",
] as const;
export const AUDIT_ACTIONS = ["create", "update", "delete"] as const;

export type AuditFilter = {
  /** One organisation's trail; none for the whole platform's (platform administrators). */
  organizationId?: string | undefined;
  entity?: (typeof AUDITED_ENTITIES)[number] | undefined;
  action?: (typeof AUDIT_ACTIONS)[number] | undefined;
  /** A user's or an API key's id. */
  actorId?: string | undefined;
  /** From (inclusive) and to (exclusive). */
  from?: Date | undefined;
  to?: Date | undefined;
};

export type ListAuditRecordsParameters = AuditFilter & {
  limit: number;
  /** The id of the last record of the previous page (newest first). */
  cursor?: string | undefined;
};

/** One record as the API shows it: who (a user, an API key, or the platform itself) by name. */
export type AuditEntry = {
  id: string;
  at: Date;
  organizationId: string | null;
  organizationName: string | null;
  actor: { kind: "user" | "apiKey" | "system"; id: string | null; name: string };
  ip: string | null;
  userAgent: string | null;
  entity: string;
  entityId: string;
  action: string;
  changes: Record<string, { from: unknown; to: unknown }>;
};

export type ListAuditRecordsReturnType = { items: AuditEntry[]; nextCursor: string | null };

function whereOf(filter: AuditFilter, cursor?: string): Prisma.AuditRecordWhereInput {
  return {
    ...(filter.organizationId ? { organizationId: filter.organizationId } : {}),
    ...(filter.entity ? { entity: filter.entity } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actorId ? { OR: [{ actorUserId: filter.actorId }, { actorApiKeyId: filter.actorId }] } : {}),
    ...(filter.from || filter.to
      ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } }
      : {}),
    ...(cursor ? { id: { lt: BigInt(cursor) } } : {}),
  };
}

/**
 * One page of the audit trail, newest first: an organisation's, or the platform's.
 *
 * @example
 * const { items, nextCursor } = await listAuditRecords(db, { organizationId, entity: "products", limit: 50 });
 */
export async function listAuditRecords(
  db: Database,
  parameters: ListAuditRecordsParameters,
): Promise<ListAuditRecordsReturnType> {
  const rows = await db.prisma.auditRecord.findMany({
    where: whereOf(parameters, parameters.cursor),
    orderBy: { id: "desc" },
    take: parameters.limit + 1,
  });
  const page = rows.slice(0, parameters.limit);
  const items = await named(db, page);
  const last = page.at(-1);
  return { items, nextCursor: rows.length > parameters.limit && last ? String(last.id) : null };
}

/**
 * The whole filtered trail, newest first, a page at a time (for CSV export).
 *
 * @example
 * for await (const entry of allAuditRecords(db, { organizationId })) write(entry);
 */
export async function* allAuditRecords(db: Database, filter: AuditFilter): AsyncGenerator<AuditEntry> {
  let cursor: string | undefined;
  do {
    const page = await listAuditRecords(db, { ...filter, limit: 500, cursor });
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

type AuditRow = Awaited<ReturnType<Database["prisma"]["auditRecord"]["findMany"]>>[number];

/** The records with their actors' and organisations' names. */
async function named(db: Database, rows: AuditRow[]): Promise<AuditEntry[]> {
  const ids = (pick: (row: AuditRow) => string | null) => [
    ...new Set(rows.map(pick).filter((id): id is string => id !== null)),
  ];
  const [users, keys, orgs] = await Promise.all([
    db.prisma.user.findMany({
      where: { id: { in: ids((row) => row.actorUserId) } },
      select: { id: true, email: true, name: true, walletAddress: true },
    }),
    db.prisma.apiKey.findMany({
      where: { id: { in: ids((row) => row.actorApiKeyId) } },
      select: { id: true, name: true, prefix: true },
    }),
    db.prisma.organization.findMany({
      where: { id: { in: ids((row) => row.organizationId) } },
      select: { id: true, name: true },
    }),
  ]);
  const userName = new Map(users.map((u) => [u.id, u.email ?? u.name ?? u.walletAddress ?? u.id]));
  const keyName = new Map(keys.map((k) => [k.id, `API key ${k.name} (${k.prefix}…)`]));
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  return rows.map((row) => ({
    id: String(row.id),
    at: row.at,
    organizationId: row.organizationId,
    organizationName: row.organizationId ? (orgName.get(row.organizationId) ?? null) : null,
    actor: row.actorUserId
      ? { kind: "user", id: row.actorUserId, name: userName.get(row.actorUserId) ?? "a deleted user" }
      : row.actorApiKeyId
        ? {
            kind: "apiKey",
            id: row.actorApiKeyId,
            name: keyName.get(row.actorApiKeyId) ?? "a deleted API key",
          }
        : { kind: "system", id: null, name: "Tracemark (background work)" },
    ip: row.ip,
    userAgent: row.userAgent,
    entity: row.entity,
    entityId: row.entityId,
    action: row.action,
    changes: row.changes as AuditEntry["changes"],
  }));
}

/** The CSV columns of the audit trail export. */
export const AUDIT_CSV_COLUMNS = [
  "id",
  "at",
  "organization",
  "actor_kind",
  "actor",
  "ip",
  "user_agent",
  "entity",
  "entity_id",
  "action",
  "field",
  "from",
  "to",
] as const;

/**
 * The CSV rows of one record: one per changed field (one with empty field columns when none changed).
 *
 * @example
 * auditCsvRows(entry) // [["12", "2026-12-05T01:00:00.000Z", "Org A", "user", "a@example.test", …, "name", "\"Oil\"", "\"Olive oil\""]]
 */
export function auditCsvRows(entry: AuditEntry): string[][] {
  const head = [
    entry.id,
    entry.at.toISOString(),
    entry.organizationName ?? "",
    entry.actor.kind,
    entry.actor.name,
    entry.ip ?? "",
    entry.userAgent ?? "",
    entry.entity,
    entry.entityId,
    entry.action,
  ];
  const fields = Object.entries(entry.changes);
  if (fields.length === 0) return [[...head, "", "", ""]];
  return fields.map(([field, { from, to }]) => [
    ...head,
    field,
    from === null || from === undefined ? "" : JSON.stringify(from),
    to === null || to === undefined ? "" : JSON.stringify(to),
  ]);
}
