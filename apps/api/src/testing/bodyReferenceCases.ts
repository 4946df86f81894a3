import { captureEvent } from "../capture/captureEvent.ts";
import { uploadDocument } from "../services/documents/uploadDocument.ts";
import { lotClassUri, serialUri } from "../services/identifiers/epcisIdentifiers.ts";
import type { Actors } from "./actors.ts";
import type { TestApp } from "./buildTestApp.ts";
import { createLot, epcisDocumentOf, observation, uniqueEventTime } from "./captureFixtures.ts";
import { eventOfA, shippedTransfer } from "./captureTenancyCases.ts";
import { importBodyReferenceCases } from "./importTenancyCases.ts";
import { testAuditor } from "./masterDataFixtures.ts";

/** Objects of organisation B that organisation A's requests name inside their bodies. */
export type ForeignObjects = {
  lotId: string;
  gtin: string;
  lotCode: string;
  /** The lot as an EPC class and one of its serial items as an EPC (Digital Link). */
  lotClass: string;
  serialEpc: string;
  locationId: string;
  productId: string;
  documentSha256: string;
  memberUserId: string;
};

/** A fresh lot (with a serial), location and document of organisation B. */
export async function foreignObjects(t: TestApp, a: Actors): Promise<ForeignObjects> {
  const { lot, product, gtin, lotCode } = await createLot(t, a.orgB.id);
  const serial = `S${lotCode}`;
  await t.db.prisma.serialItem.create({
    data: { organizationId: a.orgB.id, productId: product.id, lotId: lot.id, serial },
  });
  const location = await t.db.prisma.location.create({
    data: { organizationId: a.orgB.id, name: "B's site" },
  });
  const { document } = await uploadDocument(t.db, {
    organizationId: a.orgB.id,
    content: Buffer.from(crypto.randomUUID()),
    contentType: "text/plain",
  });
  return {
    lotId: lot.id,
    gtin,
    lotCode,
    lotClass: lotClassUri(gtin, lotCode),
    serialEpc: serialUri(gtin, serial),
    locationId: location.id,
    productId: product.id,
    documentSha256: document.sha256,
    memberUserId: a.orgB.users.viewer.userId,
  };
}

/**
 * A request of organisation A (as its admin, allowed to make it) whose body names an object of
 * organisation B. It must be refused with `status` (any of), as problem+json naming `names`, and
 * leave every table of `tables` as it was. A capture (`capture`) is accepted (202) and then fails
 * when processed, with an error naming `names`, storing nothing.
 */
export type BodyReferenceCase = {
  name: string;
  status: number[];
  capture?: boolean;
  /** An import (`POST /orgs/:orgId/imports`): accepted (202), then the job fails with a problem naming `names`. */
  importJob?: boolean;
  setup: (
    t: TestApp,
    a: Actors,
    b: ForeignObjects,
  ) => Promise<{ method: "GET" | "POST" | "PATCH" | "PUT"; url: string; body?: unknown; names: string }>;
};

/** What an event write may change: nothing of it may remain when it is refused. */
export const EVENT_TABLES = ["event", "eventIdentifier", "eventDocument", "custodyTransfer", "outboxItem"];

const ownLot = async (t: TestApp, a: Actors) => (await createLot(t, a.orgA.id)).lot;
/** A's request for an "organic" proof point on `lotId` by the test auditor, with one piece of `evidence`. */
const proofPointOfA = async (
  t: TestApp,
  a: Actors,
  lotId: string,
  evidence: { sha256: string; public?: boolean },
) => ({
  method: "POST" as const,
  url: `/orgs/${a.orgA.id}/proof-points`,
  body: { lotId, auditorId: (await testAuditor(t)).id, claim: "organic", evidence: [evidence] },
});
const jsonEvent = (a: Actors, body: Record<string, unknown>) => ({
  method: "POST" as const,
  url: `/orgs/${a.orgA.id}/events`,
  body: { type: "object", action: "OBSERVE", eventTime: uniqueEventTime(), ...body },
});
const capture = (a: Actors, event: Record<string, unknown>, namespaces?: Record<string, string>) => ({
  method: "POST" as const,
  url: `/orgs/${a.orgA.id}/capture`,
  body: epcisDocumentOf(
    [observation({ epcList: ["urn:epc:id:sscc:4012345.0000000222"] }), event],
    namespaces,
  ),
});
const aggregation = (fields: Record<string, unknown>) => ({
  type: "AggregationEvent",
  action: "ADD",
  eventTime: uniqueEventTime(),
  eventTimeZoneOffset: "+00:00",
  ...fields,
});
const transformation = (fields: Record<string, unknown>) => ({
  type: "TransformationEvent",
  eventTime: uniqueEventTime(),
  eventTimeZoneOffset: "+00:00",
  ...fields,
});

