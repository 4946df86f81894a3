import type { AnchorStatus, Database } from "@tracemark/db";
import { parsePartyUri } from "../identifiers/epcisIdentifiers.ts";
import { pathTo, type ReachStep, reachOfRecalls } from "./reachOfRecalls.ts";

type LotFace = { gtin: string; lotCode: string; productName: string; organisation: string };

export type RecallAffecting = {
  recall: LotFace & {
    id: string;
    reason: string;
    declaredAt: Date;
    chainStatus: AnchorStatus;
    /** The lot recalled is the caller's own. */
    own: boolean;
  };
  lot: LotFace & {
    id: string;
    /** `owned`: the caller's lot; `received`: another organisation's lot handed to the caller. */
    relation: "owned" | "received";
  };
  /** From the recalled lot to the affected lot; each step names its lot (or identifier) and how it was reached. */
  path: {
    gtin: string | null;
    lotCode: string | null;
    organisation: string | null;
    identifier: string | null;
    via: "transformation" | "aggregation" | null;
  }[];
  /** Custody hand-overs of the affected lot to the caller: from whom, when, and whether received. */
  received: { from: string; shippedAt: Date; receivedAt: Date | null; status: "pending" | "completed" }[];
  /** Where the lot was last seen: the place of its latest event that names one. */
  lastLocation: { uri: string; name: string | null; seenAt: Date } | null;
};

export type ListRecallsAffectingParameters = { organizationId: string };
export type ListRecallsAffectingReturnType = { items: RecallAffecting[] };

type LotRow = LotFace & { id: string; organizationId: string };

/**
 * "Recalls affecting you": each active recall that reaches (`reachOfRecalls`) a lot the
 * organisation owns or received through custody, with the path from the recalled lot, what was
 * received when, and where the lot was last seen. Derived on every call from the recalls as they
 * are, so lifting a recall lifts what it caused. An organisation's own recalled lot is not listed
 * (its recalls page shows it); its lots made from it are.
 *
 * @example
 * const { items } = await listRecallsAffecting(db, { organizationId });
 */
export async function listRecallsAffecting(
  db: Database,
  parameters: ListRecallsAffectingParameters,
): Promise<ListRecallsAffectingReturnType> {
  const { organizationId } = parameters;
  const reach = await reachOfRecalls(db.prisma);
  if (reach.size === 0) return { items: [] };
  const lotIds = [
    ...new Set([...reach.values()].flatMap((steps) => steps.flatMap((s) => (s.lotId ? [s.lotId] : [])))),
  ];
  const [recalls, lots, transfers] = await Promise.all([
    db.prisma.recall.findMany({
      where: { id: { in: [...reach.keys()] } },
      select: {
        id: true,
        organizationId: true,
        lotId: true,
        reason: true,
        declaredAt: true,
        chainStatus: true,
      },
    }),
    db.prisma.$queryRaw<LotRow[]>`
      SELECT l.id, l."organizationId", l."lotCode", p.gtin, p.name AS "productName", o.name AS organisation
      FROM lots l JOIN products p ON p.id = l."productId" JOIN organizations o ON o.id = l."organizationId"
      WHERE l.id = ANY(${lotIds}::uuid[])`,
    db.prisma.custodyTransfer.findMany({
      where: { lotId: { in: lotIds }, toOrgId: organizationId, status: { in: ["pending", "completed"] } },
      select: {
        lotId: true,
        status: true,
        createdAt: true,
        completedAt: true,
        fromOrg: { select: { name: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const lotById = new Map(lots.map((l) => [l.id, l]));
  const receivedByLot = new Map<string, typeof transfers>();
  for (const t of transfers) receivedByLot.set(t.lotId, [...(receivedByLot.get(t.lotId) ?? []), t]);
  const face = (lot: LotRow): LotFace => ({
    gtin: lot.gtin,
    lotCode: lot.lotCode,
    productName: lot.productName,
    organisation: lot.organisation,
  });

  const found: { recall: (typeof recalls)[number]; lot: LotRow; steps: ReachStep[] }[] = [];
  for (const recall of recalls) {
    const steps = reach.get(recall.id) ?? [];
    for (const step of steps) {
      const lot = step.lotId ? lotById.get(step.lotId) : undefined;
      if (!lot) continue;
      const mine = lot.organizationId === organizationId || receivedByLot.has(lot.id);
      const ownRecalledLot = step.depth === 0 && recall.organizationId === organizationId;
      if (mine && !ownRecalledLot) found.push({ recall, lot, steps });
    }
  }
  const locations = await lastLocations(
    db,
    found.map((f) => f.lot.id),
  );

  const items = found.map(({ recall, lot, steps }): RecallAffecting => {
    const recalled = lotById.get(recall.lotId) as LotRow;
    return {
      recall: {
        id: recall.id,
        ...face(recalled),
        reason: recall.reason,
        declaredAt: recall.declaredAt,
        chainStatus: recall.chainStatus,
        own: recall.organizationId === organizationId,
      },
      lot: {
        id: lot.id,
        ...face(lot),
        relation: lot.organizationId === organizationId ? "owned" : "received",
      },
      path: pathTo(steps, { lotId: lot.id, value: null }).map((step) => {
        const on = step.lotId ? lotById.get(step.lotId) : undefined;
        return {
          gtin: on?.gtin ?? null,
          lotCode: on?.lotCode ?? null,
          organisation: on?.organisation ?? null,
          identifier: on ? null : step.value,
          via: step.via,
        };
      }),
      received: (receivedByLot.get(lot.id) ?? []).map((t) => ({
        from: t.fromOrg.name,
        shippedAt: t.createdAt,
        receivedAt: t.completedAt,
        status: t.status as "pending" | "completed",
      })),
      lastLocation: locations.get(lot.id) ?? null,
    };
  });
  items.sort(
    (a, b) =>
      b.recall.declaredAt.getTime() - a.recall.declaredAt.getTime() ||
      a.recall.id.localeCompare(b.recall.id) ||
      a.path.length - b.path.length ||
      a.lot.id.localeCompare(b.lot.id),
  );
  return { items };
}

/** The place of each lot's latest event that names one (business location, else read point), named where the event's organisation registered it. */
async function lastLocations(db: Database, lotIds: string[]) {
  const rows = await db.prisma.$queryRaw<
    { lotId: string; uri: string; eventTime: Date; organizationId: string }[]
  >`
    SELECT DISTINCT ON (i."lotId") i."lotId", COALESCE(e."bizLocation", e."readPoint") AS uri, e."eventTime", e."organizationId"
    FROM event_identifiers i JOIN events e ON e.id = i."eventId"
    WHERE i."lotId" = ANY(${lotIds}::uuid[]) AND COALESCE(e."bizLocation", e."readPoint") IS NOT NULL
    ORDER BY i."lotId", e."eventTime" DESC, e.id DESC`;
  const named = await Promise.all(
    rows.map(async (row) => {
      const ref = parsePartyUri(row.uri);
      const location =
        ref && "gln" in ref
          ? await db.prisma.location.findFirst({
              where: { organizationId: row.organizationId, gln: ref.gln },
              select: { name: true },
            })
          : ref && "locationId" in ref && /^[0-9a-f-]{36}$/i.test(ref.locationId)
            ? await db.prisma.location.findFirst({
                where: { organizationId: row.organizationId, id: ref.locationId },
                select: { name: true },
              })
            : null;
      return [row.lotId, { uri: row.uri, name: location?.name ?? null, seenAt: row.eventTime }] as const;
    }),
  );
  return new Map(named);
}
