import type { Database } from "@tracemark/db";
import {
  cbvLabel,
  computeLotKey,
  type DisclosableFieldGroup,
  type PublicRecordDisplayLocation as DisplayLocation,
  discloseEvent,
  type EventHashRuleVersion,
  type EventSalts,
  fieldGroupLabels,
  type PublicRecordAnchor,
  type PublicRecordAttestation,
  type PublicRecordJourneyStep,
  type PublicRecordOmittedEvents,
  type PublicRecordWithDisplay,
} from "@tracemark/sdk";
import type { Hex } from "viem";
import { NotFoundError } from "../errors/domain.ts";
import { parsePartyUri } from "../services/identifiers/epcisIdentifiers.ts";
import { publicOrgIdOf } from "../services/orgs/platform.ts";
import { hmacSha256Native } from "../util/hmacSha256Native.ts";
import { sha256Native } from "../util/sha256Native.ts";
import { type LocationLevel, readDisclosureSettings, withheldGroupsFor } from "./disclosureSettings.ts";
import { inheritedRecallsOf } from "./inheritedRecallsOf.ts";

type JourneyCorrection = NonNullable<PublicRecordJourneyStep["correction"]>;

export type GetPublicRecordParameters = {
  gtin: string;
  lot: string;
  serial?: string | undefined;
  chainId: number;
  /**
   * Show every field of every version-2 event with its salts and event hash (a partner's view of
   * the lot, `GET /orgs/:orgId/lots/:lotId/record`); default: withhold what each event's
   * organisation chose not to make public (`withheldGroupsFor`).
   */
  revealAll?: boolean | undefined;
  /**
   * The partner asking (with `revealAll`): besides public events, the record then shows whole the
   * events its partners show them (`partners`) and its own, whatever their visibility.
   */
  partnerId?: string | undefined;
};
export type GetPublicRecordReturnType = PublicRecordWithDisplay;

type LotRow = {
  id: string;
  lotCode: string;
  productionDate: Date | null;
  expiryDate: Date | null;
  orgId: string;
  orgName: string;
  chainOrgId: string | null;
  gtin: string;
  name: string;
  description: string | null;
  imageUrls: string[] | null;
  category: string | null;
  hasSerial: boolean;
};

type EventRow = {
  id: string;
  eventHash: string;
  leaf: string;
  hashVersion: number;
  leafVersion: number;
  salts: EventSalts | null;
  /** Of events stored since salt seeds (`salts` null): the seed, 0x-hex. */
  saltSeed: Hex | null;
  orgDisclosure: unknown;
  document: Record<string, unknown>;
  eventTime: Date;
  eventTimeZoneOffset: string;
  /** How many events the lot has, and how many of them are its owner's (the same on every row). */
  lotEvents: bigint;
  ownerEvents: bigint;
  type: string;
  action: string | null;
  bizStep: string | null;
  disposition: string | null;
  readPoint: string | null;
  bizLocation: string | null;
  organizationId: string;
  orgName: string;
  orgChainId: string | null;
  visibility: "public" | "partners" | "private";
  status: string;
  proof: string[] | null;
  root: string | null;
  eventCount: number | null;
  blockNumber: bigint | null;
  anchoredAt: Date | null;
  txHash: string | null;
};

const HEX32 = /^0x[0-9a-fA-F]{64}$/;
/**
 * The most events a public record shows (events and hidden steps together): the owner's latest
 * first, then the custody holders' latest; the record counts those it leaves out (`omittedEvents`).
 */
export const PUBLIC_RECORD_MAX_EVENTS = 1000;

