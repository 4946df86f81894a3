import { type Database, Prisma } from "@tracemark/db";
import type { Plot } from "@tracemark/sdk";
import { ConflictError, NotFoundError } from "../../errors/domain.ts";
import { rethrowUniqueViolation } from "../../errors/uniqueViolation.ts";
import { paginate } from "../../util/paginate.ts";

export type LocationFields = {
  gln?: string | null | undefined;
  name?: string | undefined;
  street?: string | null | undefined;
  city?: string | null | undefined;
  postalCode?: string | null | undefined;
  region?: string | null | undefined;
  subdivision?: string | null | undefined;
  country?: string | null | undefined;
  phone?: string | null | undefined;
  fieldName?: string | null | undefined;
  containerName?: string | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  plot?: Plot | null | undefined;
  plotPublic?: boolean | undefined;
};

type LocationRow = Prisma.LocationGetPayload<object>;

/** A location as the API shows it: coordinates as numbers. */
export function toLocation(row: LocationRow) {
  return {
    id: row.id,
    gln: row.gln,
    name: row.name,
    street: row.street,
    city: row.city,
    postalCode: row.postalCode,
    region: row.region,
    subdivision: row.subdivision,
    country: row.country,
    phone: row.phone,
    fieldName: row.fieldName,
    containerName: row.containerName,
    latitude: row.latitude === null ? null : row.latitude.toNumber(),
    longitude: row.longitude === null ? null : row.longitude.toNumber(),
    plot: (row.plot ?? null) as Plot | null,
    plotPublic: row.plotPublic,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function toData(fields: LocationFields) {
  const { plot, ...rest } = fields;
  return {
    ...rest,
    ...(plot === undefined ? {} : { plot: plot === null ? Prisma.DbNull : plot }),
  };
}

function conflictOnGln(error: unknown): never {
  rethrowUniqueViolation(
    error,
    () =>
      new ConflictError("This organisation already has a location with this GLN.", {
        errors: [{ field: "body.gln", message: "is already used by another of your locations" }],
      }),
  );
}

/**
 * Creates a location (GLN already validated by the route).
 *
 * @example
 * await createLocation(db, orgId, { name: "Plot 7", country: "CI", plot: { type: "Point", coordinates: [-5.547, 7.539] } })
 */
export async function createLocation(
  db: Database,
  organizationId: string,
  fields: LocationFields & { name: string },
) {
  try {
    return toLocation(
      await db.prisma.location.create({ data: { organizationId, ...toData(fields), name: fields.name } }),
    );
  } catch (error) {
    conflictOnGln(error);
  }
}

/** One of the organisation's locations, or `NotFoundError`. */
export async function getLocation(db: Database, organizationId: string, locationId: string) {
  const row = await db.prisma.location.findFirst({ where: { id: locationId, organizationId } });
  if (!row) throw new NotFoundError("No location with this id in this organisation.");
  return toLocation(row);
}

/** Updates a location's fields (`null` clears one). */
export async function updateLocation(
  db: Database,
  organizationId: string,
  locationId: string,
  fields: LocationFields,
) {
  try {
    return await db.prisma.$transaction(async (tx) => {
      const { count } = await tx.location.updateMany({
        where: { id: locationId, organizationId },
        data: toData(fields),
      });
      if (count === 0) throw new NotFoundError("No location with this id in this organisation.");
      return toLocation(await tx.location.findUniqueOrThrow({ where: { id: locationId } }));
    });
  } catch (error) {
    conflictOnGln(error);
  }
}

/** The organisation's locations by name; `q` matches the name (case-insensitive) or the GLN, `country` filters. */
export async function listLocations(
  db: Database,
  organizationId: string,
  query: { q?: string | undefined; country?: string | undefined; limit: number; cursor?: string | undefined },
) {
  const where: Prisma.LocationWhereInput = {
    organizationId,
    ...(query.country ? { country: query.country } : {}),
    ...(query.q
      ? { OR: [{ name: { contains: query.q, mode: "insensitive" } }, { gln: { contains: query.q } }] }
      : {}),
  };
  const result = await paginate(query, (page) =>
    db.prisma.location.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], ...page }),
  );
  return { items: result.items.map(toLocation), nextCursor: result.nextCursor };
}
