import type { Prisma } from "@tracemark/db";
import {
  type EpcisEvent,
  InvalidEpcisError,
  parseEpcisDocument,
  parseEpcisEvent,
  TracemarkError,
} from "@tracemark/sdk";
import { sleep } from "../background/sleep.ts";
import { uuidLockHeld, uuidLockKey } from "../background/uuidLockKey.ts";
import type { AppContext } from "../context.ts";
import { ForeignReferenceError } from "../errors/foreignReference.ts";
import { isRetryable } from "../errors/isRetryable.ts";
import { ReusedEventIdError } from "../errors/reusedEventId.ts";
import { importMasterData, type MasterDataOutcome } from "../services/masterData/importMasterData.ts";
import { eventListOf } from "./acceptCapture.ts";
import { DOCUMENTS_FIELD, type PreparedEvent, prepareEvent } from "./prepareEvent.ts";
import { storeEvents } from "./storeEvents.ts";
import { fieldOf, nestedTooDeep, tooDeep } from "./tooDeep.ts";

export type ProcessPendingCapturesParameters = {
  /** Stop after this many captures (default: until none is waiting). */
  limit?: number | undefined;
  /** Aborted when the worker stops: a capture whose storing is being retried is handed back. */
  signal?: AbortSignal | undefined;
};
/** How many captures were processed (succeeded or failed). */
export type ProcessPendingCapturesReturnType = number;

/** A problem of a capture; `index`: the event's position in the document's event list. */
type CaptureError = { field: string; message: string; index?: number };
type Claimed = { id: string; organizationId: string; leaseExpiresAt: Date; attempts: number };

/**
 * Claims of one capture after which it is failed rather than tried again: a capture whose
 * processing never finishes (it ends the worker, e.g. out of memory, or outlives every lease)
 * would otherwise be taken over by each worker in turn, forever.
 */
export const MAX_CAPTURE_ATTEMPTS = 5;

/** A capture that cannot be stored; its errors are kept on the capture. */
class CaptureRejected extends Error {
  constructor(
    readonly errors: CaptureError[],
    /** What became of the document's master data: nothing, since the capture stores nothing. */
    readonly masterData?: MasterDataOutcome[],
  ) {
    super("capture rejected");
  }
}

/**
 * Processes accepted EPCIS captures, oldest first: claims one with `FOR UPDATE SKIP LOCKED` (so API
 * instances share the work) under a lease of `config.capture.leaseMs` and, on Postgres, an advisory
 * lock held while it works (a capture left `processing` by a worker that died is taken over at once,
 * see `whileClaimed`, up to `MAX_CAPTURE_ATTEMPTS` claims),
 * validates the document (an EPCISDocument or EPCISQueryDocument) and each event with the SDK, and
 * stores them in one transaction (multi-row statements). Every problem of every event is listed at
 * once in the capture's errors, naming each field (`epcisBody.eventList[3].bizStep`): invalid
 * events, documents an event attaches (`tm:documents`, their SHA-256) that the organisation did not
 * upload, references to another organisation's lot, serial or location (see `storeEvents`), events
 * another organisation recorded. With the capture's `errorBehaviour` `rollback` (the default) one
 * problem stores nothing; with `proceed` every other event is stored. Events already stored (same
 * event hash) are counted as duplicates, not stored twice. The document's master data is imported
 * into the organisation first (`importMasterData`), each element's outcome kept on the capture,
 * and rolled back with the events. Before committing, the worker checks it
 * still holds the lease, so a capture is never stored by two workers.
 *
 * @example
 * await processPendingCaptures(context); // in a test, after POST /capture
 */
export async function processPendingCaptures(
  context: AppContext,
  { limit = Number.POSITIVE_INFINITY, signal }: ProcessPendingCapturesParameters = {},
): Promise<ProcessPendingCapturesReturnType> {
  let processed = 0;
  while (processed < limit) {
    const handled = await whileClaimed(context, (claimed) => processCapture(context, claimed, signal));
    if (!handled) break;
    processed += 1;
  }
  return processed;
}

/** The advisory lock key of a capture, as SQL from a uuid expression (`c.id`): the first 64 bits of its id. */
export const captureLockKey = uuidLockKey;

/**
 * Claims the oldest waiting capture and runs `work` while holding it. On Postgres the claim is also a
 * session advisory lock on a connection of its own, held while `work` runs: when the worker dies its
 * connection closes, Postgres frees the lock, and any other worker takes the capture over at its next
 * poll instead of after the lease. A capture whose holder still runs is never taken from it. PGlite is
 * one process: there, only the lease counts. Returns whether a capture was claimed.
 */