/**
 * The public record of a lot (or a serial item of it) by its GS1 keys: the SDK's `PublicRecord`
 * (the events of the lot with their anchors and Merkle proofs, the auditors' attestations, the
 * recall state, and the active recalls of lots upstream of it: `inheritedRecallsOf`) plus `display`, the names, places and labels the consumer page shows. The events
 * are those of the lot's owner and of the organisations it was shipped to (a pending or completed
 * custody transfer when they recorded it: the rule `storeEvents` links events by), at most
 * `PUBLIC_RECORD_MAX_EVENTS` of them, events and hidden steps alike. Over the cap the owner's are
 * kept first, so that no other organisation's volume can push them out, and of each (the owner's,
 * then the partners') the latest: a consumer wants where the lot went last (the latest custody, a
 * correction, the shop), and the owner's commissioning is the step its own volume may cost, not
 * another's. The record says how many of each it leaves out (`omittedEvents`: the earliest of the
 * owner's, the earliest of the partners'), so neither a consumer nor Verify takes it for the whole
 * lot; both counts come from the query that picks the shown events. An event whose visibility is
 * not `public` appears only in `hiddenSteps`: its organisation, its day, its leaf and anchor, so
 * Verify proves it exists, and nothing of what happened (no event, hash, eventID, place, step);
 * attestations about it are left out. Organisations are named by their public id (`publicOrgIdOf`). Locations are resolved only
 * among the event's own organisation's locations. Nothing private: no internal ids but the owner's registry id, no users, no documents.
 * Five indexed queries in three round trips. `NotFoundError` when the lot (or serial) is unknown.
 *
 * @example
 * const record = await getPublicRecord(db, { gtin: "09520123456788", lot: "L1", chainId: 31337 });
 */
