import type { Prisma } from "@tracemark/db";
import { type Deployment, registryOrgIdKey } from "@tracemark/sdk";
import type { IndexedLog } from "../sources.ts";

/** What a handler gets besides its logs: the open transaction of the range being indexed. */
export type HandlerContext = {
  tx: Prisma.TransactionClient;
  chainId: number;
  deployment: Deployment;
  /** The timestamp of a block holding one of the range's logs. */
  blockTime: (blockNumber: bigint) => Date;
  /** The newest block past the confirmation depth: rows of blocks up to it are final. */
  finalBlock: bigint;
};

/**
 * Applies new logs of one `Contract:Event` (in chain order) to the derived tables, in the range's transaction.
 * Called only for logs that were not stored before, so a range read twice changes nothing twice.
 */
export type Handler = (context: HandlerContext, logs: IndexedLog[]) => Promise<void>;

/**
 * The organisations of registry `bytes16` ids, by their public id (`chainOrgId`, random since
 * 2026-12-04, so never derived from the UUID): registry id (lower case) → organisation UUID. Ids of
 * no organisation here (another deployment's) are missing from the map.
 */
export async function organizationIdsOf(
  tx: Prisma.TransactionClient,
  orgIds: Iterable<unknown>,
): Promise<Map<string, string>> {
  const keys = [...new Set([...orgIds].map((id) => registryOrgIdKey(String(id))))];
  if (keys.length === 0) return new Map();
  const rows = await tx.organization.findMany({
    where: { chainOrgId: { in: keys } },
    select: { id: true, chainOrgId: true },
  });
  return new Map(rows.map((row) => [registryOrgIdKey(String(row.chainOrgId)), row.id]));
}

/**
 * The rows the submitter sent the given transactions for: `chain_transactions.refId` and, when that is an outbox
 * item, the outbox item's `refId` (a recall or attestation id), by transaction hash.
 */
export async function submittedRefs(
  tx: Prisma.TransactionClient,
  chainId: number,
  txHashes: string[],
): Promise<Map<string, string[]>> {
  const refs = new Map<string, string[]>();
  if (txHashes.length === 0) return refs;
  const rows = await tx.$queryRawUnsafe<{ txHash: string; refId: string; outboxRefId: string | null }[]>(
    `SELECT h AS "txHash", ct."refId", o."refId"::text AS "outboxRefId"
     FROM unnest($2::text[]) AS h
     JOIN chain_transactions ct ON ct."chainId" = $1 AND ct.hashes @> ARRAY[h]
     LEFT JOIN outbox o ON o.id = CASE WHEN ct."refId" ~ '^[0-9]{1,18}$' THEN ct."refId"::bigint END`,
    chainId,
    [...new Set(txHashes)],
  );
  for (const row of rows) {
    const list = refs.get(row.txHash) ?? [];
    list.push(row.refId);
    if (row.outboxRefId) list.push(row.outboxRefId);
    refs.set(row.txHash, list);
  }
  return refs;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Keeps the ids that are UUIDs (refs can also be outbox ids). */
export function uuids(ids: Iterable<string>): string[] {
  return [...new Set([...ids].filter((id) => uuidPattern.test(id)))];
}
