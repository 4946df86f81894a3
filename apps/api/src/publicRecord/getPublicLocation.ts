import type { Database } from "@tracemark/db";
import { NotFoundError } from "../errors/domain.ts";

export type GetPublicLocationParameters = { gln: string };
export type PublicLocationEntry = {
  name: string;
  city: string | null;
  region: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  /** The organisation that registered this GLN among its locations. */
  organization: { name: string };
};
export type GetPublicLocationReturnType = {
  gln: string;
  /**
   * Whether the entry is vouched for: its organisation's own GLN is this one. Otherwise every
   * organisation that registered the GLN is listed, each under its own name (anyone can type a GLN).
   */
  vouched: boolean;
  locations: PublicLocationEntry[];
};

/**
 * The public page of a location by its GLN (`/414/{gln}`): the place as the consumer page shows
 * it (name, city, region, country, coordinates; never the street, postal code or plot) and who
 * registered it. A GLN is not proven to belong to whoever registers it, so when the organisation
 * whose own GLN it is has registered it, only its entry is shown; otherwise every entry is listed
 * under its organisation's name, at most 20. `NotFoundError` when no organisation has this GLN among
 * its locations.
 *
 * @example
 * const location = await getPublicLocation(db, { gln: "9520123456788" });
 */
export async function getPublicLocation(
  db: Database,
  { gln }: GetPublicLocationParameters,
): Promise<GetPublicLocationReturnType> {
  const rows = await db.prisma.location.findMany({
    where: { gln },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 20,
    select: {
      name: true,
      city: true,
      region: true,
      country: true,
      latitude: true,
      longitude: true,
      organization: { select: { name: true, gln: true } },
    },
  });
  if (rows.length === 0) throw new NotFoundError(`No location has the GLN ${gln}.`);
  const own = rows.filter((r) => r.organization.gln === gln);
  const shown = own.length > 0 ? own : rows;
  return {
    gln,
    vouched: own.length > 0,
    locations: shown.map((r) => ({
      name: r.name,
      city: r.city,
      region: r.region,
      country: r.country,
      latitude: r.latitude === null ? null : Number(r.latitude),
      longitude: r.longitude === null ? null : Number(r.longitude),
      organization: { name: r.organization.name },
    })),
  };
}
