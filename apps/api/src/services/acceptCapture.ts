import { createHash } from "node:crypto";
import { type Capture, type Database, Prisma } from "@tracemark/db";
import { ProblemError } from "../errors/problem.ts";

export type AcceptCaptureParameters = {
  organizationId: string;
  /** The request body, parsed JSON: an EPCISDocument. */
  document: unknown;
  idempotencyKey?: string | undefined;
};
export type AcceptCaptureReturnType = { capture: Capture; replayed: boolean };

/**
 * Accepts an EPCIS 2.0 capture for asynchronous processing (`processPendingCaptures`): checks only
 * its outline (an EPCISDocument with an event list) and keeps it as a `captures` row. With an
 * `Idempotency-Key`, the same key and body return the first capture (`replayed`), the same key with
 * another body is a 422.
 *
 * @example
 * const { capture } = await acceptCapture(db, { organizationId, document: request.body, idempotencyKey });
 */
export async function acceptCapture(
  db: Database,
  { organizationId, document, idempotencyKey }: AcceptCaptureParameters,
): Promise<AcceptCaptureReturnType> {
  const eventList = (document as { epcisBody?: { eventList?: unknown } } | null)?.epcisBody?.eventList;
  if ((document as { type?: unknown } | null)?.type !== "EPCISDocument")
    throw invalid("body.type", 'expected "EPCISDocument"');
  if (!Array.isArray(eventList)) throw invalid("body.epcisBody.eventList", "expected a list of events");
  if (eventList.length === 0) throw invalid("body.epcisBody.eventList", "has no events");
  const requestHash = createHash("sha256").update(JSON.stringify(document)).digest("hex");

  if (idempotencyKey !== undefined) {
    const earlier = await findByKey(db, organizationId, idempotencyKey);
    if (earlier) return replay(earlier, requestHash);
  }
  try {
    const capture = await db.prisma.capture.create({
      data: {
        organizationId,
        idempotencyKey: idempotencyKey ?? null,
        requestHash,
        eventCount: eventList.length,
        payload: document as Prisma.InputJsonValue,
      },
    });
    return { capture, replayed: false };
  } catch (error) {
    // Another request with the same key won the race.
    if (idempotencyKey === undefined || !(error instanceof Prisma.PrismaClientKnownRequestError)) throw error;
    if (error.code !== "P2002") throw error;
    const earlier = await findByKey(db, organizationId, idempotencyKey);
    if (!earlier) throw error;
    return replay(earlier, requestHash);
  }
}

function findByKey(db: Database, organizationId: string, idempotencyKey: string) {
  return db.prisma.capture.findUnique({
    where: { organizationId_idempotencyKey: { organizationId, idempotencyKey } },
  });
}

function replay(earlier: Capture, requestHash: string): AcceptCaptureReturnType {
  if (earlier.requestHash !== requestHash) {
    throw new ProblemError(
      422,
      "Idempotency key reused",
      "This Idempotency-Key was used for a different request body; use a new key for new content.",
      { errors: [{ field: "headers.idempotency-key", message: "already used with a different body" }] },
    );
  }
  return { capture: earlier, replayed: true };
}

function invalid(field: string, message: string) {
  return new ProblemError(422, "Invalid request", `${field}: ${message}`, { errors: [{ field, message }] });
}
