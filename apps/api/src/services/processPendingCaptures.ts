import type { Prisma } from "@tracemark/db";
import { InvalidEpcisError, parseEpcisDocument, TracemarkError } from "@tracemark/sdk";
import type { AppContext } from "../context.ts";
import { ForeignReferenceError } from "../errors/foreignReference.ts";
import { isRetryable } from "../errors/isRetryable.ts";
import { DOCUMENTS_FIELD, type PreparedEvent, prepareEvent } from "./prepareEvent.ts";
import { storeEvents } from "./storeEvents.ts";
import { fieldOf, nestedTooDeep, tooDeep } from "./tooDeep.ts";

export type ProcessPendingCapturesParameters = {
  /** Stop after this many captures (default: until none is waiting). */
  limit?: number | undefined;
};
/** How many captures were processed (succeeded or failed). */
export type ProcessPendingCapturesReturnType = number;

type CaptureError = { field: string; message: string };
type Claimed = { id: string; organizationId: string; leaseExpiresAt: Date; attempts: number };

/**
 * Claims of one capture after which it is failed rather than tried again: a capture whose
 * processing never finishes (it ends the worker, e.g. out of memory, or outlives every lease)
 * would otherwise be taken over by each worker in turn, forever.
 */
export const MAX_CAPTURE_ATTEMPTS = 5;

/** A capture that cannot be stored; its errors are kept on the capture. */
class CaptureRejected extends Error {
  constructor(readonly errors: CaptureError[]) {
    super("capture rejected");
  }
}

/**
 * Processes accepted EPCIS captures, oldest first: claims one with `FOR UPDATE SKIP LOCKED` (so API
 * instances share the work) under a lease of `config.capture.leaseMs` (a capture left `processing`
 * by a worker that died is taken over once the lease runs out, up to `MAX_CAPTURE_ATTEMPTS` claims),
 * validates every event with the SDK, and stores all of them in one transaction (multi-row statements) or none: a failed capture keeps
 * the errors naming each field (`epcisBody.eventList[3].bizStep`). Documents an event attaches
 * (`tm:documents`, their SHA-256) must have been uploaded by the organisation; an event naming another
 * organisation's lot, serial or location fails the capture (see `storeEvents`). Events already stored (same
 * event hash) are counted as duplicates, not stored twice. Before committing, the worker checks it
 * still holds the lease, so a capture is never stored by two workers.
 *
 * @example
 * await processPendingCaptures(context); // in a test, after POST /capture
 */
export async function processPendingCaptures(
  context: AppContext,
  { limit = Number.POSITIVE_INFINITY }: ProcessPendingCapturesParameters = {},
): Promise<ProcessPendingCapturesReturnType> {
  let processed = 0;
  while (processed < limit) {
    const claimed = await claim(context);
    if (!claimed) break;
    await processCapture(context, claimed);
    processed += 1;
  }
  return processed;
}

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