export async function getPublicRecord(
  db: Database,
  parameters: GetPublicRecordParameters,
): Promise<GetPublicRecordReturnType> {
  const { gtin, lot: lotCode, serial, chainId } = parameters;
  const [row] = await db.prisma.$queryRaw<LotRow[]>`
    SELECT l.id, l."lotCode", l."productionDate", l."expiryDate", o.id AS "orgId", o.name AS "orgName",
           o."chainOrgId", p.gtin, p.name, p.description, p."imageUrls", p.category,
           ${serial ?? null}::text IS NULL OR EXISTS (SELECT 1 FROM serial_items s
             WHERE s."productId" = p.id AND s.serial = ${serial ?? null}::text AND s."lotId" = l.id) AS "hasSerial"
    FROM products p JOIN lots l ON l."productId" = p.id AND l."lotCode" = ${lotCode}
    JOIN organizations o ON o.id = l."organizationId"
    WHERE p.gtin = ${gtin}`;
  if (!row?.hasSerial) {
    throw new NotFoundError(serial ? "No such serial item of this lot." : "No such lot.");
  }
  const lot = {
    id: row.id,
    lotCode: row.lotCode,
    productionDate: row.productionDate,
    expiryDate: row.expiryDate,
    organization: { id: row.orgId, name: row.orgName, chainOrgId: row.chainOrgId },
    product: {
      gtin: row.gtin,
      name: row.name,
      description: row.description,
      imageUrls: row.imageUrls ?? [],
      category: row.category,
    },
  };

  const [recorded, recall, inherited] = await Promise.all([
    // The owner's events first, then the custody holders', each latest first, up to the cap; with
    // how many the lot has (counted before the cap), shown in time order.
    db.prisma.$queryRaw<EventRow[]>`
      SELECT * FROM (
        SELECT e.id, e."eventHash", e.leaf, e."hashVersion", e."leafVersion", e.salts, '0x' || encode(e."saltSeed", 'hex') AS "saltSeed", o.disclosure AS "orgDisclosure", e.document, e."eventTime", e."eventTimeZoneOffset", e.type, e.action,
               count(*) OVER () AS "lotEvents",
               count(*) FILTER (WHERE e."organizationId" = ${lot.organization.id}::uuid) OVER () AS "ownerEvents",
               e."bizStep", e.disposition, e."readPoint", e."bizLocation", e."organizationId", o.name AS "orgName",
               o."chainOrgId" AS "orgChainId", e.visibility::text AS visibility,
               COALESCE(b.status::text, 'pending') AS status, event_proof(b.tree, e."treeNode", e.proof) AS proof, b.root, b."eventCount", b."blockNumber", b."anchoredAt", b."txHash"
        FROM events e
        JOIN organizations o ON o.id = e."organizationId"
        LEFT JOIN anchor_batches b ON b.id = e."batchId"
        WHERE e.id IN (SELECT i."eventId" FROM event_identifiers i WHERE i."lotId" = ${lot.id}::uuid
                       UNION SELECT x.id FROM events x WHERE x."lotId" = ${lot.id}::uuid)
        ORDER BY e."organizationId" = ${lot.organization.id}::uuid DESC, e."eventTime" DESC, e.id DESC
        LIMIT ${PUBLIC_RECORD_MAX_EVENTS}
      ) shown
      ORDER BY "eventTime", id`,
    db.prisma.recall.findFirst({
      where: { lotId: lot.id },
      orderBy: { declaredAt: "desc" },
      select: { status: true, reason: true, declaredAt: true },
    }),
    inheritedRecallsOf(db, lot.id),
  ]);

  // Steps the public may not see keep only who, which day and their anchor (`hiddenSteps`).
  const { partnerId } = parameters;
  const shows = (e: EventRow) =>
    e.visibility === "public" ||
    (partnerId !== undefined && (e.visibility === "partners" || e.organizationId === partnerId));
  const events = recorded.filter(shows);
  const hidden = recorded.filter((e) => !shows(e));
  const omittedEvents = omittedOf(recorded, lot.organization.id);
  // `recorded` is in time order: a hidden step's place among the shown ones is how many precede it.
  const positionOf = new Map<EventRow, number>();
  let shownSoFar = 0;
  for (const e of recorded) {
    if (shows(e)) shownSoFar += 1;
    else positionOf.set(e, shownSoFar);
  }

  // Locations are named by GLN (SGLN URI or Digital Link) or, without a GLN, by our location URN.
  const refOf = new Map<string, { gln: string } | { locationId: string }>();
  for (const event of events) {
    for (const id of [event.bizLocation, event.readPoint]) {
      const ref = id ? parsePartyUri(id) : undefined;
      if (id && ref && !("organizationId" in ref)) refOf.set(id, ref);
    }
  }
  const glns = [...refOf.values()].flatMap((r) => ("gln" in r ? [r.gln] : []));
  const locationIds = [...refOf.values()].flatMap((r) =>
    "locationId" in r && /^[0-9a-f-]{36}$/i.test(r.locationId) ? [r.locationId] : [],
  );
  const [attestations, locations] = await Promise.all([
    db.prisma.$queryRaw<
      {
        uid: string | null;
        lotId: string | null;
        eventId: string | null;
        auditorAddress: string;
        claim: string;
        evidenceHash: string;
        expiresAt: Date | null;
        delegated: unknown;
        auditorName: string | null;
        proofPointId: string | null;
        revokedAt: Date | null;
        createdAt: Date;
      }[]
    >`
      SELECT a.uid, a."lotId", a."eventId", a."auditorAddress", a.claim, a."evidenceHash", a."expiresAt", a.delegated,
             a."proofPointId", a."revokedAt", a."createdAt",
             (SELECT au."displayName" FROM auditors au WHERE lower(au."walletAddress") = lower(a."auditorAddress")) AS "auditorName"
      FROM attestations a
      WHERE (a."lotId" = ${lot.id}::uuid OR a."eventId" = ANY(${events.map((e) => e.id)}::uuid[]))
        AND (a.status IN ('pending', 'submitted', 'onchain') OR (a.status = 'revoked' AND a."proofPointId" IS NOT NULL))
      ORDER BY a."createdAt", a.id`,
    refOf.size === 0
      ? Promise.resolve([])
      : db.prisma.location.findMany({
          where: { OR: [{ gln: { in: [...new Set(glns)] } }, { id: { in: locationIds } }] },
          select: {
            id: true,
            gln: true,
            name: true,
            city: true,
            region: true,
            subdivision: true,
            country: true,
            latitude: true,
            longitude: true,
            plot: true,
            plotPublic: true,
            organizationId: true,
          },
        }),
  ]);

  // A GLN may be registered by several organisations: only the event's own organisation's entry
  // names its place, so an event never shows (or attaches to) another organisation's location.
  type LocationRow = (typeof locations)[number];
  const toDisplay = (l: LocationRow): DisplayLocation => ({
    gln: l.gln,
    name: l.name,
    city: l.city,
    country: l.country,
    latitude: l.latitude === null ? null : Number(l.latitude),
    longitude: l.longitude === null ? null : Number(l.longitude),
    ...(l.plotPublic && l.plot ? { plot: l.plot as NonNullable<DisplayLocation["plot"]> } : {}),
  });
  const locationFor = (id: string | null, organizationId: string) => {
    const ref = id ? refOf.get(id) : undefined;
    if (!ref) return null;
    const candidates = locations.filter((l) => ("gln" in ref ? l.gln === ref.gln : l.id === ref.locationId));
    return candidates.find((l) => l.organizationId === organizationId) ?? null;
  };

  const proofPoints = await proofPointsShown(
    db,
    attestations.flatMap((a) => (a.proofPointId ? [a.proofPointId] : [])),
  );
  const leafOf = new Map(events.map((e) => [e.id, e.leaf]));
  const lotKey = attestations.some((x) => x.lotId)
    ? computeLotKey({ gtin: lot.product.gtin, lot: lot.lotCode })
    : undefined;
  const publicAttestations = attestations.flatMap((a) => {
    const subject = a.lotId ? lotKey : a.eventId ? leafOf.get(a.eventId) : undefined;
    if (!subject) return [];
    const attestation: PublicRecordAttestation = {
      uid: a.uid,
      attester: a.auditorAddress,
      subjectKind: a.lotId ? "lot" : "event",
      subject,
      claim: a.claim,
      evidenceHash: a.evidenceHash,
      expirationTime: a.expiresAt?.toISOString() ?? null,
      delegation: a.uid ? null : delegationOf(a.delegated),
    };
    const proofPoint = a.proofPointId ? proofPoints.get(a.proofPointId) : undefined;
    if (proofPoint) {
      attestation.proofPoint = {
        id: proofPoint.id,
        evidence: proofPoint.evidence.map((e) => ({ sha256: `0x${e.documentSha256}` })),
      };
    }
    if (a.revokedAt) attestation.revokedAt = a.revokedAt.toISOString();
    return [
      {
        attestation,
        auditorName: a.auditorName,
        expiresAt: attestation.expirationTime,
        signedAt: a.createdAt.toISOString(),
        proofPoint,
      },
    ];
  });

  // What each event shows: version-2 events withhold what their organisation chose (and then are
  // known by their leaf, never by their event hash); version-1 events show everything.
  const revealAll = parameters.revealAll ?? false;
  const firstViews = events.map((event) => shownEvent(event, revealAll));
  // A correction names the events it concerns by their event hashes (`tm:declares`,
  // `correctiveEventIDs`): when one of them is not shown by its hash here (it withholds fields, or is
  // hidden), the correction withholds those ids too, so no bare hash of such an event is public.
  const hashesShown = new Set(
    firstViews.flatMap((view) => (view.fields.eventHash ? [view.fields.eventHash] : [])),
  );
  const shown = events.map((event, i) => {
    const view = firstViews[i] as ReturnType<typeof shownEvent>;
    const names = eventsNamedBy(event.document);
    return names.some((hash) => !hashesShown.has(hash)) && !view.withheld.includes("eventID")
      ? shownEvent(event, revealAll, ["eventID"])
      : view;
  });
  const publicIds = new Map(events.map((event, i) => [event.eventHash, shown[i]?.id ?? event.eventHash]));
  const publicId = (eventHash: string) => publicIds.get(eventHash) ?? eventHash;
  // An event outside the record named by one that withholds fields may withhold fields too: its
  // hash is not shown (a correction's ids go with the withheld `eventID` group).
  const idNamedBy = (eventHash: string | null, index: number) =>
    eventHash === null
      ? null
      : (publicIds.get(eventHash) ?? ((shown[index]?.withheld.length ?? 0) > 0 ? null : eventHash));

  const recalled = recall?.status === "active";
  const orgNames = [lot.organization.name, ...recorded.map((e) => e.orgName)];
  const locationsSeen = new Map<string, DisplayLocation>();
  const corrections = correctionsOf(events, publicId, idNamedBy);
  const journey = events.map((event, index) => {
    const withheld = shown[index]?.withheld ?? [];
    const exact =
      locationFor(event.bizLocation, event.organizationId) ??
      locationFor(event.readPoint, event.organizationId);
    const location = !exact
      ? null
      : withheld.includes("location")
        ? placeAtLevel(exact, readDisclosureSettings(event.orgDisclosure).locationLevel ?? "country")
        : toDisplay(exact);
    if (location) locationsSeen.set(`${location.gln}|${location.name}`, location);
    const named = withheld.filter((group) => group !== "eventID").map((group) => fieldGroupLabels[group]);
    return {
      index,
      eventHash: publicId(event.eventHash),
      eventTime: event.eventTime.toISOString(),
      eventTimeZoneOffset: event.eventTimeZoneOffset,
      type: event.type,
      action: event.action,
      bizStep: event.bizStep,
      bizStepLabel: event.bizStep ? cbvLabel("bizStep", event.bizStep) : null,
      disposition: event.disposition,
      dispositionLabel: event.disposition ? cbvLabel("disposition", event.disposition) : null,
      organisation: event.orgName,
      location,
      anchored: anchorOf(event) !== null,
      correction: corrections.get(publicId(event.eventHash)) ?? null,
      corrects: event.document.errorDeclaration ? idNamedBy(declaredHashOf(event.document), index) : null,
      ...(named.length > 0 ? { withheld: named } : {}),
    };
  });

  return {
    chainId,
    organisation: { id: publicOrgIdOf(lot.organization.chainOrgId), name: lot.organization.name },
    product: { gtin: lot.product.gtin, lot: lot.lotCode, serial: serial ?? null, name: lot.product.name },
    events: events.map((event, i) => ({
      ...shown[i]?.fields,
      hashVersion: event.hashVersion as EventHashRuleVersion,
      event: shown[i]?.event ?? event.document,
      ...(event.organizationId === lot.organization.id
        ? {}
        : { organisation: { id: publicOrgIdOf(event.orgChainId), name: event.orgName } }),
      anchor: anchorOf(event),
    })),
    ...(hidden.length > 0
      ? {
          hiddenSteps: hidden.map((step) => ({
            organisation: { id: publicOrgIdOf(step.orgChainId), name: step.orgName },
            date: step.eventTime.toISOString().slice(0, 10),
            leaf: step.leaf,
            anchor: anchorOf(step),
          })),
        }
      : {}),
    omittedEvents,
    attestations: publicAttestations.map((a) => a.attestation),
    recall: {
      recalled,
      declaredAt: recalled && recall ? recall.declaredAt.toISOString() : null,
      ...(inherited.length > 0 ? { inherited: inherited.map((i) => i.recall) } : {}),
    },
    display: {
      product: {
        gtin: lot.product.gtin,
        name: lot.product.name,
        description: lot.product.description,
        imageUrls: lot.product.imageUrls,
        category: lot.product.category,
      },
      lot: {
        lotCode: lot.lotCode,
        productionDate: lot.productionDate?.toISOString().slice(0, 10) ?? null,
        expiryDate: lot.expiryDate?.toISOString().slice(0, 10) ?? null,
      },
      serial: serial ?? null,
      organisations: [...new Set(orgNames)].map((name, i) => ({
        name,
        role: i === 0 ? "owner" : "participant",
      })),
      journey,
      ...(hidden.length > 0
        ? {
            hiddenSteps: hidden.map((step, index) => ({
              index,
              organisation: step.orgName,
              date: step.eventTime.toISOString().slice(0, 10),
              anchored: anchorOf(step) !== null,
              position: positionOf.get(step) ?? events.length,
            })),
          }
        : {}),
      locations: [...locationsSeen.values()],
      recall: {
        recalled,
        reason: recalled ? (recall?.reason ?? null) : null,
        declaredAt: recalled && recall ? recall.declaredAt.toISOString() : null,
        ...(inherited.length > 0 ? { inherited: inherited.map((i) => i.display) } : {}),
      },
      attestations: publicAttestations.map((a, index) => ({
        index,
        auditorName: a.auditorName,
        claim: a.attestation.claim,
        expiresAt: a.expiresAt,
        signedAt: a.signedAt,
        ...(a.attestation.revokedAt ? { revokedAt: a.attestation.revokedAt } : {}),
        ...(a.proofPoint
          ? {
              proofPoint: {
                claim: a.proofPoint.claim,
                evidence: a.proofPoint.evidence.map((e) => ({
                  sha256: e.documentSha256,
                  fileName: e.document.fileName,
                  contentType: e.document.contentType,
                  size: e.document.size,
                  path: e.public
                    ? `/public/proof-points/${a.proofPoint?.id}/evidence/${e.documentSha256}`
                    : null,
                })),
              },
            }
          : {}),
      })),
    },
  };
}

