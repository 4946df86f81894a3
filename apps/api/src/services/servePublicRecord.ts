import { createHash } from "node:crypto";
import type { Database } from "@tracemark/db";
import { Counter } from "prom-client";
import { type GetPublicRecordReturnType, getPublicRecord } from "./getPublicRecord.ts";

export type ServePublicRecordParameters = {
  gtin: string;
  lot: string;
  serial?: string | undefined;
  chainId: number;
  /** The record as the response's JSON text (the route checks it against its schema here). */
  render: (record: GetPublicRecordReturnType) => string | Promise<string>;
};
export type ServePublicRecordReturnType = { body: string; etag: string };

type Versions = { lotId: string; generation: bigint; epoch: bigint };

/**
 * The shape of the stored record. Raise it with any change to what `getPublicRecord` returns (or
 * how the route renders it): records stored in another shape are then rebuilt on their next read.
 */
export const PUBLIC_RECORD_FORMAT = 6;

/** Reads of the public record served from the read model (`hit`) or built (`miss`), in this process. */
export const publicRecordReads = new Counter({
  name: "tracemark_public_record_reads_total",
  help: "Public record reads, served from the read model (hit) or built (miss)",
  labelNames: ["result"] as const,
  registers: [],
});

/** The stored record while its versions are current: one indexed lookup, the hot path. */
const STORED_RECORD = `
  SELECT r.body, r.etag
  FROM public_records r LEFT JOIN public_record_generations g ON g."lotId" = r."lotId"
  WHERE r.gtin = $1 AND r."lotCode" = $2 AND r.serial = $3 AND r."chainId" = $4
    AND r.generation = coalesce(g.generation, 0)
    AND r.epoch = (SELECT epoch FROM public_record_epoch WHERE id = 1)
    AND r.format = $5`;

/**
 * The public record of a lot or serial, ready to send. It comes from the read model
 * (`public_records`, one indexed query) while the lot's generation, the global epoch and the
 * record's format are the ones it was built with. Triggers move the first two in the same
 * transaction as any change the record shows (events, anchors, recalls, attestations, master
 * data), so a recall shows at once and a stale record is never served. Otherwise the record is
 * built by `getPublicRecord`, stored and sent.
 *
 * @example
 * const { body, etag } = await servePublicRecord(db, { gtin, lot: "L1", chainId: 31337, render: JSON.stringify });
 */
export async function servePublicRecord(
  db: Database,
  parameters: ServePublicRecordParameters,
): Promise<ServePublicRecordReturnType> {
  const { gtin, lot, chainId, render } = parameters;
  const serial = parameters.serial ?? "";
  const [stored] = await db.query<ServePublicRecordReturnType>(STORED_RECORD, [
    gtin,
    lot,
    serial,
    chainId,
    PUBLIC_RECORD_FORMAT,
  ]);
  if (stored) {
    publicRecordReads.inc({ result: "hit" });
    return stored;
  }
  publicRecordReads.inc({ result: "miss" });

  // Read before building: a change committed after this read moves the versions past the ones
  // stored with the record, so the record is rebuilt on its next read rather than served stale.
  const [versions] = await db.prisma.$queryRaw<Versions[]>`
    SELECT l.id AS "lotId", coalesce(g.generation, 0) AS generation,
           (SELECT epoch FROM public_record_epoch WHERE id = 1) AS epoch
    FROM products p JOIN lots l ON l."productId" = p.id AND l."lotCode" = ${lot}
    LEFT JOIN public_record_generations g ON g."lotId" = l.id
    WHERE p.gtin = ${gtin}`;
  const body = await render(await getPublicRecord(db, { gtin, lot, serial: parameters.serial, chainId }));
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  if (versions) {
    // A concurrent build from newer versions wins; one from the same versions made the same text.
    await db.prisma.$executeRaw`
      INSERT INTO public_records (gtin, "lotCode", serial, "chainId", "lotId", generation, epoch, format, body, etag)
      VALUES (${gtin}, ${lot}, ${serial}, ${chainId}, ${versions.lotId}::uuid, ${versions.generation}, ${versions.epoch},
              ${PUBLIC_RECORD_FORMAT}, ${body}, ${etag})
      ON CONFLICT (gtin, "lotCode", serial, "chainId") DO UPDATE
        SET "lotId" = EXCLUDED."lotId", generation = EXCLUDED.generation, epoch = EXCLUDED.epoch,
            format = EXCLUDED.format, body = EXCLUDED.body, etag = EXCLUDED.etag, "builtAt" = now()
        WHERE public_records.generation <= EXCLUDED.generation AND public_records.epoch <= EXCLUDED.epoch`;
  }
  return { body, etag };
}