async function processCapture(context: AppContext, claimed: Claimed): Promise<void> {
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
    const [row] = await db.prisma.$queryRaw<{ payload: string | null }[]>`
      SELECT payload FROM captures WHERE id = ${claimed.id}::uuid`;
    const events = prepareAll(parsePayload(row?.payload ?? null));
    const counts = await db.prisma.$transaction(
      async (tx) => {
        if (!(await stillHeld(tx, claimed))) return undefined;
        await checkDocuments(tx, claimed.organizationId, events);
        const { stored, existing } = await storeEvents(tx, {
          organizationId: claimed.organizationId,
          events,
          captureId: claimed.id,
        }).catch((error: unknown) => {
          if (!(error instanceof ForeignReferenceError)) throw error;
          throw new CaptureRejected(
            error.references.map((r) => ({
              field: `epcisBody.eventList[${r.index}].${r.field}`,
              message: r.message,
            })),
          );
        });
        const foreign = new Set(
          existing.filter((e) => e.organizationId !== claimed.organizationId).map((e) => e.eventHash),
        );
        if (foreign.size > 0) {
          throw new CaptureRejected(
            events.flatMap((event, i) =>
              foreign.has(event.eventHash)
                ? [
                    {
                      field: `epcisBody.eventList[${i}]`,
                      message: "another organisation already recorded this event",
                    },
                  ]
                : [],
            ),
          );
        }
        await tx.capture.update({
          where: { id: claimed.id },
          data: {
            status: "succeeded",
            storedCount: stored.length,
            duplicateCount: events.length - stored.length,
            payload: null,
            leaseExpiresAt: null,
            finishedAt: new Date(),
          },
        });
        return stored.length;
      },
      { timeout: 10 * 60_000, maxWait: 30_000 },
    );
    if (counts === undefined) return;
  } catch (error) {
    if (!(error instanceof CaptureRejected) && isRetryable(error)) throw error;
    // A failure that is not retryable would fail every attempt the same way: failed now, with its reason.
    const errors =
      error instanceof CaptureRejected
        ? error.errors
        : [{ field: "body", message: `could not be processed: ${shortReason(error)}` }];
    await db.prisma.capture.updateMany({
      where: { id: claimed.id, status: "processing", leaseExpiresAt: claimed.leaseExpiresAt },
      data: {
        status: "failed",
        errors,
        payload: null,
        leaseExpiresAt: null,
        finishedAt: new Date(),
      },
    });
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

/** Validates and prepares every event of the document, or throws `CaptureRejected` with all problems. */
function prepareAll(payload: unknown): PreparedEvent[] {
  const eventList = (payload as { epcisBody?: { eventList?: unknown } } | null)?.epcisBody?.eventList;
  if (Array.isArray(eventList)) {
    const deep = eventList.flatMap((event, i) => {
      const path = tooDeep(event);
      return path
        ? [{ field: `epcisBody.eventList[${i}]`, message: `${fieldOf(path)}: ${nestedTooDeep}` }]
        : [];
    });
    if (deep.length > 0) throw new CaptureRejected(deep);
  }
  let document: ReturnType<typeof parseEpcisDocument>;
  try {
    document = parseEpcisDocument(payload);
  } catch (error) {
    if (!(error instanceof InvalidEpcisError)) throw error;
    throw new CaptureRejected(error.issues.map((issue) => ({ field: issue.path, message: issue.message })));
  }
  const errors: CaptureError[] = [];
  const events: PreparedEvent[] = [];
  for (const [i, event] of document.epcisBody.eventList.entries()) {
    try {
      events.push(prepareEvent({ event, context: document["@context"] }));
    } catch (error) {
      if (!(error instanceof TracemarkError)) throw error;
      errors.push({ field: `epcisBody.eventList[${i}]`, message: error.details ?? error.shortMessage });
    }
  }
  if (errors.length > 0) throw new CaptureRejected(errors);
  return events;
}

/** What went wrong, for the capture's errors: a database error's own message is not for clients. */
function shortReason(error: unknown): string {
  if (error instanceof RangeError) return "a value is too large or too deeply nested";
  if (error instanceof TracemarkError) return error.shortMessage;
  const code = (error as { meta?: { code?: unknown } }).meta?.code ?? (error as { code?: unknown }).code;
  return typeof code === "string" ? `the database refused a value (${code})` : "an unexpected error";
}

/** Every document an event attaches (`tm:documents`) must be one of the organisation's. */
async function checkDocuments(tx: Prisma.TransactionClient, organizationId: string, events: PreparedEvent[]) {
  const wanted = [...new Set(events.flatMap((event) => event.documentHashes))];
  if (wanted.length === 0) return;
  const found = await tx.document.findMany({
    where: { organizationId, sha256: { in: wanted } },
    select: { sha256: true },
  });
  const known = new Set(found.map((d) => d.sha256));
  const errors = events.flatMap((event, i) =>
    event.documentHashes
      .filter((hash) => !known.has(hash))
      .map((hash) => ({
        field: `epcisBody.eventList[${i}].${DOCUMENTS_FIELD}`,
        message: `no document of this organisation has the sha256 ${hash} (upload it first)`,
      })),
  );
  if (errors.length > 0) throw new CaptureRejected(errors);
}

/** Locks the capture and tells whether this worker's lease still holds (no other worker took it over). */
async function stillHeld(tx: Prisma.TransactionClient, claimed: Claimed): Promise<boolean> {
  const rows = await tx.$queryRaw<{ leaseExpiresAt: Date | null; status: string }[]>`
    SELECT "leaseExpiresAt", status::text AS status FROM captures WHERE id = ${claimed.id}::uuid FOR UPDATE`;
  const row = rows[0];
  return row?.status === "processing" && row.leaseExpiresAt?.getTime() === claimed.leaseExpiresAt.getTime();
}
