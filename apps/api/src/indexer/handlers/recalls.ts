import type { Prisma } from "@tracemark/db";
import { computeLotKey } from "@tracemark/sdk";
import { enqueueRecallAffects } from "../../webhooks/enqueueRecallAffects.ts";
import { enqueueWebhooks } from "../../webhooks/enqueueWebhooks.ts";
import type { IndexedLog } from "../sources.ts";
import { type Handler, organizationIdsOf, submittedRefs, uuids } from "./types.ts";

type Candidate = { id: string; organizationId: string; lotId: string; reasonHash: string; lotKey: string };

/**
 * Finds the recall rows the logs are about: first the row the submitter sent the transaction for
 * (`chain_transactions` → outbox → recall), else by content (organisation + lot key, the same reason hash first).
 */
async function matchRecalls(
  tx: Prisma.TransactionClient,
  chainId: number,
  logs: IndexedLog[],
  where: string,
): Promise<Map<IndexedLog, Candidate>> {
  const refs = await submittedRefs(
    tx,
    chainId,
    logs.map((log) => log.txHash),
  );
  const orgOf = await organizationIdsOf(
    tx,
    logs.map((log) => log.args.orgId),
  );
  const orgs = [...new Set(orgOf.values())];
  const rows = await tx.$queryRawUnsafe<
    { id: string; organizationId: string; lotId: string; reasonHash: string; gtin: string; lotCode: string }[]
  >(
    `SELECT r.id, r."organizationId", r."lotId", r."reasonHash", p.gtin, l."lotCode"
     FROM recalls r JOIN lots l ON l.id = r."lotId" JOIN products p ON p.id = l."productId"
     WHERE (r."organizationId" = ANY($1::uuid[]) AND ${where}) OR r.id = ANY($2::uuid[])
     ORDER BY r."declaredAt", r.id`,
    orgs,
    uuids([...refs.values()].flat()),
  );
  const candidates: Candidate[] = rows.map((row) => ({
    ...row,
    lotKey: computeLotKey({ gtin: row.gtin, lot: row.lotCode }).toLowerCase(),
  }));
  const used = new Set<string>();
  const matches = new Map<IndexedLog, Candidate>();
  for (const log of logs) {
    const org = orgOf.get(String(log.args.orgId).toLowerCase());
    const fits = (c: Candidate) =>
      !used.has(c.id) && c.organizationId === org && c.lotKey === log.args.lotKey;
    const sent = refs.get(log.txHash) ?? [];
    const match =
      candidates.find((c) => fits(c) && sent.includes(c.id)) ??
      candidates.find((c) => fits(c) && c.reasonHash.toLowerCase() === log.args.reasonHash) ??
      candidates.find(fits);
    if (match) {
      used.add(match.id);
      matches.set(log, match);
    }
  }
  return matches;
}

function recallPayload(
  log: IndexedLog,
  chainId: number,
  action: "declared" | "lifted",
  match?: Candidate,
  organizationId = match?.organizationId ?? "",
) {
  return {
    organizationId,
    payload: {
      action,
      recallId: match?.id ?? null,
      lotId: match?.lotId ?? null,
      lotKey: log.args.lotKey,
      reasonHash: log.args.reasonHash,
      chainId,
      txHash: log.txHash,
      blockNumber: log.blockNumber.toString(),
    },
  };
}

/** What `recall.affects` tells of the chain's log: no internal id but the recall's. */
function affectsItem(log: IndexedLog, chainId: number, action: "declared" | "lifted", match: Candidate) {
  const { lotId: _lotId, ...payload } = recallPayload(log, chainId, action, match).payload;
  return { ...payload, recallId: match.id, action };
}

/**
 * Queues the `recalled` webhooks of each log's organisation (logs of organisations of this deployment
 * only; a recall declared outside Tracemark has no match, `recallId` null) and `recall.affects` for the
 * organisations holding a lot downstream of a matched recall, with `action`.
 */
async function notifyRecalls(
  tx: Prisma.TransactionClient,
  chainId: number,
  logs: IndexedLog[],
  matches: Map<IndexedLog, Candidate>,
  action: "declared" | "lifted",
): Promise<void> {
  const orgOf = await organizationIdsOf(
    tx,
    logs.map((log) => log.args.orgId),
  );
  await enqueueWebhooks(tx, {
    event: "recalled",
    items: logs.flatMap((log) => {
      const organizationId = orgOf.get(String(log.args.orgId).toLowerCase());
      return organizationId ? [recallPayload(log, chainId, action, matches.get(log), organizationId)] : [];
    }),
  });
  await enqueueRecallAffects(tx, {
    items: logs.flatMap((log) => {
      const match = matches.get(log);
      return match ? [affectsItem(log, chainId, action, match)] : [];
    }),
  });
}

/**
 * `TracemarkRegistry:RecallDeclared`: the recall row becomes on chain (`chainStatus` anchored, tx, block) and the
 * organisation's `recalled` webhooks are queued (also for a recall declared outside Tracemark, with `recallId` null),
 * and `recall.affects` for every other organisation holding a lot downstream (`enqueueRecallAffects`).
 *
 * @example
 * await recallDeclaredHandler(context, logs);
 */
export const recallDeclaredHandler: Handler = async ({ tx, chainId }, logs) => {
  const matches = await matchRecalls(tx, chainId, logs, `r."chainStatus" IN ('pending', 'submitted')`);
  const updates = [...matches.entries()];
  if (updates.length > 0) {
    await tx.$executeRawUnsafe(
      `UPDATE recalls r SET "chainStatus" = 'anchored', "txHash" = u.tx, "blockNumber" = u.block, "chainId" = $4
       FROM unnest($1::uuid[], $2::text[], $3::bigint[]) AS u(id, tx, block)
       WHERE r.id = u.id AND r."chainStatus" IN ('pending', 'submitted')`,
      updates.map(([, match]) => match.id),
      updates.map(([log]) => log.txHash),
      updates.map(([log]) => log.blockNumber.toString()),
      chainId,
    );
  }
  await notifyRecalls(tx, chainId, logs, matches, "declared");
};

/**
 * `TracemarkRegistry:RecallLifted`: queues the organisation's `recalled` webhooks with action `lifted`, and
 * `recall.affects` with action `lifted` for the organisations holding a lot downstream (the recall row's own state
 * is the API's; the log stays in chain_logs as the proof).
 *
 * @example
 * await recallLiftedHandler(context, logs);
 */
export const recallLiftedHandler: Handler = async ({ tx, chainId }, logs) => {
  const matches = await matchRecalls(tx, chainId, logs, `r.status = 'lifted'`);
  await notifyRecalls(tx, chainId, logs, matches, "lifted");
};