async function whileClaimed(
  context: AppContext,
  work: (claimed: Claimed) => Promise<void>,
): Promise<boolean> {
  const { db, config } = context;
  if (db.kind !== "postgres") {
    const claimed = await claim(context);
    if (claimed) await work(claimed);
    return claimed !== undefined;
  }
  return db.withSession(async (session) => {
    await session.exec("BEGIN");
    let claimed: Claimed | undefined;
    try {
      const [waiting] = await session.query<{ id: string }>(`
        SELECT c.id FROM captures c
        WHERE c.status = 'accepted' OR (c.status = 'processing' AND NOT ${uuidLockHeld("c.id")})
        ORDER BY c."createdAt", c.id
        LIMIT 1
        FOR UPDATE SKIP LOCKED`);
      const id = waiting && `'${waiting.id}'::uuid`;
      const [lock] = id
        ? await session.query<{ locked: boolean }>(
            `SELECT pg_try_advisory_lock(${captureLockKey(id)}) AS locked`,
          )
        : [];
      [claimed] = lock?.locked
        ? await session.query<Claimed>(`
            UPDATE captures SET status = 'processing', attempts = attempts + 1,
              "leaseExpiresAt" = now() + ${config.capture.leaseMs} * interval '1 millisecond'
            WHERE id = ${id}
            RETURNING id, "organizationId", "leaseExpiresAt", attempts`)
        : [];
      await session.exec("COMMIT");
    } catch (error) {
      await session.exec("ROLLBACK").catch(() => {});
      throw error;
    }
    if (!claimed) return false;
    try {
      await work(claimed);
    } finally {
      await session.exec("SELECT pg_advisory_unlock_all()").catch(() => {});
    }
    return true;
  });
}

/** PGlite's claim: a capture left `processing` is taken over once its lease ran out. */
async function claim({ db, config }: AppContext): Promise<Claimed | undefined> {
  const rows = await db.prisma.$queryRaw<Claimed[]>`
    UPDATE captures SET status = 'processing', attempts = attempts + 1,
      "leaseExpiresAt" = now() + ${config.capture.leaseMs} * interval '1 millisecond'
    WHERE id = (
      SELECT id FROM captures
      WHERE status = 'accepted' OR (status = 'processing' AND "leaseExpiresAt" < now())
      ORDER BY "createdAt", id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, "organizationId", "leaseExpiresAt", attempts`;
  return rows[0];
}

/**
 * Stores a claimed capture. When the database fails it in a way a later attempt can get past (an outage, a
 * conflict), the worker holding the lease tries again itself, backing off up to 5 s, while the lease lasts: the
 * capture is stored soon after the database is back, not when the lease runs out. Stopping (`signal`) hands the
 * capture back to the others at once, if the database answers.
 */
async function processCapture(context: AppContext, claimed: Claimed, signal?: AbortSignal): Promise<void> {
  for (let waitMs = context.config.capture.pollMs; ; waitMs = Math.min(waitMs * 2, 5_000)) {
    try {
      return await storeCapture(context, claimed);
    } catch (error) {
      if (signal?.aborted) {
        await handBack(context, claimed).catch(() => {});
        throw error;
      }
      if (Date.now() + waitMs >= claimed.leaseExpiresAt.getTime()) throw error;
      await sleep(waitMs, signal);
    }
  }
}

/** Puts a capture this worker holds back to `accepted`, for any worker to claim now rather than after the lease. */
async function handBack({ db }: AppContext, claimed: Claimed): Promise<void> {
  await db.prisma.capture.updateMany({
    where: { id: claimed.id, status: "processing", leaseExpiresAt: claimed.leaseExpiresAt },
    data: { status: "accepted", leaseExpiresAt: null },
  });
}

