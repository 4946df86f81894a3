import type { Database } from "@tracemark/db";
import type { Plot } from "@tracemark/sdk";
import { parsePartyUri } from "../identifiers/epcisIdentifiers.ts";
import { listLotEvents } from "./listLotEvents.ts";

export type LotPlotsParameters = { organizationId: string; lotId: string };

/** A production plot as the EU Information System's GeoJSON file description (v1.2) asks for it. */
export type EudrFeature = {
  type: "Feature";
  properties: { ProducerName: string; ProducerCountry?: string; ProductionPlace: string };
  geometry: Plot;
};
export type LotPlotsReturnType = { type: "FeatureCollection"; features: EudrFeature[] };

/** The lot's events read per page while collecting their places. */
const PAGE = 500;

/**
 * The EUDR plots of a lot as a GeoJSON FeatureCollection fit for a due diligence statement (the EU
 * Information System's "EUDR GeoJSON File Description" v1.2): one Feature per plot of the places
 * where the lot's record, as the organisation may see it (`listLotEvents`), happened — a Point or
 * Polygon in WGS84 [longitude, latitude] at 6 decimals, with `ProducerName` (the place's
 * organisation), `ProducerCountry` (ISO 3166-1 alpha-2) and `ProductionPlace` (the field's name, else
 * the place's). The organisation's own plots are always in it; a partner's only when that partner
 * made it public (`plotPublic`). `NotFoundError` when the organisation neither owns nor received the
 * lot.
 *
 * @example
 * const geojson = await lotPlots(db, { organizationId, lotId });
 * // { type: "FeatureCollection", features: [{ type: "Feature", properties: { ProducerName: "Finca La Esperanza", … }, geometry: { type: "Polygon", … } }] }
 */
export async function lotPlots(
  db: Database,
  { organizationId, lotId }: LotPlotsParameters,
): Promise<LotPlotsReturnType> {
  const places = new Map<string, { organizationId: string; uri: string }>();
  let cursor: string | undefined;
  do {
    const page = await listLotEvents(db, { organizationId, lotId, limit: PAGE, cursor });
    for (const item of page.items) {
      for (const place of [item.event.bizLocation, item.event.readPoint]) {
        const uri = (place as { id?: unknown } | undefined)?.id;
        if (typeof uri === "string")
          places.set(`${item.organization.id} ${uri}`, { organizationId: item.organization.id, uri });
      }
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);

  const ids = new Set<string>();
  const glns: { organizationId: string; gln: string }[] = [];
  for (const { organizationId: owner, uri } of places.values()) {
    const reference = parsePartyUri(uri);
    if (reference && "locationId" in reference) ids.add(reference.locationId);
    else if (reference && "gln" in reference) glns.push({ organizationId: owner, gln: reference.gln });
  }
  if (ids.size === 0 && glns.length === 0) return { type: "FeatureCollection", features: [] };
  const owners = [...new Set([...places.values()].map((p) => p.organizationId))];
  const rows = await db.prisma.location.findMany({
    where: {
      organizationId: { in: owners },
      OR: [{ id: { in: [...ids] } }, ...glns.map((g) => ({ organizationId: g.organizationId, gln: g.gln }))],
      AND: [{ OR: [{ organizationId }, { plotPublic: true }] }],
    },
    select: {
      id: true,
      name: true,
      fieldName: true,
      country: true,
      plot: true,
      organization: { select: { name: true } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return {
    type: "FeatureCollection",
    features: rows.flatMap((row) =>
      row.plot
        ? [
            {
              type: "Feature" as const,
              properties: {
                ProducerName: row.organization.name,
                ...(row.country ? { ProducerCountry: row.country } : {}),
                ProductionPlace: row.fieldName ?? row.name,
              },
              geometry: row.plot as Plot,
            },
          ]
        : [],
    ),
  };
}