/**
 * How many of the lot's events `recorded` (those the record shows, shown or hidden) leaves out, the
 * owner's and the partners', from the lot's counts on every row; none when the lot has no events.
 */
function omittedOf(recorded: EventRow[], ownerId: string): PublicRecordOmittedEvents {
  const [first] = recorded;
  if (!first) return { owner: 0, partners: 0 };
  const ownerShown = recorded.filter((e) => e.organizationId === ownerId).length;
  const owner = Number(first.ownerEvents);
  return {
    owner: owner - ownerShown,
    partners: Number(first.lotEvents) - owner - (recorded.length - ownerShown),
  };
}

/** The event hashes an error declaration names: the event it declares erroneous and its corrective events. */
function eventsNamedBy(document: Record<string, unknown>): string[] {
  const declaration = document.errorDeclaration as Record<string, unknown> | undefined;
  if (!declaration) return [];
  const corrective = Array.isArray(declaration.correctiveEventIDs) ? declaration.correctiveEventIDs : [];
  return [declaredHashOf(document), ...corrective].flatMap((id) => (typeof id === "string" ? [id] : []));
}

/** The proof points of the record's attestations, with their evidence documents in order, by id. */
async function proofPointsShown(db: Database, ids: string[]) {
  if (ids.length === 0) return new Map<string, never>();
  const rows = await db.prisma.proofPoint.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      claim: true,
      evidence: {
        orderBy: { position: "asc" },
        select: {
          documentSha256: true,
          public: true,
          document: { select: { fileName: true, contentType: true, size: true } },
        },
      },
    },
  });
  return new Map(rows.map((row) => [row.id, row]));
}

