import { type AnchoredBatch, enqueueAnchoredWebhooks } from "../../webhooks/enqueueAnchoredWebhooks.ts";
import type { IndexedLog } from "../sources.ts";
import { type Handler, organizationIdsOf } from "./types.ts";

/**
 * `TracemarkRegistry:BatchAnchored` and `TracemarkRegistry:EventAnchored`: the batch with that root (for a single
 * event, root = the event hash the submitter anchored) of that organisation becomes anchored (tx, block, time), and
 * with it its events (their status is the batch's), and the organisation's `anchored` webhooks are queued. The first
 * anchor of a root counts: a batch already anchored is left alone. A log already past the confirmation depth (a
 * backfill, a fast chain) makes the batch final at once, as `finalize` would, without a second write.
 *
 * @example
 * await anchorsHandler(context, logs);
 */
export const anchorsHandler: Handler = async ({ tx, chainId, blockTime, finalBlock }, logs) => {
  const firsts = new Map<string, IndexedLog>();
  for (const log of logs) {
    const root = String(log.name.endsWith(":BatchAnchored") ? log.args.root : log.args.eventHash);
    const key = `${log.args.orgId}:${root}`;
    if (!firsts.has(key)) firsts.set(key, { ...log, args: { ...log.args, root } });
  }
  const orgOf = await organizationIdsOf(
    tx,
    [...firsts.values()].map((log) => log.args.orgId),
  );
  const rows = [...firsts.values()].filter((log) => orgOf.has(String(log.args.orgId).toLowerCase()));
  if (rows.length === 0) return;
  const anchored = await tx.$queryRawUnsafe<AnchoredBatch[]>(
    `UPDATE anchor_batches b
     SET status = CASE WHEN l.block <= $7::bigint THEN 'final' ELSE 'anchored' END::"AnchorStatus",
       "txHash" = l.tx, "blockNumber" = l.block, "blockHash" = l.bhash, "anchoredAt" = l.at
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::timestamptz[]) AS l(org, root, tx, block, bhash, at)
     WHERE b.root = l.root AND b."organizationId" = l.org AND b.status IN ('pending', 'submitted')
     RETURNING b.id, b."organizationId", b.root, b."eventCount", b."txHash", b."blockNumber", b."anchoredAt"`,
    rows.map((log) => orgOf.get(String(log.args.orgId).toLowerCase())),
    rows.map((log) => String(log.args.root)),
    rows.map((log) => log.txHash),
    rows.map((log) => log.blockNumber.toString()),
    rows.map((log) => log.blockHash),
    rows.map((log) => blockTime(log.blockNumber).toISOString()),
    finalBlock.toString(),
  );
  await enqueueAnchoredWebhooks(tx, { chainId, batches: anchored });
};
