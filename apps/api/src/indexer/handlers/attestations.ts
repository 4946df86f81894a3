import type { Prisma } from "@tracemark/db";
import { encodePacked, type Hex, keccak256 } from "viem";
import { enqueueWebhooks } from "../../webhooks/enqueueWebhooks.ts";
import type { IndexedLog } from "../sources.ts";
import { type Handler, submittedRefs, uuids } from "./types.ts";

/** The attestation request as `attestations.delegated.message` keeps it (integers as decimal strings). */
type StoredRequest = {
  schema: Hex;
  recipient: Hex;
  attester: Hex;
  expirationTime: string;
  revocable: boolean;
  refUID: Hex;
  data: Hex;
};

/** EAS's attestation UID (`EAS._getUID` with bump 0): the request's fields and the block time of the attestation. */
export function easAttestationUid(request: StoredRequest, time: bigint): Hex {
  return keccak256(
    encodePacked(
      ["bytes32", "address", "address", "uint64", "uint64", "bool", "bytes32", "bytes", "uint32"],
      [
        request.schema,
        request.recipient,
        request.attester,
        time,
        BigInt(request.expirationTime),
        request.revocable,
        request.refUID,
        request.data,
        0,
      ],
    ),
  );
}

type Row = { id: string; auditorAddress: string; delegated: unknown };

function uidOf(row: Row, time: bigint): string | undefined {
  const message = (row.delegated as { message?: StoredRequest } | null)?.message;
  if (!message?.schema || !message.data) return undefined;
  try {
    return easAttestationUid({ ...message, attester: row.auditorAddress as Hex }, time).toLowerCase();
  } catch {
    return undefined;
  }
}

/** An attestation row the handler changed, as `returning` gives it. */
type Changed = {
  id: string;
  uid: string;
  lotId: string | null;
  eventId: string | null;
  organizationId: string | null;
};

const returning = `RETURNING a.id, a.uid, a."lotId", a."eventId",
  COALESCE((SELECT "organizationId" FROM lots WHERE id = a."lotId"),
           (SELECT "organizationId" FROM events WHERE id = a."eventId"))::text AS "organizationId"`;

/** Queues the `attested` webhooks of the changed rows' organisations, each with the log (`logOf`) that changed it. */
async function notify(
  tx: Prisma.TransactionClient,
  chainId: number,
  action: string,
  rows: Changed[],
  logOf: (row: Changed) => IndexedLog,
) {
  await enqueueWebhooks(tx, {
    event: "attested",
    items: rows
      .filter((row) => row.organizationId)
      .map((row) => ({
        organizationId: row.organizationId as string,
        payload: {
          action,
          attestationId: row.id,
          uid: row.uid,
          lotId: row.lotId,
          eventId: row.eventId,
          chainId,
          txHash: logOf(row).txHash,
          blockNumber: logOf(row).blockNumber.toString(),
        },
      })),
  });
}

/**
 * `EAS:Attested` (audit schema only): the relayed attestation gets its UID and becomes `onchain` (tx, block), and
 * the organisation's `attested` webhooks are queued. The row is the one the submitter sent the transaction for,
 * else the one of that auditor whose signed request gives this UID at the block's time. An attestation made
 * outside Tracemark has no row (its data is not in the log): it stays in chain_logs only.
 *
 * @example
 * await attestedHandler(context, logs);
 */
export const attestedHandler: Handler = async ({ tx, chainId, blockTime }, logs) => {
  const refs = await submittedRefs(
    tx,
    chainId,
    logs.map((log) => log.txHash),
  );
  const attesters = [...new Set(logs.map((log) => String(log.args.attester)))];
  const rows = await tx.$queryRawUnsafe<Row[]>(
    `SELECT id, lower("auditorAddress") AS "auditorAddress", delegated FROM attestations
     WHERE (lower("auditorAddress") = ANY($1::text[]) AND uid IS NULL AND status IN ('pending', 'submitted', 'failed'))
        OR id = ANY($2::uuid[])
     ORDER BY "createdAt", id`,
    attesters,
    uuids([...refs.values()].flat()),
  );
  const used = new Set<string>();
  const updates: { id: string; log: IndexedLog }[] = [];
  for (const log of logs) {
    const attester = String(log.args.attester);
    const sent = refs.get(log.txHash) ?? [];
    const time = BigInt(Math.floor(blockTime(log.blockNumber).getTime() / 1000));
    const fits = (row: Row) => !used.has(row.id) && row.auditorAddress === attester;
    const match =
      rows.find((row) => fits(row) && sent.includes(row.id)) ??
      rows.find((row) => fits(row) && uidOf(row, time) === log.args.uid);
    if (match) {
      used.add(match.id);
      updates.push({ id: match.id, log });
    }
  }
  if (updates.length === 0) return;
  const changed = await tx.$queryRawUnsafe<Changed[]>(
    `UPDATE attestations a SET uid = u.uid, status = 'onchain', "txHash" = u.tx, "blockNumber" = u.block, "failureReason" = NULL,
       "chainId" = $5
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::bigint[]) AS u(id, uid, tx, block)
     WHERE a.id = u.id AND a.status IN ('pending', 'submitted', 'failed')
     ${returning}`,
    updates.map((u) => u.id),
    updates.map((u) => String(u.log.args.uid)),
    updates.map((u) => u.log.txHash),
    updates.map((u) => u.log.blockNumber.toString()),
    chainId,
  );
  const byId = new Map(updates.map((u) => [u.id, u.log]));
  await notify(tx, chainId, "attested", changed, (row) => byId.get(row.id) as IndexedLog);
};

/**
 * `EAS:Revoked` (audit schema only): the attestation with that UID becomes `revoked` (at the block's time) and the
 * organisation's `attested` webhooks are queued with action `revoked`.
 *
 * @example
 * await revokedHandler(context, logs);
 */
export const revokedHandler: Handler = async ({ tx, chainId, blockTime }, logs) => {
  const changed = await tx.$queryRawUnsafe<Changed[]>(
    `UPDATE attestations a SET status = 'revoked', "revokedAt" = u.at
     FROM unnest($1::text[], $2::timestamptz[]) AS u(uid, at)
     WHERE a.uid = u.uid AND a.status = 'onchain'
     ${returning}`,
    logs.map((log) => String(log.args.uid)),
    logs.map((log) => blockTime(log.blockNumber).toISOString()),
  );
  const byUid = new Map(logs.map((log) => [String(log.args.uid), log]));
  await notify(tx, chainId, "revoked", changed, (row) => byUid.get(row.uid) as IndexedLog);
};
