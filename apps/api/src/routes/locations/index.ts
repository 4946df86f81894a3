import { plotSchema } from "@tracemark/sdk";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { validateGln } from "../../services/identifiers/gs1.ts";
import {
  createLocation,
  getLocation,
  listLocations,
  updateLocation,
} from "../../services/masterData/locations.ts";
import { isCountryCode } from "../../util/isCountryCode.ts";
import { orgRead } from "../orgRead.ts";
import { orgRoute } from "../orgRoute.ts";
import { gln, orgParams, page, pageQuery } from "../schemas.ts";

const atMostSixDecimals = (n: number) => Number(n.toFixed(6)) === n;
const SIX_DECIMALS = "must have at most 6 decimal places";
const latitude = z.number().min(-90).max(90).refine(atMostSixDecimals, SIX_DECIMALS);
const longitude = z.number().min(-180).max(180).refine(atMostSixDecimals, SIX_DECIMALS);
/** A GeoJSON position: [longitude, latitude]. */
const position = z.tuple([longitude, latitude]);
const ring = z
  .array(position)
  .min(4, "a linear ring needs at least 4 positions")
  .refine((r) => {
    const [first, last] = [r[0], r.at(-1)];
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  }, "a linear ring must be closed (its last position equal to its first)");
const plot = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Point"), coordinates: position }).strict(),
  z.object({ type: z.literal("Polygon"), coordinates: z.array(ring).min(1) }).strict(),
]);

const location = z.object({
  id: z.uuid(),
  gln: z.string().nullable(),
  name: z.string(),
  street: z.string().nullable(),
  city: z.string().nullable(),
  postalCode: z.string().nullable(),
  region: z.string().nullable(),
  subdivision: z.string().nullable(),
  country: z.string().nullable(),
  phone: z.string().nullable(),
  fieldName: z.string().nullable(),
  containerName: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  plot: plotSchema.nullable(),
  /** Whether the plot is public: drawn on the consumer map, in partners' EUDR exports. */
  plotPublic: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
const text = (max: number) => z.string().trim().min(1).max(max).nullable();
const fields = z.object({
  gln: gln.nullable(),
  name: z.string().trim().min(1).max(200),
  street: text(200),
  city: text(100),
  postalCode: text(20),
  region: text(100),
  /** The first-level subdivision's ISO 3166-2 code, e.g. ES-AR (a step can be shown by region only). */
  subdivision: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, "must be an ISO 3166-2 subdivision code, e.g. ES-AR")
    .nullable(),
  country: z.string().refine(isCountryCode, "must be an ISO 3166-1 alpha-2 country code").nullable(),
  /** Digits, spaces and + ( ) - . as people write phone numbers (FSMA 204 location description). */
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ().-]{3,30}$/, "must be a phone number (digits, spaces, + ( ) - .)")
    .meta({ examples: ["+1 (831) 555-0142"] })
    .nullable(),
  /** For produce: the field or growing area's name (FSMA 204, 21 CFR 1.1325(a)(1)(v)). */
  fieldName: text(200),
  /** For aquaculture: the pond, pool, tank or cage's name (21 CFR 1.1325(a)(1)(vi)). */
  containerName: text(200),
  latitude: latitude.nullable(),
  longitude: longitude.nullable(),
  plot: plot.nullable(),
  /** Show the plot to everyone (the consumer map, partners' EUDR exports); private by default. */
  plotPublic: z.boolean(),
});
const locationParams = orgParams.extend({ locationId: z.uuid() });
/** An ISO 3166-2 code begins with its country's code. */
const subdivisionInCountry = (body: {
  subdivision?: string | null | undefined;
  country?: string | null | undefined;
}) => !body.subdivision || !body.country || body.subdivision.startsWith(`${body.country}-`);
const notInCountry = {
  message: "must be an ISO 3166-2 subdivision code of the location's country",
  path: ["subdivision"],
};

/** Locations (GLN, address, coordinates, EUDR plot geolocation) of an organisation. */
export function locationRoutes({ db }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    orgRoute(app, {
      method: "POST",
      url: "/orgs/:orgId/locations",
      tags: ["master data"],
      summary: "Create a location; `plot` is the EUDR geolocation (GeoJSON Point or Polygon, ≤ 6 decimals)",
      body: fields
        .partial()
        .extend({ name: fields.shape.name })
        .strict()
        .refine(subdivisionInCountry, notInCountry),
      status: 201,
      response: location,
      role: "operator",
      handle: ({ params, body }) => {
        if (body.gln) validateGln(body.gln, "body.gln");
        return createLocation(db, params.orgId, body);
      },
    });

    orgRead(app, {
      url: "/orgs/:orgId/locations",
      tags: ["master data"],
      summary: "Locations by name; search by name or GLN, filter by country",
      querystring: pageQuery.extend({
        q: z.string().trim().min(1).max(200).optional(),
        country: z
          .string()
          .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 country code")
          .optional(),
      }),
      response: page(location),
      role: "viewer",
      read: (organizationId, query) => listLocations(db, organizationId, query),
    });

    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId/locations/:locationId",
      tags: ["master data"],
      summary: "A location",
      params: locationParams,
      response: location,
      role: "viewer",
      handle: ({ params }) => getLocation(db, params.orgId, params.locationId),
    });

    orgRoute(app, {
      method: "PATCH",
      url: "/orgs/:orgId/locations/:locationId",
      tags: ["master data"],
      summary: "Update a location (`null` clears a field)",
      params: locationParams,
      body: fields.partial().strict().refine(subdivisionInCountry, notInCountry),
      response: location,
      role: "operator",
      handle: ({ params, body }) => {
        if (body.gln) validateGln(body.gln, "body.gln");
        return updateLocation(db, params.orgId, params.locationId, body);
      },
    });
  };
}
