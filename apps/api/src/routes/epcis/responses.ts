import { z } from "zod";
import { EPCIS_CONTEXT } from "../../epcis/binding.ts";

/**
 * A response of the EPCIS 2.0 query interface: the same body as `application/json` or, when asked,
 * `application/ld+json` (`negotiateEpcis`).
 *
 * @example
 * response: { 200: epcisResponse("The event types", collection) }
 */
export function epcisResponse<T extends z.ZodType>(description: string, schema: T) {
  return {
    description,
    content: { "application/json": { schema }, "application/ld+json": { schema } },
  };
}

/** The binding's answer to a discovery `OPTIONS`: no body, the facts in its headers. */
export const discovered = z.null().describe("Supported: `Allow` and the GS1 version headers say what");

/** A list of a resource's members or sub-resources (the binding's `Collection`). */
export const epcisCollection = z.object({
  "@context": z.string().meta({ examples: [EPCIS_CONTEXT] }),
  type: z.literal("Collection"),
  member: z.array(z.string()).meta({ examples: [["events"]] }),
});

/** An EPCIS 2.0 event as captured (JSON-LD; every field the event has is kept). */
const epcisEvent = z.record(z.string(), z.unknown()).meta({
  examples: [
    {
      type: "ObjectEvent",
      eventID: "ni:///sha-256;4b2f9c0e9b3c5f7d1a8e6c4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f?ver=CBV2.0",
      eventTime: "2026-03-01T08:00:00.000Z",
      eventTimeZoneOffset: "+00:00",
      action: "OBSERVE",
      bizStep: "shipping",
      epcList: ["urn:epc:id:sgtin:4012345.011111.1"], // domain-rule: an example value in the OpenAPI document
    },
  ],
});

/** An EPCISDocument of captured events (as `createEpcisDocument` makes it). */
const context = z.union([z.string(), z.record(z.string(), z.unknown())]);
export const epcisDocument = z.looseObject({
  "@context": z.union([context, z.array(context)]),
  type: z.literal("EPCISDocument"),
  schemaVersion: z.union([z.string(), z.number()]),
  creationDate: z.string(),
  epcisBody: z.looseObject({ eventList: z.array(epcisEvent) }),
});

/** An EPCISQueryDocument (`queryDocument`): one page of a query's events. */
export const epcisQueryDocument = z.object({
  "@context": z.array(z.string()),
  type: z.literal("EPCISQueryDocument"),
  schemaVersion: z.literal("2.0"),
  creationDate: z.iso.datetime(),
  epcisBody: z.object({
    queryResults: z.object({
      queryName: z.string(),
      subscriptionID: z.string().optional(),
      resultsBody: z.object({ eventList: z.array(epcisEvent) }),
    }),
  }),
});

/** A named query: its name and its SimpleEventQuery parameters. */
export const namedQuery = z.object({
  name: z.string(),
  query: z.record(z.string(), z.unknown()).meta({ examples: [{ EQ_bizStep: ["shipping"] }] }),
});
