import type { Database } from "@tracemark/db";
import { computeLotKey } from "@tracemark/sdk";
import { NotFoundError } from "../../errors/domain.ts";
import { parsePartyUri } from "../identifiers/epcisIdentifiers.ts";
import { lotGraphWalk } from "../lots/lotGraphWalk.ts";
import { publicOrgIdOf } from "../orgs/platform.ts";
import { listAuditorProofPoints } from "./proofPoints.ts";

/** A viewer that is no organisation: the walk then follows no organisation's private events. */
const NO_VIEWER = "00000000-0000-0000-0000-000000000000";

/** The columns of an event the auditor is shown as they are stored (the answer's `events` picks them too). */
export const auditedEventColumns = {
  id: true,
  eventHash: true,
  type: true,
  action: true,
  bizStep: true,
  disposition: true,
  eventTime: true,
  eventTimeZoneOffset: true,
} as const;

/**
 * A lot as the auditor asked to audit it sees it: product, organisation, its events with their
 * places, its inputs (the lots it was made from or came in), the documents of its events, the
 * proof points asked of this auditor, and the values the attestation must carry (`orgId`,
 * `subject`); `NotFoundError` unless this auditor was asked.
 *
 * @example
 * const lot = await getAuditedLot(db, { auditorId, lotId })
 */
export async function getAuditedLot(db: Database, parameters: { auditorId: string; lotId: string }) {
  const request = await db.prisma.auditRequest.findUnique({
    where: { auditorId_lotId: parameters },
    include: {
      organization: { select: { id: true, name: true, chainOrgId: true } },
      lot: {
        include: { product: { select: { gtin: true, name: true, description: true, category: true } } },
      },
    },
  });
  if (!request) throw new NotFoundError("You have not been asked to audit this lot.");
  const { lot } = request;
  // The organisation's own events about the lot: those naming it as their lot or among their
  // identifiers, that it shows its partners (an auditor it asked is one); its private ones stay its own.
  const events = await db.prisma.event.findMany({
    where: {
      organizationId: request.organizationId,
      visibility: { not: "private" },
      OR: [{ lotId: lot.id }, { identifiers: { some: { lotId: lot.id } } }],
    },
    select: {
      ...auditedEventColumns,
      readPoint: true,
      bizLocation: true,
      batch: { select: { status: true } },
    },
    orderBy: [{ eventTime: "asc" }, { id: "asc" }],
  });
  // What it was made from or came in (one hop back), through events its organisations show partners.
  const inputs = await db.prisma.$queryRaw<
    { id: string; lotCode: string; gtin: string; productName: string; organizationName: string }[]
  >`${lotGraphWalk({ lotId: lot.id, directions: ["backward"], depth: 1, viewerId: NO_VIEWER })}
    SELECT DISTINCT l.id, l."lotCode", p.gtin, p.name AS "productName", o.name AS "organizationName"
    FROM walk w JOIN lots l ON l.id = w.lot_id JOIN products p ON p.id = l."productId"
    JOIN organizations o ON o.id = l."organizationId"
    WHERE w.depth = 1
    ORDER BY p.name, l."lotCode"`;
  const placeIds = [
    ...new Set(events.flatMap((e) => [e.bizLocation, e.readPoint]).filter((x) => x !== null)),
  ];
  const refs = new Map(
    placeIds.flatMap((id) => {
      const ref = parsePartyUri(id);
      return ref && !("organizationId" in ref) ? [[id, ref] as const] : [];
    }),
  );
  const places = await db.prisma.location.findMany({
    where: {
      organizationId: request.organizationId,
      OR: [
        { gln: { in: [...refs.values()].flatMap((r) => ("gln" in r ? [r.gln] : [])) } },
        {
          id: {
            in: [...refs.values()].flatMap((r) =>
              "locationId" in r && /^[0-9a-f-]{36}$/i.test(r.locationId) ? [r.locationId] : [],
            ),
          },
        },
      ],
    },
    select: { id: true, gln: true, name: true, city: true, country: true },
  });
  const placeOf = (id: string | null) => {
    const ref = id ? refs.get(id) : undefined;
    const place = ref && places.find((l) => ("gln" in ref ? l.gln === ref.gln : l.id === ref.locationId));
    return place ? [place.name, place.city, place.country].filter(Boolean).join(", ") : null;
  };
  const documents = await db.prisma.eventDocument.findMany({
    where: { eventId: { in: events.map((e) => e.id) } },
    select: {
      eventId: true,
      document: { select: { sha256: true, fileName: true, contentType: true, size: true } },
    },
  });
  return {
    id: lot.id,
    lotCode: lot.lotCode,
    productionDate: lot.productionDate?.toISOString().slice(0, 10) ?? null,
    expiryDate: lot.expiryDate?.toISOString().slice(0, 10) ?? null,
    quantity: lot.quantity?.toString() ?? null,
    unit: lot.unit,
    recallState: lot.recallState,
    product: lot.product,
    organization: { id: request.organization.id, name: request.organization.name },
    requestNote: request.note,
    attestationSubject: {
      orgId: publicOrgIdOf(request.organization.chainOrgId),
      subjectKind: "lot" as const,
      subject: computeLotKey({ gtin: lot.product.gtin, lot: lot.lotCode }),
    },
    events: events.map(({ batch, ...event }) => ({
      ...event,
      anchorStatus: batch?.status ?? "pending",
      place: placeOf(event.bizLocation) ?? placeOf(event.readPoint),
    })),
    inputs,
    /** Documents attached to the events shown (their hashes and names; the files stay the organisation's). */
    documents: documents.map((d) => ({ eventId: d.eventId, ...d.document })),
    proofPoints: await listAuditorProofPoints(db, parameters.auditorId, lot.id),
  };
}
