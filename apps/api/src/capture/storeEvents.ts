import type { EventVisibility, IdentifierRole, Prisma } from "@tracemark/db";
import { bizTransactionSearchKeys, cbvTerm, placeSearchKey } from "@tracemark/sdk";
import { type ForeignReference, ForeignReferenceError } from "../errors/foreignReference.ts";
import { ReusedEventIdError } from "../errors/reusedEventId.ts";
import {
  type PartyReference,
  parsePartyUri,
  type TradeItemKey,
  tradeItemKey,
} from "../services/identifiers/epcisIdentifiers.ts";
import type { PreparedEvent } from "./prepareEvent.ts";

export type StoreEventsParameters = {
  organizationId: string;
  events: PreparedEvent[];
  captureId?: string | undefined;
  /** Where a refused reference sits in the request, for the error (default `eventList[i].<EPCIS field>`). */
  fieldOf?: ((reference: ForeignReference) => string) | undefined;
};
export type StoreEventsReturnType = {
  /** The events written now, in order. */
  stored: PreparedEvent[];
  /** Events whose hash was already stored (idempotency), with the stored row's id and organisation. */
  existing: { eventHash: string; id: string; organizationId: string }[];
};

/**
 * The visibility of an event whose capture does not set one: the organisation's default for its
 * business step (`bizStepVisibility`, by the step as captured or its CBV short name), else its
 * `defaultVisibility`.
 */
async function visibilityDefaults(
  tx: Prisma.TransactionClient,
  organizationId: string,
): Promise<(bizStep: string | null) => EventVisibility> {
  const org = await tx.organization.findUnique({
    where: { id: organizationId },
    select: { defaultVisibility: true, bizStepVisibility: true },
  });
  const byStep = (org?.bizStepVisibility ?? {}) as Record<string, EventVisibility>;
  const fallback = org?.defaultVisibility ?? "public";
  return (bizStep) => {
    if (!bizStep) return fallback;
    const short = bizStep.replace(/^.*[:/-]/, "");
    return byStep[bizStep] ?? byStep[short] ?? fallback;
  };
}