/** The hash an error declaration names in `tm:declares` (see prepareEvent). */
function declaredHashOf(document: Record<string, unknown>): string | null {
  const declared = document["tm:declares"];
  return typeof declared === "string" ? declared : null;
}

/**
 * What the record shows of an event: a version-2 event without the groups its organisation
 * withholds, with its disclosure, known by its leaf when any is withheld; a version-1 event whole.
 */
function shownEvent(event: EventRow, revealAll: boolean, alsoWithhold: DisclosableFieldGroup[] = []) {
  if (event.leafVersion !== 2 || !(event.salts || event.saltSeed)) {
    return {
      id: event.eventHash,
      withheld: [] as DisclosableFieldGroup[],
      fields: { eventHash: event.eventHash },
      event: event.document,
    };
  }
  const withhold = [
    ...(revealAll ? [] : withheldGroupsFor(readDisclosureSettings(event.orgDisclosure), event.bizStep)),
    ...alsoWithhold,
  ];
  const view = discloseEvent({
    event: event.document,
    eventHash: event.eventHash,
    salts: event.salts ?? undefined,
    saltSeed: event.saltSeed ?? undefined,
    withhold,
    sha256: sha256Native,
    hmacSha256: hmacSha256Native,
  });
  return {
    id: view.eventHash ?? view.leaf,
    withheld: view.withheld,
    fields: {
      ...(view.eventHash ? { eventHash: view.eventHash } : {}),
      leafVersion: 2 as const,
      leaf: view.leaf,
      disclosure: view.disclosure,
    },
    event: view.event,
  };
}

