import { readFile } from "node:fs/promises";
import type { Database } from "@tracemark/db";
import {
  bizTransactionSearchKeys,
  computeEventHash,
  createMerkleBatch,
  currentEventHashRuleVersion,
  type EventHashRuleVersion,
  eventHashToLeaf,
  parseEpcisEvent,
  placeSearchKey,
} from "@tracemark/sdk";
import type { Hex } from "viem";
import { prepareEvent } from "../capture/prepareEvent.ts";
import { lotRoles } from "../capture/storeEvents.ts";
import { tradeItemKey } from "../services/identifiers/epcisIdentifiers.ts";

/**
 * Test fixtures for the read side: events inserted straight into `events` and `event_identifiers`
 * as the schema documents them (every EPC and class the event names, with its role as capture's
 * `prepareEvent` lists it, and the lot it resolves to), hashed with the SDK, and optionally anchored
 * in a Merkle batch.
 */

/** The lot an identifier names (by GTIN + lot, or a serial item's lot), when it is one we know. */
export async function resolveLotId(db: Database, value: string): Promise<string | null> {
  const parsed = tradeItemKey(value);
  if (!parsed) return null;
  if (parsed.lot) {
    const lot = await db.prisma.lot.findFirst({
      where: { lotCode: parsed.lot, product: { gtin: parsed.gtin } },
      select: { id: true },
    });
    return lot?.id ?? null;
  }
  if (parsed.serial) {
    const item = await db.prisma.serialItem.findFirst({
      where: { serial: parsed.serial, product: { gtin: parsed.gtin } },
      select: { lotId: true },
    });
    return item?.lotId ?? null;
  }
  return null;
}

export type InsertedEvent = { id: string; eventHash: string; leaf: Hex };

/**
 * Inserts one EPCIS event of `organizationId` with its identifiers, search keys and client eventID, as capture does; `hashVersion: 1`
 * inserts it as an event stored before rule version 2 (hashed and marked so).
 *
 * @example
 * const { id } = await insertEvent(db, orgId, { type: "ObjectEvent", action: "OBSERVE", … });
 */
export async function insertEvent(
  db: Database,
  organizationId: string,
  input: Record<string, unknown>,
  options: { recordTime?: Date; hashVersion?: EventHashRuleVersion } = {},
): Promise<InsertedEvent> {
  const parsed = parseEpcisEvent(input);
  const event = parsed as unknown as Record<string, unknown>;
  const { hashVersion = currentEventHashRuleVersion } = options;
  const eventHash = computeEventHash({ event: input, hashVersion });
  const leaf = eventHashToLeaf(eventHash);
  const identifiers = await Promise.all(
    prepareEvent({ event: parsed }).identifiers.map(async (identifier) => ({
      ...identifier,
      lotId: await resolveLotId(db, identifier.value),
    })),
  );
  const primary = lotRoles.flatMap((role) =>
    identifiers.filter((i) => i.role === role && i.lotId).map((i) => i.lotId),
  )[0];
  const location = (field: string) => (event[field] as { id?: string } | undefined)?.id ?? null;
  const created = await db.prisma.event.create({
    data: {
      organizationId,
      eventHash,
      leaf,
      hashVersion,
      type: event.type as string,
      action: (event.action as string | undefined) ?? null,
      bizStep: (event.bizStep as string | undefined) ?? null,
      disposition: (event.disposition as string | undefined) ?? null,
      eventTime: new Date(event.eventTime as string),
      eventTimeZoneOffset: event.eventTimeZoneOffset as string,
      ...(options.recordTime ? { recordTime: options.recordTime } : {}),
      readPoint: location("readPoint"),
      bizLocation: location("bizLocation"),
      lotId: primary ?? null,
      document: input as object,
      identifiers: { create: identifiers },
      searchKeys: { create: searchKeysOf(input, location("readPoint"), location("bizLocation")) },
      ...(typeof input.eventID === "string" && input.eventID !== eventHash
        ? { clientIds: { create: { eventID: input.eventID, organizationId } } }
        : {}),
    },
    select: { id: true },
  });
  return { id: created.id, eventHash, leaf };
}

