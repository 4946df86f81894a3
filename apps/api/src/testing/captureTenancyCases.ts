import { captureEvent } from "../capture/captureEvent.ts";
import { uploadDocument } from "../services/documents/uploadDocument.ts";
import type { Actors } from "./actors.ts";
import type { TestApp } from "./buildTestApp.ts";
import { createLot, epcisDocumentOf, observation, uniqueEventTime } from "./captureFixtures.ts";
import type { TenancyCase } from "./tenancyCases.ts";

/** An event of organisation A, new on every call. */
export async function eventOfA(t: TestApp, a: Actors) {
  const { lot } = await createLot(t, a.orgA.id);
  const { event } = await captureEvent(t.db, {
    organizationId: a.orgA.id,
    input: { type: "object", action: "OBSERVE", eventTime: uniqueEventTime(), lot: { id: lot.id } },
  });
  return event;
}

/** Organisation `from` ships one of its lots to `to`: the pending transfer, new on every call. */
export async function shippedTransfer(t: TestApp, from: string, to: string) {
  const { lot } = await createLot(t, from);
  await captureEvent(t.db, {
    organizationId: from,
    input: {
      type: "object",
      action: "OBSERVE",
      bizStep: "shipping",
      eventTime: uniqueEventTime(),
      lot: { id: lot.id },
      destinations: [{ type: "owning_party", organizationId: to }],
    },
  });
  return t.db.prisma.custodyTransfer.findFirstOrThrow({ where: { lotId: lot.id } });
}

const epcisDocument = () =>
  epcisDocumentOf([observation({ epcList: ["urn:epc:id:sscc:4012345.0000000111"] })]);

/** The tenancy matrix cases of the event write side: events, capture, documents, transfers. */
export const captureTenancyCases: TenancyCase[] = [
  {
    name: "POST /orgs/:orgId/events",
    minRole: "operator",
    apiKeys: true,
    okStatus: 201,
    table: "event",
    setup: async (t, a) => {
      const { lot } = await createLot(t, a.orgA.id);
      return {
        method: "POST",
        url: `/orgs/${a.orgA.id}/events`,
        body: { type: "object", action: "OBSERVE", eventTime: uniqueEventTime(), lot: { id: lot.id } },
      };
    },
  },
  {
    name: "GET /orgs/:orgId/events/:eventId",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/events/${(await eventOfA(t, a)).id}` }),
  },
  {
    name: "POST /orgs/:orgId/events/:eventId/corrections",
    minRole: "operator",
    apiKeys: true,
    okStatus: 201,
    table: "event",
    setup: async (t, a) => ({
      method: "POST",
      url: `/orgs/${a.orgA.id}/events/${(await eventOfA(t, a)).id}/corrections`,
      body: { errorReason: "did_not_occur", reason: "test" },
    }),
  },
  {
    name: "PUT /orgs/:orgId/events/:eventId/visibility",
    minRole: "operator",
    apiKeys: true,
    okStatus: 200,
    table: "eventVisibilityChange",
    setup: async (t, a) => ({
      method: "PUT",
      url: `/orgs/${a.orgA.id}/events/${(await eventOfA(t, a)).id}/visibility`,
      body: { visibility: "private" },
    }),
  },
  {
    name: "POST /orgs/:orgId/capture",
    minRole: "operator",
    apiKeys: true,
    okStatus: 202,
    table: "capture",
    setup: async (_t, a) => ({ method: "POST", url: `/orgs/${a.orgA.id}/capture`, body: epcisDocument() }),
  },
  {
    name: "GET /orgs/:orgId/capture/:captureId",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (t, a) => {
      const capture = await t.db.prisma.capture.create({
        data: { organizationId: a.orgA.id, requestHash: "tenancy", eventCount: 1, status: "failed" },
      });
      return { method: "GET", url: `/orgs/${a.orgA.id}/capture/${capture.id}` };
    },
  },
  {
    name: "POST /orgs/:orgId/documents",
    minRole: "operator",
    apiKeys: true,
    okStatus: 201,
    table: "document",
    setup: async (_t, a) => ({
      method: "POST",
      url: `/orgs/${a.orgA.id}/documents`,
      body: { document: crypto.randomUUID() },
    }),
  },
  {
    name: "GET /orgs/:orgId/documents/:sha256",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (t, a) => {
      const { document } = await uploadDocument(t.db, {
        organizationId: a.orgA.id,
        content: Buffer.from(crypto.randomUUID()),
        contentType: "text/plain",
      });
      return { method: "GET", url: `/orgs/${a.orgA.id}/documents/${document.sha256}` };
    },
  },
  {
    name: "GET /orgs/:orgId/transfers",
    minRole: "viewer",
    apiKeys: true,
    okStatus: 200,
    setup: async (_t, a) => ({ method: "GET", url: `/orgs/${a.orgA.id}/transfers?direction=incoming` }),
  },
  {
    name: "POST /orgs/:orgId/transfers/:transferId/receive",
    minRole: "operator",
    apiKeys: true,
    okStatus: 201,
    table: "event",
    setup: async (t, a) => {
      const transfer = await shippedTransfer(t, a.orgB.id, a.orgA.id);
      return { method: "POST", url: `/orgs/${a.orgA.id}/transfers/${transfer.id}/receive`, body: {} };
    },
  },
];
