import { createHash, randomUUID } from "node:crypto";
import type { Capture, Database } from "@tracemark/db";
import type { CaptureErrorBehaviour } from "../epcis/binding.ts";
import { InvalidInputError, invalidField, LimitExceededError } from "../errors/domain.ts";

export type AcceptCaptureParameters = {
  organizationId: string;
  /** The request body, parsed JSON: an EPCISDocument or an EPCISQueryDocument. */
  document: unknown;
  /** The JSON text `document` was parsed from, as received: stored and hashed as it is. */
  text: string;
  idempotencyKey?: string | undefined;
  /** `GS1-Capture-Error-Behaviour`: store all events or none (default), or every valid one. */
  errorBehaviour?: CaptureErrorBehaviour | undefined;
  /**
   * The most events a document may hold (`GS1-EPCIS-Capture-Limit`); more is a `LimitExceededError`.
   * Default: no limit.
   */
  maxEvents?: number | undefined;
};
export type AcceptCaptureReturnType = {
  capture: Pick<Capture, "id" | "status" | "eventCount" | "requestHash">;
  replayed: boolean;
};

/**
 * The event list of a capture body and where it sits: an EPCISDocument's `epcisBody.eventList`, or
 * an EPCISQueryDocument's `epcisBody.queryResults.resultsBody.eventList` (the binding has capture
 * take both). Undefined list when the body is neither.
 *
 * @example
 * eventListOf({ type: "EPCISDocument", epcisBody: { eventList: [] } }) // { path: "epcisBody.eventList", list: [] }
 */
export function eventListOf(document: unknown): { path: string; list: unknown[] | undefined } {
  const body = document as {
    type?: unknown;
    epcisBody?: { eventList?: unknown; queryResults?: { resultsBody?: { eventList?: unknown } } };
  } | null;
  if (body?.type === "EPCISQueryDocument") {
    const list = body.epcisBody?.queryResults?.resultsBody?.eventList;
    return {
      path: "epcisBody.queryResults.resultsBody.eventList",
      list: Array.isArray(list) ? list : undefined,
    };
  }
  const list = body?.epcisBody?.eventList;
  return { path: "epcisBody.eventList", list: Array.isArray(list) ? list : undefined };
}

/**
 * Accepts an EPCIS 2.0 capture for asynchronous processing (`processPendingCaptures`): checks only
 * its outline (an EPCISDocument or EPCISQueryDocument with an event list; the JSON body parser already refused nesting
 * deeper than `MAX_JSON_DEPTH`, so no event reaches `MAX_EVENT_DEPTH`) and keeps its text as a
 * `captures` row; a document of more than `maxEvents` events is refused (`LimitExceededError`). With
 * an `Idempotency-Key`, the same key and body return the first capture (`replayed`), the same key
 * with another body is an `InvalidInputError`. "The same body" is the same text (its SHA-256,
 * `requestHash`): the same JSON written with other whitespace or key order is another body.
 *
 * @example
 * const { capture } = await acceptCapture(db, { organizationId, document: request.body, text: rawJsonBodyOf(request) });
 */
export async function acceptCapture(
  db: Database,
  {
    organizationId,
    document,
    text,
    idempotencyKey,
    errorBehaviour = "rollback",
    maxEvents = Number.POSITIVE_INFINITY,
  }: AcceptCaptureParameters,
): Promise<AcceptCaptureReturnType> {
  const type = (document as { type?: unknown } | null)?.type;
  if (type !== "EPCISDocument" && type !== "EPCISQueryDocument")
    throw invalidField("body.type", 'expected "EPCISDocument" or "EPCISQueryDocument"');
  const { path, list: eventList } = eventListOf(document);
  if (!eventList) throw invalidField(`body.${path}`, "expected a list of events");
  if (eventList.length === 0) throw invalidField(`body.${path}`, "has no events");
  if (eventList.length > maxEvents) {
    const message = `holds ${eventList.length} events; a capture takes at most ${maxEvents} (GS1-EPCIS-Capture-Limit): split the document`;
    throw new LimitExceededError(`body.${path} ${message}`, {
      title: "Capture limit exceeded",
      errors: [{ field: `body.${path}`, message }],
    });
  }
  const requestHash = createHash("sha256").update(text).digest("hex");

  if (idempotencyKey !== undefined) {
    const earlier = await findByKey(db, organizationId, idempotencyKey);
    if (earlier) return replay(earlier, requestHash);
  }
  // The document goes in as the text received, to a text column: Prisma's model API would walk
  // (and copy) every field of every event, and jsonb would have Postgres parse it all.
  const [capture] = await db.prisma.$queryRaw<AcceptCaptureReturnType["capture"][]>`
    INSERT INTO captures (id, "organizationId", "idempotencyKey", "requestHash", "eventCount", payload,
      "errorBehaviour")
    VALUES (${randomUUID()}::uuid, ${organizationId}::uuid, ${idempotencyKey ?? null}, ${requestHash},
      ${eventList.length}, ${text}, ${errorBehaviour}::"CaptureErrorBehaviour")
    ON CONFLICT ("organizationId", "idempotencyKey") DO NOTHING
    RETURNING id, status::text AS status, "eventCount", "requestHash"`;
  if (capture) return { capture, replayed: false };
  // Another request with the same key won the race.
  const earlier = idempotencyKey === undefined ? null : await findByKey(db, organizationId, idempotencyKey);
  if (!earlier) throw new Error("a capture without a conflicting key was not stored");
  return replay(earlier, requestHash);
}

function findByKey(db: Database, organizationId: string, idempotencyKey: string) {
  return db.prisma.capture.findUnique({
    where: { organizationId_idempotencyKey: { organizationId, idempotencyKey } },
    select: { id: true, status: true, eventCount: true, requestHash: true },
  });
}

function replay(earlier: AcceptCaptureReturnType["capture"], requestHash: string): AcceptCaptureReturnType {
  if (earlier.requestHash !== requestHash) {
    throw new InvalidInputError(
      "This Idempotency-Key was used for a different request body; use a new key for new content.",
      {
        title: "Idempotency key reused",
        errors: [{ field: "headers.idempotency-key", message: "already used with a different body" }],
      },
    );
  }
  return { capture: earlier, replayed: true };
}