/** One attempt at storing a claimed capture; throws only what a later attempt can get past. */
async function storeCapture(context: AppContext, claimed: Claimed): Promise<void> {
  const { db } = context;
  try {
    if (claimed.attempts > MAX_CAPTURE_ATTEMPTS) {
      throw new CaptureRejected([
        {
          field: "body",
          message: `processing did not finish in ${MAX_CAPTURE_ATTEMPTS} attempts (each ended its worker or outlived its lease): given up`,
        },
      ]);
    }
    const [row] = await db.prisma.$queryRaw<{ payload: string | null; errorBehaviour: string }[]>`
      SELECT payload, "errorBehaviour"::text AS "errorBehaviour" FROM captures WHERE id = ${claimed.id}::uuid`;
    const proceed = row?.errorBehaviour === "proceed";
    const prepared = prepareAll(parsePayload(row?.payload ?? null));
    const done = await db.prisma.$transaction(
      async (tx) => {
        if (!(await stillHeld(tx, claimed))) return false;
        const errors = [...prepared.errors];
        // First, so that events of the document naming the lots and places it brings find them.
        const masterData = await importMasterData(tx, {
          organizationId: claimed.organizationId,
          masterData: prepared.masterData,
        });
        const attached = await refuseUnknownDocuments(tx, claimed.organizationId, prepared, errors);
        const { stored, offered } = await storeAllowed(tx, claimed, prepared.listPath, attached, errors);
        if (errors.length > 0 && !proceed) {
          throw new CaptureRejected(
            errors,
            masterData.map(({ id }) => ({
              id,
              outcome: "ignored" as const,
              detail: "not imported: the capture was refused and stored nothing",
            })),
          );
        }
        const captured = offered.length > 0;
        await tx.capture.update({
          where: { id: claimed.id },
          data: {
            status: errors.length === 0 || captured ? "succeeded" : "failed",
            storedCount: stored.length,
            duplicateCount: offered.length - stored.length,
            errors: sorted(errors),
            masterData,
            payload: null,
            leaseExpiresAt: null,
            finishedAt: new Date(),
          },
        });
        return true;
      },
      { timeout: 10 * 60_000, maxWait: 30_000 },
    );
    if (!done) return;
  } catch (error) {
    if (!(error instanceof CaptureRejected) && isRetryable(error)) throw error;
    // A failure that is not retryable would fail every attempt the same way: failed now, with its reason.
    const errors =
      error instanceof CaptureRejected
        ? sorted(error.errors)
        : [{ field: "body", message: `could not be processed: ${shortReason(error)}` }];
    await db.prisma.capture.updateMany({
      where: { id: claimed.id, status: "processing", leaseExpiresAt: claimed.leaseExpiresAt },
      data: {
        status: "failed",
        errors,
        ...(error instanceof CaptureRejected && error.masterData ? { masterData: error.masterData } : {}),
        payload: null,
        leaseExpiresAt: null,
        finishedAt: new Date(),
      },
    });
  }
}

/** An event of the document, prepared, and its position in the document's event list. */
type Candidate = { index: number; event: PreparedEvent };
/** Every event of a document that passed validation, and the problems of all the others. */
type Prepared = {
  listPath: string;
  candidates: Candidate[];
  errors: CaptureError[];
  /** `epcisHeader.epcisMasterData`, as sent. */
  masterData: unknown;
};

/**
 * Stores the candidates no reference refuses (`storeEvents` checks before it writes anything), adding
 * each refused reference, and each event another organisation already recorded, to `errors`.
 * `offered`: the events sent to be stored (stored now, or already this organisation's).
 */
async function storeAllowed(
  tx: Prisma.TransactionClient,
  claimed: Claimed,
  listPath: string,
  candidates: Candidate[],
  errors: CaptureError[],
) {
  let offered = candidates;
  for (;;) {
    try {
      const { stored, existing } = await storeEvents(tx, {
        organizationId: claimed.organizationId,
        events: offered.map((c) => c.event),
        captureId: claimed.id,
      });
      const foreign = new Set(
        existing.filter((e) => e.organizationId !== claimed.organizationId).map((e) => e.eventHash),
      );
      for (const c of offered.filter((c) => foreign.has(c.event.eventHash))) {
        errors.push({
          index: c.index,
          field: `${listPath}[${c.index}]`,
          message: "another organisation already recorded this event",
        });
      }
      return { stored, offered: offered.filter((c) => !foreign.has(c.event.eventHash)) };
    } catch (error) {
      if (!(error instanceof ForeignReferenceError || error instanceof ReusedEventIdError)) throw error;
      const refused = new Set(error.references.map((r) => r.index));
      for (const r of error.references) {
        const index = offered[r.index]?.index ?? r.index;
        errors.push({ index, field: `${listPath}[${index}].${r.field}`, message: r.message });
      }
      offered = offered.filter((_, i) => !refused.has(i));
    }
  }
}

/** The document of a capture; the API stores only text it parsed, but a row written otherwise may hold anything. */
function parsePayload(payload: string | null): unknown {
  try {
    return payload === null ? null : JSON.parse(payload);
  } catch {
    throw new CaptureRejected([{ field: "body", message: "is not JSON" }]);
  }
}