/** Preference of identifier roles when picking the lot an event is primarily about (`events.lotId`). */
export const lotRoles: IdentifierRole[] = [
  "output",
  "outputQuantity",
  "epc",
  "quantity",
  "child",
  "childQuantity",
  "input",
  "inputQuantity",
  "parent",
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The EPCIS field each identifier role comes from. */
const fieldOfRole: Record<IdentifierRole, string> = {
  epc: "epcList",
  quantity: "quantityList",
  parent: "parentID",
  child: "childEPCs",
  childQuantity: "childQuantityList",
  input: "inputEPCList",
  inputQuantity: "inputQuantityList",
  output: "outputEPCList",
  outputQuantity: "outputQuantityList",
};

/**
 * Writes prepared events inside the caller's transaction with a handful of multi-row statements,
 * whatever their number: the events rows (`anchorStatus` pending: the submitter's outbox), their
 * identifiers (each resolved to a lot we know, so traces cross organisations), document links,
 * and custody: a `shipping` event to another organisation opens a transfer of its lot, a
 * `receiving` event of a lot with a pending transfer to the organisation completes it.
 *
 * Tenancy of the record (DESIGN.md decision 6), enforced here for every way events are written:
 * - an event joins a lot's record only when its organisation owns the lot or received it through
 *   a custody transfer addressed to it (pending or completed). An identifier in any role (EPCs,
 *   quantities, parent, children, inputs, outputs) naming a lot or serial of another organisation
 *   that did not ship it here refuses the whole call with a `ForeignReferenceError` naming each
 *   one; nothing is written. A serial item of no lot cannot be shipped, so only its owner may
 *   name it. Identifiers naming no lot or serial we know are stored as they are.
 * - `readPoint`, `bizLocation`, sources and destinations naming another organisation's location
 *   by our location URN (an id, like the simple form's `locationId`) are refused the same way. A GLN is a public name of a
 *   place: it is stored as sent, and the read side only ever resolves it to the event's own
 *   organisation's locations, so it never attaches the event to another organisation's location.
 * - documents (`tm:documents`) are refused by the callers unless the organisation uploaded them
 *   (`buildEpcisEvent`, `processPendingCaptures`); the link's key (organisation, sha256) can only
 *   name the event's own organisation's copy.
 * - sources and destinations may name any organisation, by id or GLN, and any GLN (that is how a
 *   shipment is addressed); a receiving event completes only a transfer addressed to its own
 *   organisation.
 *
 * An `eventID` names one event of an organisation's record: an event whose `eventID` already names
 * another event of the organisation (another hash), or another event earlier in `events`, refuses
 * the call with a `ReusedEventIdError` naming each, except the event repeated with an
 * `errorDeclaration`, which keeps the eventID of the event it declares erroneous (EPCIS 2.0's
 * corrections). Other organisations' eventIDs are neither looked at nor refused: each organisation's
 * record is its own namespace, so the same eventID there collides with nothing and tells nothing.
 *
 * Events whose hash is already stored are skipped by the insert's
 * `ON CONFLICT ("eventHash") DO NOTHING` (also when another request stores the same event at the
 * same moment) and reported in `existing`; only the events inserted get identifiers, document links
 * and custody.
 *
 * @example
 * await db.prisma.$transaction((tx) => storeEvents(tx, { organizationId, events: [prepareEvent({ event })] }));
 */
export async function storeEvents(
  tx: Prisma.TransactionClient,
  { organizationId, events, captureId, fieldOf }: StoreEventsParameters,
): Promise<StoreEventsReturnType> {
  const unique = new Map<string, PreparedEvent>();
  for (const event of events) if (!unique.has(event.eventHash)) unique.set(event.eventHash, event);
  const candidates = [...unique.values()];
  if (candidates.length === 0) return { stored: [], existing: [] };

  // Lots are resolved before the insert, which writes each event's lot with it; for an event that
  // turns out to be stored already this is a few index lookups wasted, cheaper than a query that
  // looks every hash up first (most events are new) or an UPDATE of the rows just inserted.
  const reused = await reusedEventIds(tx, organizationId, events);
  if (reused.length > 0) throw new ReusedEventIdError(reused, fieldOf);
  const lots = await resolveLots(tx, candidates);
  const allowed = await lotsUsableBy(tx, organizationId, lots);
  const refused = [
    ...foreignLots(organizationId, events, lots, allowed),
    ...(await foreignLocations(tx, organizationId, events)),
  ];
  if (refused.length > 0) {
    refused.sort((x, y) => x.index - y.index);
    throw new ForeignReferenceError(refused, fieldOf);
  }
  for (const event of candidates) {
    if (event.lotId) continue;
    for (const role of lotRoles) {
      const match = event.identifiers.find(
        (identifier) => identifier.role === role && allowed.has(lots.get(identifier.value)?.id ?? ""),
      );
      if (match) {
        event.lotId = lots.get(match.value)?.id ?? undefined;
        break;
      }
    }
  }

  const visibilityOf = await visibilityDefaults(tx, organizationId);

  // The rows go as one JSON text (json_to_recordset): a parameter per column would have Prisma and
  // the driver walk and escape every value of every event, the documents included.
  const rows = JSON.stringify(
    candidates.map((e) => ({
      id: e.id,
      hash: e.eventHash,
      leaf: e.leaf,
      leaf_version: e.leafVersion,
      salt_seed: e.saltSeed.slice(2),
      hash_version: e.hashVersion,
      type: e.type,
      action: e.action,
      biz_step: e.bizStep,
      disposition: e.disposition,
      event_time: e.eventTime.toISOString(),
      tz: e.eventTimeZoneOffset,
      read_point: e.readPoint,
      biz_location: e.bizLocation,
      lot_id: e.lotId ?? null,
      document: e.document,
      corrects: e.correctsEventHash,
      visibility: e.visibility ?? visibilityOf(e.bizStep),
    })),
  );
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO events (id, "organizationId", "eventHash", leaf, "leafVersion", "saltSeed", "hashVersion", type, action, "bizStep", disposition,
      "eventTime", "eventTimeZoneOffset", "readPoint", "bizLocation", "lotId", document,
      "correctsEventHash", "captureId", proof, visibility)
    SELECT t.id, ${organizationId}::uuid, t.hash, t.leaf, t.leaf_version, decode(t.salt_seed, 'hex'), t.hash_version, t.type, t.action, t.biz_step, t.disposition,
      t.event_time, t.tz, t.read_point, t.biz_location, t.lot_id, t.document, t.corrects,
      ${captureId ?? null}::uuid, '{}'::text[], t.visibility::"EventVisibility"
    FROM json_to_recordset(${rows}::json) AS t(id uuid, hash text, leaf text, leaf_version int, salt_seed text, hash_version int, type text, action text,
      biz_step text, disposition text, event_time timestamptz, tz text, read_point text, biz_location text,
      lot_id uuid, document jsonb, corrects text, visibility text)
    ON CONFLICT ("eventHash") DO NOTHING
    RETURNING id`;
  const insertedIds = new Set(inserted.map((row) => row.id));
  const stored = candidates.filter((event) => insertedIds.has(event.id));
  // The events not inserted conflicted on their hash: stored before, or by a transaction that
  // committed while this one waited on the conflict.
  const existing =
    stored.length === candidates.length
      ? []
      : await tx.$queryRaw<StoreEventsReturnType["existing"]>`
          SELECT id, "eventHash", "organizationId" FROM events
          WHERE "eventHash" = ANY(${candidates.filter((e) => !insertedIds.has(e.id)).map((e) => e.eventHash)}::text[])`;

  const identifierRows = stored.flatMap((event) =>
    event.identifiers.map((identifier) => ({ eventId: event.id, ...identifier })),
  );
  if (identifierRows.length > 0) {
    await tx.$executeRaw`
      INSERT INTO event_identifiers ("eventId", role, value, "lotId")
      SELECT t.event_id, t.role::"IdentifierRole", t.value, t.lot_id
      FROM unnest(${identifierRows.map((r) => r.eventId)}::uuid[], ${identifierRows.map((r) => r.role)}::text[],
        ${identifierRows.map((r) => r.value)}::text[],
        ${identifierRows.map((r) => lots.get(r.value)?.id ?? null)}::uuid[]) AS t(event_id, role, value, lot_id)`;
  }
  const clientIds = stored.filter((event) => String(event.document.eventID) !== event.eventHash);
  if (clientIds.length > 0) {
    await tx.$executeRaw`
      INSERT INTO event_client_ids ("eventID", "organizationId", "eventId")
      SELECT t.event_id_text, ${organizationId}::uuid, t.id
      FROM unnest(${clientIds.map((e) => String(e.document.eventID))}::text[], ${clientIds.map((e) => e.id)}::uuid[])
        AS t(event_id_text, id)`;
  }
  const searchKeys = stored.flatMap((event) => [
    ...bizTransactionSearchKeys(event.document).map((key) => [event.id, "bizTransaction", key]),
    ...(event.readPoint ? [[event.id, "readPoint", placeSearchKey(event.readPoint)]] : []),
    ...(event.bizLocation ? [[event.id, "bizLocation", placeSearchKey(event.bizLocation)]] : []),
  ]);
  if (searchKeys.length > 0) {
    await tx.$executeRaw`
      INSERT INTO event_search_keys ("eventId", kind, key)
      SELECT t.event_id, t.kind::"SearchKeyKind", t.key
      FROM unnest(${searchKeys.map(([id]) => id)}::uuid[], ${searchKeys.map(([, kind]) => kind)}::text[],
        ${searchKeys.map(([, , key]) => key)}::text[]) AS t(event_id, kind, key)`;
  }
  const links = stored.flatMap((event) =>
    [...new Set(event.documentHashes)].map((documentSha256) => ({
      eventId: event.id,
      organizationId,
      documentSha256,
    })),
  );
  if (links.length > 0) await tx.eventDocument.createMany({ data: links });

  await recordCustody(tx, organizationId, stored);
  return { stored, existing };
}

/** A lot an identifier names, or (`id` null) a serial item of no lot; `organizationId` its owner. */
type KnownLot = { id: string | null; organizationId: string };

/** Every lot the events' identifiers name (by GTIN + lot, or by a serial of the lot, or a serial of no lot), of any organisation. */
async function resolveLots(tx: Prisma.TransactionClient, events: PreparedEvent[]) {
  const keys = new Map<string, TradeItemKey>();
  for (const event of events) {
    for (const { value } of event.identifiers) {
      if (keys.has(value)) continue;
      const key = tradeItemKey(value);
      if (key && (key.lot || key.serial)) keys.set(value, key);
    }
  }
  const byValue = new Map<string, KnownLot>();
  const lotKeys = [...keys].filter(([, key]) => key.lot !== undefined);
  const serialKeys = [...keys].filter(([, key]) => key.serial !== undefined);
  if (lotKeys.length > 0) {
    const rows = await tx.$queryRaw<(KnownLot & { value: string })[]>`
      SELECT l.id, l."organizationId", k.value
      FROM unnest(${lotKeys.map(([v]) => v)}::text[], ${lotKeys.map(([, k]) => k.gtin)}::text[],
        ${lotKeys.map(([, k]) => k.lot)}::text[]) AS k(value, gtin, code)
      JOIN products p ON p.gtin = k.gtin
      JOIN lots l ON l."productId" = p.id AND l."lotCode" = k.code`;
    for (const row of rows) byValue.set(row.value, { id: row.id, organizationId: row.organizationId });
  }
  if (serialKeys.length > 0) {
    const rows = await tx.$queryRaw<(KnownLot & { value: string })[]>`
      SELECT l.id, coalesce(l."organizationId", s."organizationId") AS "organizationId", k.value
      FROM unnest(${serialKeys.map(([v]) => v)}::text[], ${serialKeys.map(([, k]) => k.gtin)}::text[],
        ${serialKeys.map(([, k]) => k.serial)}::text[]) AS k(value, gtin, serial)
      JOIN products p ON p.gtin = k.gtin
      JOIN serial_items s ON s."productId" = p.id AND s.serial = k.serial
      LEFT JOIN lots l ON l.id = s."lotId"`;
    for (const row of rows) byValue.set(row.value, { id: row.id, organizationId: row.organizationId });
  }
  return byValue;
}

/**
 * The lots an organisation may make an event primarily about: its own, and those another
 * organisation shipped to it (pending or received).
 */
async function lotsUsableBy(
  tx: Prisma.TransactionClient,
  organizationId: string,
  lots: Map<string, KnownLot>,
): Promise<Set<string>> {
  const usable = new Set<string>();
  const others: string[] = [];
  for (const lot of lots.values()) {
    if (lot.id === null) continue;
    if (lot.organizationId === organizationId) usable.add(lot.id);
    else others.push(lot.id);
  }
  if (others.length > 0) {
    const transfers = await tx.custodyTransfer.findMany({
      where: { toOrgId: organizationId, lotId: { in: others }, status: { in: ["pending", "completed"] } },
      select: { lotId: true },
    });
    for (const transfer of transfers) usable.add(transfer.lotId);
  }
  return usable;
}

/** Identifiers naming a lot (or a serial of one) the organisation may not write into, first occurrence of an event only. */
function foreignLots(
  organizationId: string,
  events: PreparedEvent[],
  lots: Map<string, KnownLot>,
  allowed: Set<string>,
) {
  const seen = new Set<string>();
  const refused: ForeignReference[] = [];
  for (const [index, event] of events.entries()) {
    if (seen.has(event.eventHash)) continue;
    seen.add(event.eventHash);
    for (const { role, value } of event.identifiers) {
      const lot = lots.get(value);
      // A serial item of no lot cannot be shipped: only its owner names it.
      if (!lot || (lot.id === null ? lot.organizationId === organizationId : allowed.has(lot.id))) continue;
      refused.push({
        index,
        eventId: eventIdOf(event),
        field: fieldOfRole[role],
        value,
        message:
          lot.id === null
            ? `${value} is a serial item of another organisation (event ${eventIdOf(event)})`
            : `${value} is ${tradeItemKey(value)?.serial ? "a serial item of " : ""}a lot of another organisation, which has not shipped it to you (event ${eventIdOf(event)})`,
      });
    }
  }
  return refused;
}

/** `readPoint`, `bizLocation`, a source or a destination naming a location of another organisation by its id (our location URN). */
async function foreignLocations(
  tx: Prisma.TransactionClient,
  organizationId: string,
  events: PreparedEvent[],
): Promise<ForeignReference[]> {
  const named = events.flatMap((event, index) =>
    [
      ["readPoint", event.readPoint] as const,
      ["bizLocation", event.bizLocation] as const,
      ...event.sourceUris.map((uri, i) => [`sourceList[${i}]`, uri] as const),
      ...event.destinationUris.map((uri, i) => [`destinationList[${i}]`, uri] as const),
    ].flatMap(([field, uri]) => {
      const reference = uri ? parsePartyUri(uri) : undefined;
      return uri && reference && "locationId" in reference && UUID.test(reference.locationId)
        ? [{ index, event, field, uri, locationId: reference.locationId }]
        : [];
    }),
  );
  if (named.length === 0) return [];
  const others = new Set(
    (
      await tx.location.findMany({
        where: {
          id: { in: [...new Set(named.map((n) => n.locationId))] },
          organizationId: { not: organizationId },
        },
        select: { id: true },
      })
    ).map((l) => l.id),
  );
  return named
    .filter((n) => others.has(n.locationId))
    .map((n) => ({
      index: n.index,
      eventId: eventIdOf(n.event),
      field: n.field,
      value: n.uri,
      message: `${n.uri} is a location of another organisation (event ${eventIdOf(n.event)})`,
    }));
}

function eventIdOf(event: PreparedEvent): string {
  const id = event.document.eventID;
  return typeof id === "string" ? id : event.eventHash;
}

/** Opens transfers for shipping to another organisation; completes them on receiving. */
async function recordCustody(tx: Prisma.TransactionClient, organizationId: string, events: PreparedEvent[]) {
  for (const event of events) {
    if (!event.lotId || event.correctsEventHash) continue;
    const step = event.bizStep === null ? null : cbvTerm("bizStep", event.bizStep);
    if (step === "shipping") {
      const toOrgId = await firstOtherOrganization(tx, organizationId, event.destinationUris);
      if (!toOrgId) continue;
      await tx.custodyTransfer.create({
        data: { fromOrgId: organizationId, toOrgId, lotId: event.lotId, shippingEventId: event.id },
      });
    } else if (step === "receiving") {
      const fromOrgId = await firstOtherOrganization(tx, organizationId, event.sourceUris);
      const pending = await tx.custodyTransfer.findFirst({
        where: {
          toOrgId: organizationId,
          lotId: event.lotId,
          status: "pending",
          ...(fromOrgId ? { fromOrgId } : {}),
        },
        orderBy: { createdAt: "asc" },
      });
      if (!pending) continue;
      await tx.custodyTransfer.update({
        where: { id: pending.id },
        data: { status: "completed", receivingEventId: event.id, completedAt: new Date() },
      });
    }
  }
}

/** The first organisation other than `organizationId` that one of the party/location URIs names. */
async function firstOtherOrganization(
  tx: Prisma.TransactionClient,
  organizationId: string,
  uris: string[],
): Promise<string | undefined> {
  for (const uri of uris) {
    const reference = parsePartyUri(uri);
    if (!reference) continue;
    const found = await organizationOf(tx, reference);
    if (found && found !== organizationId) return found;
  }
  return undefined;
}

async function organizationOf(tx: Prisma.TransactionClient, reference: PartyReference) {
  if ("organizationId" in reference) {
    if (!UUID.test(reference.organizationId)) return undefined;
    return (
      await tx.organization.findUnique({ where: { id: reference.organizationId }, select: { id: true } })
    )?.id;
  }
  if ("locationId" in reference) {
    if (!UUID.test(reference.locationId)) return undefined;
    return (
      await tx.location.findUnique({ where: { id: reference.locationId }, select: { organizationId: true } })
    )?.organizationId;
  }
  const organization = await tx.organization.findUnique({
    where: { gln: reference.gln },
    select: { id: true },
  });
  if (organization) return organization.id;
  const locations = await tx.location.findMany({
    where: { gln: reference.gln },
    select: { organizationId: true },
    take: 2,
  });
  return locations.length === 1 ? locations[0]?.organizationId : undefined;
}

/**
 * The events whose `eventID` is already another event's: of the organisation's record, or earlier in
 * `events`. An event's own hash (the same event again) and the event it declares erroneous
 * (`correctsEventHash`) may carry it. Captures of one organisation that carry eventIDs take turns
 * (a transaction lock), so two at once cannot both give one eventID to two events.
 */
async function reusedEventIds(
  tx: Prisma.TransactionClient,
  organizationId: string,
  events: PreparedEvent[],
): Promise<ForeignReference[]> {
  const idOf = (event: PreparedEvent) => String(event.document.eventID);
  const clientIds = [...new Set(events.filter((e) => idOf(e) !== e.eventHash).map(idOf))];
  if (clientIds.length === 0) return [];
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`client-event-ids:${organizationId}`}))`;
  // An eventID other than the event's hash is in `event_client_ids`; one equal to it, in `eventHash`.
  const rows = await tx.$queryRaw<{ eventID: string; eventHash: string }[]>`
    SELECT c."eventID", e."eventHash" FROM event_client_ids c JOIN events e ON e.id = c."eventId"
    WHERE c."organizationId" = ${organizationId}::uuid AND c."eventID" = ANY(${clientIds}::text[])
    UNION ALL
    SELECT "eventHash" AS "eventID", "eventHash" FROM events
    WHERE "organizationId" = ${organizationId}::uuid AND "eventHash" = ANY(${clientIds}::text[])
      AND COALESCE(document->>'eventID', "eventHash") = "eventHash"`;
  const recorded = new Map<string, Set<string>>();
  for (const row of rows)
    recorded.set(row.eventID, (recorded.get(row.eventID) ?? new Set()).add(row.eventHash));
  const firstAt = new Map<string, number>();
  const refused: ForeignReference[] = [];
  for (const [index, event] of events.entries()) {
    const eventId = idOf(event);
    if (eventId === event.eventHash) continue;
    const mayShare = (hash: string) => hash === event.eventHash || hash === event.correctsEventHash;
    const refuse = (message: string) =>
      refused.push({ index, eventId, field: "eventID", value: eventId, message });
    const others = [...(recorded.get(eventId) ?? [])].filter((hash) => !mayShare(hash));
    const earlier = firstAt.get(eventId);
    if (others.length > 0) {
      refuse(
        `${eventId} already names another event of your organisation's record; give this event an eventID of its own (a correction is a new event listing it in errorDeclaration.correctiveEventIDs, or the erroneous event repeated with an errorDeclaration)`,
      );
    } else if (earlier !== undefined && !mayShare(events[earlier]?.eventHash ?? "")) {
      refuse(
        `${eventId} is also the eventID of the event at index ${earlier} of this request; each event needs its own`,
      );
    }
    if (earlier === undefined) firstAt.set(eventId, index);
  }
  return refused;
}