/**
 * Runs the migration that undid the links made before the record's write rule, over whatever the
 * test inserted with `insertEvent` (which links every identifier to its lot, as events were
 * stored before the rule).
 *
 * @example
 * await insertEvent(db, strangerId, eventNamingOwnersLot);
 * await unlinkLinksMadeBeforeTheWriteRule(db);
 */
export async function unlinkLinksMadeBeforeTheWriteRule(db: Database): Promise<void> {
  const sql = await readFile(
    new URL(
      "../../../../prisma/migrations/20261204213000_unlink_foreign_lot_links/migration.sql",
      import.meta.url,
    ),
    "utf8",
  );
  for (const statement of sql.split(/;\s*$/m).filter((s) => s.replace(/--.*$/gm, "").trim()))
    await db.prisma.$executeRawUnsafe(statement);
}

/**
 * Anchors events in one Merkle batch of `organizationId`, as the submitter and the indexer record it:
 * the events join a submitted batch, which is then anchored.
 *
 * @example
 * await anchorEvents(db, orgId, [first, second], { blockNumber: 12n });
 */
export async function anchorEvents(
  db: Database,
  organizationId: string,
  events: InsertedEvent[],
  options: { blockNumber?: bigint; anchoredAt?: Date; txHash?: Hex } = {},
): Promise<{ root: Hex; batchId: string }> {
  const { root, nodes, leafNodes } = createMerkleBatch({ leaves: events.map((e) => e.leaf) });
  const batch = await db.prisma.anchorBatch.create({
    data: {
      organizationId,
      root,
      tree: Buffer.concat(nodes),
      eventCount: events.length,
      status: "submitted",
    },
  });
  await db.prisma.$transaction([
    ...events.map((event, i) =>
      db.prisma.event.update({
        where: { id: event.id },
        data: { batchId: batch.id, treeNode: leafNodes[i] ?? 0 },
      }),
    ),
    db.prisma.anchorBatch.update({
      where: { id: batch.id },
      data: {
        status: "anchored",
        txHash: options.txHash ?? `0x${"ab".repeat(32)}`,
        blockNumber: options.blockNumber ?? 7n,
        blockHash: `0x${"cd".repeat(32)}`,
        anchoredAt: options.anchoredAt ?? new Date("2026-03-10T12:00:00.000Z"),
      },
    }),
  ]);
  return { root, batchId: batch.id };
}

/** Sequential helpers for master data the events refer to. */
export async function createProductLot(
  db: Database,
  organizationId: string,
  data: { gtin: string; name: string; lotCode: string; description?: string; category?: string },
) {
  const product = await db.prisma.product.upsert({
    where: { gtin: data.gtin },
    create: {
      organizationId,
      gtin: data.gtin,
      name: data.name,
      description: data.description ?? null,
      category: data.category ?? null,
      imageUrls: [`https://img.example.test/${data.gtin}.jpg`],
    },
    update: {},
  });
  const lot = await db.prisma.lot.create({
    data: {
      organizationId,
      productId: product.id,
      lotCode: data.lotCode,
      productionDate: new Date("2026-03-01"),
      expiryDate: new Date("2026-04-01"),
      quantity: "100",
      unit: "KGM",
    },
  });
  return { product, lot };
}

/** What the capture worker writes as an event's search keys (`storeEvents`). */
function searchKeysOf(
  document: Record<string, unknown>,
  readPoint: string | null,
  bizLocation: string | null,
) {
  return [
    ...bizTransactionSearchKeys(document).map((key) => ({ kind: "bizTransaction" as const, key })),
    ...(readPoint ? [{ kind: "readPoint" as const, key: placeSearchKey(readPoint) }] : []),
    ...(bizLocation ? [{ kind: "bizLocation" as const, key: placeSearchKey(bizLocation) }] : []),
  ];
}