/**
 * Validates the document's outline (a wrong one refuses the capture as a whole) and then every event
 * on its own, so that the problems of all events are listed together.
 */
function prepareAll(payload: unknown): Prepared {
  const { path: listPath, list } = eventListOf(payload);
  const document = (payload ?? {}) as Record<string, unknown>;
  let outline: ReturnType<typeof parseEpcisDocument>;
  try {
    outline = parseEpcisDocument({
      "@context": document["@context"],
      type: "EPCISDocument",
      schemaVersion: document.schemaVersion,
      creationDate: document.creationDate,
      ...(document.epcisHeader === undefined ? {} : { epcisHeader: document.epcisHeader }),
      epcisBody: { eventList: [] },
    });
  } catch (error) {
    if (!(error instanceof InvalidEpcisError)) throw error;
    throw new CaptureRejected(error.issues.map((issue) => ({ field: issue.path, message: issue.message })));
  }
  if (!list) throw new CaptureRejected([{ field: listPath, message: "expected a list of events" }]);
  const errors: CaptureError[] = [];
  const candidates: Candidate[] = [];
  for (const [index, raw] of list.entries()) {
    const at = `${listPath}[${index}]`;
    const path = tooDeep(raw);
    if (path) {
      errors.push({ index, field: at, message: `${fieldOf(path)}: ${nestedTooDeep}` });
      continue;
    }
    let event: EpcisEvent;
    try {
      event = parseEpcisEvent(raw);
    } catch (error) {
      if (!(error instanceof InvalidEpcisError)) throw error;
      for (const issue of error.issues) {
        errors.push({ index, field: issue.path ? `${at}.${issue.path}` : at, message: issue.message });
      }
      continue;
    }
    try {
      candidates.push({ index, event: prepareEvent({ event, context: outline["@context"] }) });
    } catch (error) {
      if (!(error instanceof TracemarkError)) throw error;
      errors.push({ index, field: at, message: error.details ?? error.shortMessage });
    }
  }
  return { listPath, candidates, errors, masterData: outline.epcisHeader?.epcisMasterData };
}

/** The errors in event order (then as found); `index` is only for sorting. */
function sorted(errors: CaptureError[]): { field: string; message: string }[] {
  return errors
    .map((e, order) => ({ e, order }))
    .sort((x, y) => (x.e.index ?? -1) - (y.e.index ?? -1) || x.order - y.order)
    .map(({ e }) => ({ field: e.field, message: e.message }));
}

/** What went wrong, for the capture's errors: a database error's own message is not for clients. */
function shortReason(error: unknown): string {
  if (error instanceof RangeError) return "a value is too large or too deeply nested";
  if (error instanceof TracemarkError) return error.shortMessage;
  const code = (error as { meta?: { code?: unknown } }).meta?.code ?? (error as { code?: unknown }).code;
  return typeof code === "string" ? `the database refused a value (${code})` : "an unexpected error";
}

/**
 * Every document an event attaches (`tm:documents`) must be one of the organisation's: the events
 * that attach another are added to `errors`; the others are returned.
 */
async function refuseUnknownDocuments(
  tx: Prisma.TransactionClient,
  organizationId: string,
  { listPath, candidates }: Prepared,
  errors: CaptureError[],
): Promise<Candidate[]> {
  const wanted = [...new Set(candidates.flatMap((c) => c.event.documentHashes))];
  if (wanted.length === 0) return candidates;
  const found = await tx.document.findMany({
    where: { organizationId, sha256: { in: wanted } },
    select: { sha256: true },
  });
  const known = new Set(found.map((d) => d.sha256));
  return candidates.filter(({ index, event }) => {
    const unknown = event.documentHashes.filter((hash) => !known.has(hash));
    for (const hash of unknown) {
      errors.push({
        index,
        field: `${listPath}[${index}].${DOCUMENTS_FIELD}`,
        message: `no document of this organisation has the sha256 ${hash} (upload it first)`,
      });
    }
    return unknown.length === 0;
  });
}

/** Locks the capture and tells whether this worker's lease still holds (no other worker took it over). */
async function stillHeld(tx: Prisma.TransactionClient, claimed: Claimed): Promise<boolean> {
  const rows = await tx.$queryRaw<{ leaseExpiresAt: Date | null; status: string }[]>`
    SELECT "leaseExpiresAt", status::text AS status FROM captures WHERE id = ${claimed.id}::uuid FOR UPDATE`;
  const row = rows[0];
  return row?.status === "processing" && row.leaseExpiresAt?.getTime() === claimed.leaseExpiresAt.getTime();
}
