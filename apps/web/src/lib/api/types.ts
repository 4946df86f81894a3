/**
 * Shapes of the API's answers that the dashboard reads, named: each is the type generated from the
 * API's OpenAPI document (`generated/openapi.ts`, `npm run generate:api-types`), so a changed
 * response field breaks the web's typecheck where the web reads it.
 */
import type { Client, MethodResponse } from "openapi-fetch";
import type { paths } from "@/lib/api/generated/openapi";

type Method = "get" | "put" | "post" | "delete" | "patch";

/**
 * The JSON body of an operation's answer with `Status` (200 unless given).
 *
 * @example
 * type Product = ApiResponse<"/orgs/{orgId}/products/{productId}", "get">;
 */
export type ApiResponse<
  Path extends keyof paths,
  M extends Method & keyof paths[Path],
  Status extends number = 200,
> = paths[Path][M] extends { responses: { [S in Status]: { content: { "application/json": infer Body } } } }
  ? Body
  : never;

/**
 * The JSON body an operation takes.
 *
 * @example
 * type NewWebhook = ApiRequestBody<"/orgs/{orgId}/webhooks", "post">;
 */
export type ApiRequestBody<
  Path extends keyof paths,
  M extends Method & keyof paths[Path],
> = paths[Path][M] extends {
  requestBody?: { content: { "application/json": infer Body } };
}
  ? Body
  : never;

/**
 * The query parameters an operation takes.
 *
 * @example
 * type LotsQuery = ApiQuery<"/orgs/{orgId}/lots", "get">;
 */
export type ApiQuery<
  Path extends keyof paths,
  M extends Method & keyof paths[Path],
> = paths[Path][M] extends {
  parameters: { query?: infer Query };
}
  ? NonNullable<Query>
  : never;

/** One item of a list operation's answer (a page's `items`, or the array it answers). */
export type ApiItem<Path extends keyof paths> =
  ApiResponse<Path, "get" & keyof paths[Path]> extends infer Body
    ? Body extends { items: (infer Item)[] }
      ? Item
      : Body extends (infer Item)[]
        ? Item
        : never
    : never;

export type Me = ApiResponse<"/auth/me", "get">;
export type Role = Me["memberships"][number]["role"];
export type Product = ApiResponse<"/orgs/{orgId}/products/{productId}", "get">;
export type Lot = ApiResponse<"/orgs/{orgId}/lots/{lotId}", "get">;
/**
 * A location as the typed client (`api`) answers it: openapi-fetch reads the document's [lng, lat]
 * tuples as `number[]` (its `Readable` maps arrays, not tuples), so a plot's positions are arrays here.
 */
export type Location = MethodResponse<Client<paths>, "get", "/orgs/{orgId}/locations/{locationId}">;
/** A GeoJSON position: [longitude, latitude], as a location's plot is sent. */
export type Position = Extract<
  NonNullable<ApiRequestBody<"/orgs/{orgId}/locations", "post">["plot"]>,
  { type: "Point" }
>["coordinates"];
export type Recall = ApiItem<"/orgs/{orgId}/recalls">;
/** `failed`: the anchor transaction reverted for a reason the contract gives (`failureReason`); not retried. */
export type AnchorStatus = Recall["chainStatus"];
export type Member = ApiItem<"/orgs/{orgId}/members">;
export type Invitation = ApiItem<"/orgs/{orgId}/invitations">;
/** What an emailed invitation link offers. */
export type InvitationPreview = ApiResponse<"/invitations/preview", "post">;
export type Attestation = ApiItem<"/orgs/{orgId}/attestations">;
/** A document attached to events of a lot. */
export type LotDocument = ApiItem<"/orgs/{orgId}/lots/{lotId}/documents">;
/** An organisation's visibility defaults. */
export type VisibilitySettings = ApiResponse<"/orgs/{orgId}/visibility", "get">;
/** Who may see an event: everyone, the lot's custody chain and its auditors, or its organisation alone. */
export type EventVisibility = VisibilitySettings["defaultVisibility"];
/** A proof point: a claim about a lot an auditor is asked to attest, with its evidence. */
export type ProofPoint = ApiItem<"/orgs/{orgId}/proof-points">;

/**
 * The EPCIS 2.0 event document the API stores and answers as is (its schema there is any JSON
 * object): the members the dashboard reads.
 */
export type EventDocument = Record<string, unknown> & {
  type?: string;
  action?: string;
  bizStep?: string;
  disposition?: string;
  eventTime?: string;
  eventTimeZoneOffset?: string;
  bizLocation?: { id?: string };
  readPoint?: { id?: string };
  /** Present on an EPCIS error declaration: the event it repeats was recorded in error. */
  errorDeclaration?: {
    declarationTime?: string;
    reason?: string;
    correctiveEventIDs?: string[];
    "tm:reason"?: string;
  };
  /** On an error declaration: the hash of the event it declares erroneous. */
  "tm:declares"?: string;
};

type LotRecordEvent = ApiItem<"/orgs/{orgId}/lots/{lotId}/events">;

/**
 * One event as the organisation's EPCIS query answers it (`GET /orgs/:orgId/events`), or as a lot's
 * record does (`GET /orgs/:orgId/lots/:lotId/events`, with the organisation that recorded it and who may see it).
 */
export type QueriedEvent = Omit<ApiItem<"/orgs/{orgId}/events">, "event"> &
  Partial<Pick<LotRecordEvent, "organization" | "visibility">> & { event: EventDocument };

/** One event with everything the API knows about it. */
export type EventDetail = Omit<ApiResponse<"/orgs/{orgId}/events/{eventId}", "get">, "document"> & {
  document: EventDocument;
};
