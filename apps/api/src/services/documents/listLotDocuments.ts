import { type Database, Prisma } from "@tracemark/db";
import { z } from "zod";
import { cursorTime, decodeCursor, encodeCursor } from "../../util/opaqueCursor.ts";
import { lotOwnerFor } from "../lots/lotAccess.ts";

/** A document attached to events of the lot, with those events. */
export type LotDocument = {
  sha256: string;
  contentType: string;
  size: number;
  fileName: string | null;
  createdAt: Date;
  /** `correctsEventHash`: set on an error declaration (which repeats the documents of the event it corrects). */
  events: {
    id: string;
    eventHash: string;
    bizStep: string | null;
    eventTime: Date;
    correctsEventHash: string | null;
  }[];
};

export type ListLotDocumentsParameters = {
  organizationId: string;
  lotId: string;
  limit: number;
  cursor?: string | undefined;
};
export type ListLotDocumentsReturnType = { items: LotDocument[]; nextCursor: string | null };

type Row = Omit<LotDocument, "events"> & {
  events: (Omit<LotDocument["events"][number], "eventTime"> & { eventTime: string })[];
};

/**
 * The documents the organisation attached to events of one of its lots (events naming the lot as
 * theirs or through any identifier), newest upload first, each once with the events it is attached
 * to; a page at a time with an opaque cursor. On a lot shipped to the organisation, also the
 * documents shared with it: those the lot's owner attached to its own events of the lot (the
 * paperwork that goes with the goods; `downloadDocument` serves them to it). Never another
 * receiver's documents. `NotFoundError` when the organisation neither owns nor received such a lot.
 *
 * @example
 * const page = await listLotDocuments(db, { organizationId, lotId, limit: 50 });
 */
export async function listLotDocuments(
  db: Database,
  { organizationId, lotId, limit, cursor }: ListLotDocumentsParameters,
): Promise<ListLotDocumentsReturnType> {
  const ownerId = await lotOwnerFor(db.prisma, organizationId, lotId);
  const after = cursor
    ? decodeCursor(cursor, z.tuple([cursorTime, z.string().regex(/^[0-9a-f]{64}$/)]))
    : undefined;
  const rows = await db.prisma.$queryRaw<Row[]>`
    SELECT d.sha256, d."contentType", d.size, d."fileName", d."createdAt",
           json_agg(json_build_object('id', e.id, 'eventHash', e."eventHash", 'bizStep', e."bizStep",
                                      'eventTime', e."eventTime",
                                      'correctsEventHash', e."correctsEventHash") ORDER BY e."eventTime", e.id) AS events
    FROM event_documents ed
    JOIN events e ON e.id = ed."eventId"
    JOIN documents d ON d."organizationId" = ed."organizationId" AND d.sha256 = ed."documentSha256"
    WHERE ed."organizationId" IN (${organizationId}::uuid, ${ownerId}::uuid)
      AND ed."eventId" IN (SELECT i."eventId" FROM event_identifiers i WHERE i."lotId" = ${lotId}::uuid
                           UNION SELECT x.id FROM events x WHERE x."lotId" = ${lotId}::uuid)
      ${after ? Prisma.sql`AND (d."createdAt", d.sha256) < (${after[0].toISOString()}::timestamptz, ${after[1]})` : Prisma.empty}
    GROUP BY d."organizationId", d.sha256
    ORDER BY d."createdAt" DESC, d.sha256 DESC
    LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      ...row,
      events: row.events.map((e) => ({ ...e, eventTime: new Date(e.eventTime) })),
    })),
    nextCursor:
      rows.length > limit && last ? encodeCursor([last.createdAt.toISOString(), last.sha256]) : null,
  };
}