/**
 * A place named no finer than `level` (its country, its region, or its city with its region), when an
 * event withholds its exact location: no GLN, street or coordinates. A level the directory does not
 * fill falls back to the next coarser one; no country, no place.
 */
function placeAtLevel(
  location: {
    country: string | null;
    region: string | null;
    subdivision: string | null;
    city: string | null;
  },
  level: LocationLevel,
): DisplayLocation | null {
  if (!location.country) return null;
  const region = location.region ?? location.subdivision;
  const names = level === "city" ? [location.city, region] : level === "region" ? [region] : [];
  const name = names.filter((part): part is string => Boolean(part)).join(", ") || location.country;
  return { gln: null, name, city: null, country: location.country, latitude: null, longitude: null };
}

/** The error declarations among the events, by the public id of the event each declares erroneous. */
function correctionsOf(
  events: EventRow[],
  publicId: (eventHash: string) => string,
  idNamedBy: (eventHash: string | null, index: number) => string | null,
): Map<string, JourneyCorrection> {
  const corrections = new Map<string, JourneyCorrection>();
  for (const [index, event] of events.entries()) {
    const declaration = event.document.errorDeclaration as Record<string, unknown> | undefined;
    const declared = declaration ? declaredHashOf(event.document) : null;
    if (!declaration || !declared || corrections.has(publicId(declared))) continue;
    const corrective = declaration.correctiveEventIDs;
    corrections.set(publicId(declared), {
      declarationHash: publicId(event.eventHash),
      declaredAt: String(declaration.declarationTime),
      errorReason: String(declaration.reason ?? "").replace(/^.*[:-]/, "") || "incorrect_data",
      reason: typeof declaration["tm:reason"] === "string" ? declaration["tm:reason"] : null,
      correctiveEventHashes: Array.isArray(corrective)
        ? corrective.flatMap((id) => idNamedBy(String(id), index) ?? [])
        : [],
    });
  }
  return corrections;
}

