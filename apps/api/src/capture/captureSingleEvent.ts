import type { Database } from "@tracemark/db";
import { InvalidEpcisError, parseEpcisEvent, TracemarkError } from "@tracemark/sdk";
import { ConflictError, InvalidInputError } from "../errors/domain.ts";
import { DOCUMENTS_FIELD, prepareEvent } from "./prepareEvent.ts";
import { storeEvents } from "./storeEvents.ts";

export type CaptureSingleEventParameters = {
  organizationId: string;
  /** The request body: one EPCIS 2.0 event, with its own `@context` when it uses extensions. */
  event: unknown;
};
export type CaptureSingleEventReturnType = {
  /** The event as stored (with its `eventID`: the sender's, else its event hash). */
  event: Record<string, unknown>;
  eventID: string;
  eventHash: string;
};

/**
 * The binding's synchronous capture of one event (`POST /events`): validates it (every problem
 * listed, fields as `body.bizStep`), checks the documents it attaches (`tm:documents`) are the
 * organisation's, and stores it like a capture does (`storeEvents`: a reference to another
 * organisation's lot, serial or location is refused, nothing written). The same event again
 * (same event hash), of this or another organisation, is a `ConflictError`.
 *
 * @example
 * const { eventID } = await captureSingleEvent(db, { organizationId, event: request.body });
 */
export async function captureSingleEvent(
  db: Database,
  { organizationId, event }: CaptureSingleEventParameters,
): Promise<CaptureSingleEventReturnType> {
  let prepared: ReturnType<typeof prepareEvent>;
  try {
    prepared = prepareEvent({ event: parseEpcisEvent(event) });
  } catch (error) {
    if (error instanceof InvalidEpcisError) {
      const errors = error.issues.map((issue) => ({
        field: issue.path ? `body.${issue.path}` : "body",
        message: issue.message,
      }));
      throw invalidEvent(errors);
    }
    if (error instanceof TracemarkError) {
      throw invalidEvent([{ field: "body", message: error.details ?? error.shortMessage }]);
    }
    throw error;
  }
  const found = await db.prisma.document.findMany({
    where: { organizationId, sha256: { in: prepared.documentHashes } },
    select: { sha256: true },
  });
  const unknown = prepared.documentHashes.filter((hash) => !found.some((d) => d.sha256 === hash));
  if (unknown.length > 0) {
    throw invalidEvent(
      unknown.map((hash) => ({
        field: `body.${DOCUMENTS_FIELD}`,
        message: `no document of this organisation has the sha256 ${hash} (upload it first)`,
      })),
    );
  }
  const { stored } = await db.prisma.$transaction((tx) =>
    storeEvents(tx, { organizationId, events: [prepared], fieldOf: (r) => `body.${r.field}` }),
  );
  if (stored.length === 0) {
    throw new ConflictError(`An event with the hash ${prepared.eventHash} exists.`, {
      title: "Event already captured",
    });
  }
  return {
    event: prepared.document,
    eventID: String(prepared.document.eventID),
    eventHash: prepared.eventHash,
  };
}

function invalidEvent(errors: { field: string; message: string }[]): InvalidInputError {
  return new InvalidInputError(errors.map((e) => `${e.field}: ${e.message}`).join("; "), {
    title: "Invalid event",
    errors,
  });
}