/** A request under A's organisation naming an object of B by its id in the path (`route`): a 404. */
const underA = (route: string, path: (b: ForeignObjects) => string, body?: unknown): BodyReferenceCase => {
  const method = route.split(" ")[0] as "GET" | "POST" | "PATCH";
  return {
    name: `${route}: B's id`,
    status: [404],
    setup: async (_t, a, b) => ({ method, url: `/orgs/${a.orgA.id}${path(b)}`, body, names: "Not Found" }),
  };
};

/** Every place inside a body or EPCIS document where another organisation's object can be named. */
export const bodyReferenceCases: BodyReferenceCase[] = [
  // ── the JSON events route: the event's fields (`own()` makes a lot of A) and what the refusal names ──
  ...(
    [
      ["epcs naming B's serial item", async (b) => ({ epcs: [b.serialEpc] }), (b) => b.serialEpc],
      [
        "lot by GTIN + lot code of B's lot",
        async (b) => ({ lot: { gtin: b.gtin, lotCode: b.lotCode } }),
        () => "another organisation",
      ],
      ["lot by B's lot id", async (b) => ({ lot: { id: b.lotId } }), () => "body.lot.id"],
      [
        "parent naming B's serial item",
        async (b, own) => ({
          type: "aggregation",
          action: "ADD",
          parent: b.serialEpc,
          lot: { id: await own() },
        }),
        (b) => b.serialEpc,
      ],
      [
        "aggregation children (epcs) naming B's serial item",
        async (b) => ({
          type: "aggregation",
          action: "ADD",
          parent: "urn:epc:id:sscc:4012345.0000000333",
          epcs: [b.serialEpc],
        }),
        (b) => b.serialEpc,
      ],
      [
        "transformation input of B's lot",
        async (b, own) => ({
          type: "transformation",
          action: undefined,
          inputs: [{ lot: { gtin: b.gtin, lotCode: b.lotCode } }],
          outputs: [{ lot: { id: await own() } }],
        }),
        () => "inputs[0].lot",
      ],
      [
        "transformation output epcs naming B's serial item",
        async (b, own) => ({
          type: "transformation",
          action: undefined,
          inputs: [{ lot: { id: await own() } }],
          outputs: [{ epcs: [b.serialEpc] }],
        }),
        (b) => b.serialEpc,
      ],
      [
        "transformation output as a new lot of B's product",
        async (b, own) => ({
          type: "transformation",
          action: undefined,
          inputs: [{ lot: { id: await own() } }],
          outputs: [{ newLot: { productId: b.productId, lotCode: "MADE-BY-A" } }],
        }),
        () => "body.outputs[0].newLot.productId",
      ],
      [
        "aggregation children naming B's lot",
        async (b) => ({
          type: "aggregation",
          action: "ADD",
          parent: "urn:epc:id:sscc:4012345.0000000444",
          children: [{ lot: { gtin: b.gtin, lotCode: b.lotCode } }],
        }),
        () => "another organisation",
      ],
      [
        "bizLocation by B's location id",
        async (b, own) => ({ lot: { id: await own() }, bizLocation: { locationId: b.locationId } }),
        () => "body.bizLocation.locationId",
      ],
      [
        "readPoint by B's location id",
        async (b, own) => ({ lot: { id: await own() }, readPoint: { locationId: b.locationId } }),
        () => "body.readPoint.locationId",
      ],
      [
        "source at B's location id",
        async (b, own) => ({
          lot: { id: await own() },
          sources: [{ type: "location", locationId: b.locationId }],
        }),
        () => "body.sources[0].locationId",
      ],
      [
        "documents naming B's document",
        async (b, own) => ({ lot: { id: await own() }, documents: [b.documentSha256] }),
        () => "body.documents[0]",
      ],
    ] as const satisfies readonly [
      string,
      (b: ForeignObjects, own: () => Promise<string>) => Promise<Record<string, unknown>>,
      (b: ForeignObjects) => string,
    ][]
  ).map(
    ([what, fields, names]): BodyReferenceCase => ({
      name: `POST /orgs/:orgId/events: ${what}`,
      status: [422],
      setup: async (t, a, b) => ({
        ...jsonEvent(a, await fields(b, async () => (await ownLot(t, a)).id)),
        names: names(b),
      }),
    }),
  ),
  // ── EPCIS capture: every identifier role, locations, documents ──
  ...(
    [
      ["epcList", (b: ForeignObjects) => observation({ epcList: [b.serialEpc] })],
      [
        "quantityList",
        (b: ForeignObjects) => observation({ quantityList: [{ epcClass: b.lotClass, quantity: 1 }] }),
      ],
      [
        "parentID",
        (b: ForeignObjects) =>
          aggregation({ parentID: b.serialEpc, childEPCs: ["urn:epc:id:sscc:4012345.0000000444"] }),
      ],
      [
        "childEPCs",
        (b: ForeignObjects) =>
          aggregation({ parentID: "urn:epc:id:sscc:4012345.0000000555", childEPCs: [b.serialEpc] }),
      ],
      [
        "childQuantityList",
        (b: ForeignObjects) =>
          aggregation({
            parentID: "urn:epc:id:sscc:4012345.0000000666",
            childQuantityList: [{ epcClass: b.lotClass, quantity: 2 }],
          }),
      ],
      [
        "inputEPCList",
        (b: ForeignObjects) =>
          transformation({
            inputEPCList: [b.serialEpc],
            outputEPCList: ["urn:epc:id:sscc:4012345.0000000777"],
          }),
      ],
      [
        "inputQuantityList",
        (b: ForeignObjects) =>
          transformation({
            inputQuantityList: [{ epcClass: b.lotClass, quantity: 2 }],
            outputEPCList: ["urn:epc:id:sscc:4012345.0000000888"],
          }),
      ],
      [
        "outputEPCList",
        (b: ForeignObjects) =>
          transformation({
            inputEPCList: ["urn:epc:id:sscc:4012345.0000000999"],
            outputEPCList: [b.serialEpc],
          }),
      ],
      [
        "outputQuantityList",
        (b: ForeignObjects) =>
          transformation({
            inputEPCList: ["urn:epc:id:sscc:4012345.0000001000"],
            outputQuantityList: [{ epcClass: b.lotClass, quantity: 2 }],
          }),
      ],
    ] as const
  ).map(
    ([field, event]): BodyReferenceCase => ({
      name: `POST /orgs/:orgId/capture: ${field} naming B's ${field.includes("Quantity") || field === "quantityList" ? "lot" : "serial item"}`,
      status: [202],
      capture: true,
      setup: async (_t, a, b) => ({
        ...capture(a, event(b)),
        names: `epcisBody.eventList[1].${field}`,
      }),
    }),
  ),
  // Each field that can name a location, the SSCC its event observes, and how the field spells a location.
  ...(
    [
      ["sourceList", "1220", (uri: string) => [{ type: "location", source: uri }]],
      ["destinationList", "1221", (uri: string) => [{ type: "location", destination: uri }]],
      ["bizLocation", "1110", (uri: string) => ({ id: uri })],
      ["readPoint", "1111", (uri: string) => ({ id: uri })],
    ] as const
  ).map(
    ([field, sscc, naming]): BodyReferenceCase => ({
      name: `POST /orgs/:orgId/capture: ${field} naming B's location by id`,
      status: [202],
      capture: true,
      setup: async (_t, a, b) => {
        const value = naming(`urn:tracemark:location:${b.locationId}`);
        return {
          ...capture(a, observation({ epcList: [`urn:epc:id:sscc:4012345.000000${sscc}`], [field]: value })),
          names: `epcisBody.eventList[1].${field}${Array.isArray(value) ? "[0]" : ""}`,
        };
      },
    }),
  ),
  {
    name: "POST /orgs/:orgId/capture: tm:documents naming B's document",
    status: [202],
    capture: true,
    setup: async (_t, a, b) => ({
      ...capture(
        a,
        observation({ epcList: ["urn:epc:id:sscc:4012345.0000001333"], "tm:documents": [b.documentSha256] }),
        { tm: "https://tracemark.dev/ns/epcis/" },
      ),
      names: "epcisBody.eventList[1].tm:documents",
    }),
  },
  {
    name: "POST /orgs/:orgId/events/:eventId/corrections: the corrective event naming B's serial item",
    status: [422],
    setup: async (t, a, b) => {
      const event = await eventOfA(t, a);
      return {
        method: "POST",
        url: `/orgs/${a.orgA.id}/events/${event.id}/corrections`,
        body: {
          errorReason: "incorrect_data",
          reason: "wrong item",
          event: { type: "object", action: "OBSERVE", eventTime: uniqueEventTime(), epcs: [b.serialEpc] },
        },
        names: "body.event.epcs",
      };
    },
  },
  // ── ids inside the bodies of the other routes ──
  underA("GET /orgs/:orgId/lots/:lotId", (b) => `/lots/${b.lotId}`),
  underA("PATCH /orgs/:orgId/lots/:lotId", (b) => `/lots/${b.lotId}`, { unit: "KGM" }),
  underA("GET /orgs/:orgId/lots/:lotId/events", (b) => `/lots/${b.lotId}/events`),
  underA("GET /orgs/:orgId/lots/:lotId/documents", (b) => `/lots/${b.lotId}/documents`),
  underA("GET /orgs/:orgId/lots/:lotId/plots", (b) => `/lots/${b.lotId}/plots`),
  underA("POST /orgs/:orgId/lots/:lotId/serials", (b) => `/lots/${b.lotId}/serials`, { serials: ["X"] }),
  underA("GET /orgs/:orgId/lots/:lotId/trace", (b) => `/lots/${b.lotId}/trace`),
  underA("PATCH /orgs/:orgId/products/:productId", (b) => `/products/${b.productId}`, { name: "Mine now" }),
  underA("PATCH /orgs/:orgId/locations/:locationId", (b) => `/locations/${b.locationId}`, {
    city: "Elsewhere",
  }),
  underA("GET /orgs/:orgId/documents/:sha256", (b) => `/documents/${b.documentSha256}`),
  {
    name: "PUT /orgs/:orgId/members/:userId: a member of B",
    status: [404],
    setup: async (_t, a, b) => ({
      method: "PUT",
      url: `/orgs/${a.orgA.id}/members/${b.memberUserId}`,
      body: { role: "admin" },
      names: "No such member",
    }),
  },
  {
    name: "POST /orgs/:orgId/transfers/:transferId/receive: a transfer addressed to B",
    status: [404],
    setup: async (t, a) => {
      const transfer = await shippedTransfer(t, a.orgA.id, a.orgB.id);
      return {
        method: "POST",
        url: `/orgs/${a.orgA.id}/transfers/${transfer.id}/receive`,
        body: {},
        names: "No transfer to this organisation",
      };
    },
  },
  {
    name: "POST /orgs/:orgId/recalls: lotId of B's lot",
    status: [404, 422],
    setup: async (_t, a, b) => ({
      method: "POST",
      url: `/orgs/${a.orgA.id}/recalls`,
      body: { lotId: b.lotId, reason: "not mine" },
      names: "lot",
    }),
  },
  {
    name: "POST /orgs/:orgId/audit-requests: lotId of B's lot",
    status: [404, 422],
    setup: async (t, a, b) => ({
      method: "POST",
      url: `/orgs/${a.orgA.id}/audit-requests`,
      body: { auditorId: (await testAuditor(t)).id, lotId: b.lotId },
      names: "lot",
    }),
  },
  {
    name: "POST /orgs/:orgId/products/:productId/lots: B's product",
    status: [404, 422],
    setup: async (_t, a, b) => ({
      method: "POST",
      url: `/orgs/${a.orgA.id}/products/${b.productId}/lots`,
      body: { lotCode: "STOLEN" },
      names: "product",
    }),
  },
  {
    name: "POST /orgs/:orgId/transfers/:transferId/receive: documents naming B's document",
    status: [422],
    setup: async (t, a, b) => {
      const transfer = await shippedTransfer(t, a.orgB.id, a.orgA.id);
      return {
        method: "POST",
        url: `/orgs/${a.orgA.id}/transfers/${transfer.id}/receive`,
        body: { documents: [b.documentSha256], bizLocation: { locationId: b.locationId } },
        names: "body.documents[0]",
      };
    },
  },
  {
    name: "POST /orgs/:orgId/proof-points: lotId of B's lot",
    status: [404],
    setup: async (t, a, b) => ({
      ...(await proofPointOfA(t, a, b.lotId, { sha256: b.documentSha256 })),
      names: "lot",
    }),
  },
  {
    name: "POST /orgs/:orgId/proof-points: evidence naming B's document",
    status: [422],
    setup: async (t, a, b) => ({
      ...(await proofPointOfA(t, a, (await ownLot(t, a)).id, { sha256: b.documentSha256, public: true })),
      names: "body.evidence.0.sha256",
    }),
  },
  // ── B's lot shipped to A: A sees it, but the owner's acts on it are refused with 403 ──
  ...(
    [
      ["PATCH /orgs/:orgId/lots/:lotId", "PATCH", (b) => `/lots/${b.lotId}`, () => ({ unit: "KGM" })],
      [
        "POST /orgs/:orgId/lots/:lotId/serials",
        "POST",
        (b) => `/lots/${b.lotId}/serials`,
        () => ({ serials: ["X"] }),
      ],
      [
        "POST /orgs/:orgId/recalls",
        "POST",
        () => "/recalls",
        (b) => ({ lotId: b.lotId, reason: "not mine" }),
      ],
      [
        "POST /orgs/:orgId/audit-requests",
        "POST",
        () => "/audit-requests",
        (b, auditorId) => ({ lotId: b.lotId, auditorId }),
      ],
      [
        "POST /orgs/:orgId/proof-points",
        "POST",
        () => "/proof-points",
        (b, auditorId) => ({
          lotId: b.lotId,
          auditorId,
          claim: "organic",
          evidence: [{ sha256: b.documentSha256 }],
        }),
      ],
    ] as const satisfies readonly [
      string,
      "PATCH" | "POST",
      (b: ForeignObjects) => string,
      (b: ForeignObjects, auditorId: string) => unknown,
    ][]
  ).map(
    ([route, method, path, body]): BodyReferenceCase => ({
      name: `${route}: B's lot shipped to A`,
      status: [403],
      setup: async (t, a, b) => {
        await captureEvent(t.db, {
          organizationId: a.orgB.id,
          input: {
            type: "object",
            action: "OBSERVE",
            bizStep: "shipping",
            eventTime: uniqueEventTime(),
            lot: { id: b.lotId },
            destinations: [{ type: "owning_party", organizationId: a.orgA.id }],
          },
        });
        return {
          method,
          url: `/orgs/${a.orgA.id}${path(b)}`,
          body: body(b, (await testAuditor(t)).id),
          names: "only its owner",
        };
      },
    }),
  ),
  ...importBodyReferenceCases,
];