function anchorOf(event: EventRow): PublicRecordAnchor | null {
  if (event.status !== "anchored" && event.status !== "final") return null;
  if (!event.root || event.blockNumber === null || !event.anchoredAt) return null;
  const transaction = event.txHash && HEX32.test(event.txHash) ? { transactionHash: event.txHash } : {};
  // A batch of one is anchored with anchorEvent: no root is stored on chain, only an EventAnchored log.
  if (event.eventCount === 1 && (event.proof ?? []).length === 0) {
    return {
      type: "event",
      blockNumber: Number(event.blockNumber),
      anchoredAt: event.anchoredAt.toISOString(),
      ...transaction,
    };
  }
  return {
    type: "batch",
    root: event.root,
    proof: event.proof ?? [],
    blockNumber: Number(event.blockNumber),
    anchoredAt: event.anchoredAt.toISOString(),
    ...transaction,
  };
}

/**
 * The relayable signature of an attestation not yet on chain, from the stored delegated request
 * (`{ domain, message: { nonce, deadline, … }, signature }`, as the attestation route stores it).
 */
function delegationOf(delegated: unknown): PublicRecordAttestation["delegation"] {
  const value = delegated as {
    signature?: unknown;
    message?: { nonce?: unknown; deadline?: unknown };
  } | null;
  const text = (v: unknown) =>
    typeof v === "string" || typeof v === "number" || typeof v === "bigint" ? String(v) : undefined;
  const signature = typeof value?.signature === "string" ? value.signature : undefined;
  const nonce = text(value?.message?.nonce);
  const deadline = text(value?.message?.deadline);
  return signature && nonce && deadline ? { signature, nonce, deadline } : null;
}
