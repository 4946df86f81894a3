import {
  normalizeGln,
  normalizeSscc,
  parseDigitalLink,
  publicRecordProofsSchema,
  publicRecordWithDisplaySchema,
} from "@tracemark/sdk";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { ProblemError } from "../../errors/problem.ts";
import { getPublicLocation } from "../../publicRecord/getPublicLocation.ts";
import { getPublicLogisticUnit, PUBLIC_UNIT_MAX_ROWS } from "../../publicRecord/getPublicLogisticUnit.ts";
import { getPublicProduct } from "../../publicRecord/getPublicProduct.ts";
import { lotOfSerial } from "../../publicRecord/lotOfSerial.ts";
import { type PublicRecordPart, servePublicRecord } from "../../publicRecord/servePublicRecord.ts";
import { checkField, validateGtin } from "../../services/identifiers/gs1.ts";
import { negotiateEncoding } from "./negotiateEncoding.ts";

/** The SDK's `PublicRecord` without its proofs, plus `display` (names, places and labels; not verifiable). */
export const publicRecordResponse = publicRecordWithDisplaySchema;

const description = `The public record of a lot or serial item by its GS1 Digital Link keys (the GTIN as
8, 12, 13 or 14 digits), no sign-in: the SDK's \`PublicRecord\` that \`verifyRecord\` checks against the
chain (the lot's events across organisations with their anchors, at most 1,000: the owner's latest first, then
its partners' latest, and \`omittedEvents\` counts those left out; attestations; recall state), plus
\`display\` for the consumer page. Without the Merkle proofs and disclosures that only Verify needs:
those are at \`GET /public/01/{gtin}/10/{lot}/proofs\` (\`verifyRecord({ record, proofs })\`). Served from a stored copy while nothing it shows has
changed (a recall shows at once), pre-compressed: brotli or gzip as \`Accept-Encoding\` prefers (406 when it
accepts neither nor identity). Each encoding has its own strong \`ETag\`; \`If-None-Match\` gives 304.
\`Cache-Control: public, max-age=5, stale-while-revalidate=5\`: a CDN may hold it, and a recall reaches
every reader within 10 s.`;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();

/** A product and its owner's lots that have a record. */
export const publicProductResponse = z.object({
  gtin: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  category: z.string().nullable(),
  imageUrls: z.array(z.string()),
  organization: z.object({ name: z.string() }),
  lots: z.array(
    z.object({ lotCode: z.string(), productionDate: day, expiryDate: day, recalled: z.boolean() }),
  ),
});

const place = { name: z.string(), city: z.string().nullable(), country: z.string().nullable() };

/** A logistic unit: who packed it, what it holds, where it went. */
export const publicLogisticUnitResponse = z.object({
  sscc: z.string(),
  packer: z.object({ name: z.string() }),
  contents: z.array(
    z.object({
      id: z.string(),
      lot: z.object({ gtin: z.string(), lotCode: z.string(), productName: z.string() }).nullable(),
    }),
  ),
  journey: z.array(
    z.object({
      type: z.string(),
      action: z.string().nullable(),
      bizStep: z.string().nullable(),
      disposition: z.string().nullable(),
      eventTime: z.string(),
      eventTimeZoneOffset: z.string(),
      organization: z.object({ name: z.string() }),
      location: z.object(place).nullable(),
    }),
  ),
  omitted: z
    .object({ contents: z.number().int().min(0), journey: z.number().int().min(0) })
    .describe(
      `How many contents and journey steps the page leaves out: it lists at most ${PUBLIC_UNIT_MAX_ROWS} of each (the latest steps).`,
    ),
});

/** A location by GLN, as the organisations that registered it describe it publicly. */
export const publicLocationResponse = z.object({
  gln: z.string(),
  vouched: z.boolean(),
  locations: z.array(
    z.object({
      ...place,
      region: z.string().nullable(),
      latitude: z.number().nullable(),
      longitude: z.number().nullable(),
      organization: z.object({ name: z.string() }),
    }),
  ),
});

/**
 * How long a browser or CDN may keep a public record: 5 s fresh, then 5 s more served while it
 * revalidates (`If-None-Match`, mostly a 304). A recall or a new event reaches every reader within
 * 10 s without a purge, and a CDN asks the API about a lot at most about once per 5 s.
 */
const RECORD_CACHE_CONTROL = "public, max-age=5, stale-while-revalidate=5";

/** `GET /public/01/:gtin/10/:lot[/21/:serial]`: what a consumer sees after scanning the QR code. */
export function publicRoutes({ db, chain }: AppContext): FastifyPluginAsyncZod {
  let chainId: Promise<number> | undefined;
  const currentChainId = () => {
    if (chain.chain?.id) return Promise.resolve(chain.chain.id);
    chainId ??= chain.getChainId().catch((error: unknown) => {
      chainId = undefined;
      throw new ProblemError(
        503,
        "Service Unavailable",
        "The chain node does not answer; try again shortly.",
        {
          cause: error,
        },
      );
    });
    return chainId;
  };

  return async (app) => {
    const handler = async (
      params: { gtin: string; lot: string; serial?: string | undefined; part?: PublicRecordPart },
      {
        "if-none-match": ifNoneMatch,
        "accept-encoding": acceptEncoding,
      }: import("fastify").FastifyRequest["headers"],
      reply: import("fastify").FastifyReply,
    ) => {
      const path = `/01/${encodeURIComponent(params.gtin)}/10/${encodeURIComponent(params.lot)}${
        params.serial === undefined ? "" : `/21/${encodeURIComponent(params.serial)}`
      }`;
      const keys = checkField("path", () => parseDigitalLink(path));
      const served = await servePublicRecord(db, {
        gtin: keys.gtin,
        lot: keys.lot ?? params.lot,
        serial: keys.serial,
        chainId: await currentChainId(),
        // Checked against the response schema once, when built; later reads send the stored text.
        render: (record) => JSON.stringify(publicRecordResponse.parse(record)),
        encoding: negotiateEncoding(acceptEncoding),
        ifNoneMatch,
        part: params.part,
      });
      reply.header("cache-control", RECORD_CACHE_CONTROL);
      reply.header("vary", "accept-encoding");
      reply.header("etag", served.etag);
      if (served.notModified) return reply.code(304).send();
      if (served.encoding !== "identity") reply.header("content-encoding", served.encoding);
      return reply.type("application/json; charset=utf-8").send(served.body);
    };
    const segment = z.string().min(1).max(80);
    const schema = (params: z.ZodObject) => ({
      tags: ["public"],
      summary: "A product's public record",
      description,
      params,
      response: { 200: publicRecordResponse, 304: z.null().describe("Not modified") },
    });

    app.get(
      "/public/01/:gtin/10/:lot",
      { schema: schema(z.object({ gtin: segment, lot: segment })) },
      async (request, reply) =>
        handler(request.params as { gtin: string; lot: string }, request.headers, reply),
    );
    app.get(
      "/public/01/:gtin/10/:lot/proofs",
      {
        schema: {
          tags: ["public"],
          summary: "The Merkle proofs and disclosures of a lot's public record",
          description: `What only Verify needs of a lot's public record, which is served without it, no sign-in:
the SDK's \`PublicRecordProofs\` (per anchored leaf, its Merkle proof and a version-2 event's disclosure),
for \`verifyRecord({ record, proofs })\`. The same for the lot and its serial items. Built and stored with
the record, pre-compressed, with its own strong \`ETag\` per encoding (\`If-None-Match\` gives 304) and
the record's \`Cache-Control\`.`,
          params: z.object({ gtin: segment, lot: segment }),
          response: { 200: publicRecordProofsSchema, 304: z.null().describe("Not modified") },
        },
      },
      async (request, reply) => handler({ ...request.params, part: "proofs" }, request.headers, reply),
    );
    /**
     * A public page of one thing named by its key in the path (`/public/01/:gtin`), no sign-in: the key
     * checked by `parse` (a 400 naming it), then `read`, cached briefly by anyone.
     */
    const publicPage = <Key extends string, Response extends z.ZodType>(page: {
      url: string;
      key: Key;
      summary: string;
      description: string;
      response: Response;
      parse: (value: string) => string;
      read: (key: string) => Promise<z.input<Response>>;
    }) =>
      app.get(
        page.url,
        {
          schema: {
            tags: ["public"],
            summary: page.summary,
            description: page.description,
            params: z.object({ [page.key]: segment }),
            response: { 200: page.response as z.ZodType },
          },
        },
        async (request, reply) => {
          const key = page.parse((request.params as Record<Key, string>)[page.key]);
          reply.header("cache-control", "public, max-age=5, must-revalidate");
          return page.read(key);
        },
      );
    publicPage({
      url: "/public/01/:gtin",
      key: "gtin",
      summary: "A product's public page",
      description:
        "A product by its GTIN (8, 12, 13 or 14 digits), no sign-in: its name, owner and the owner's lots that have a record (at least one event), newest first, at most 100.",
      response: publicProductResponse,
      parse: (gtin) => validateGtin(gtin, "gtin"),
      read: (gtin) => getPublicProduct(db, { gtin }),
    });
    app.get(
      "/public/01/:gtin/21/:serial",
      {
        schema: {
          ...schema(z.object({ gtin: segment, serial: segment })),
          summary: "A serial item's public record, without its lot",
          description: `${description}\n\nThe serial item is found by GTIN and serial alone; the record is its lot's.`,
        },
      },
      async (request, reply) => {
        const params = request.params as { gtin: string; serial: string };
        const keys = checkField("path", () =>
          parseDigitalLink(`/01/${encodeURIComponent(params.gtin)}/21/${encodeURIComponent(params.serial)}`),
        );
        const serial = keys.serial ?? params.serial;
        const lot = await lotOfSerial(db, { gtin: keys.gtin, serial });
        return handler({ gtin: keys.gtin, lot, serial }, request.headers, reply);
      },
    );
    publicPage({
      url: "/public/00/:sscc",
      key: "sscc",
      summary: "A logistic unit's public page",
      description:
        "A logistic unit by its SSCC, no sign-in: its packer (the organisation that recorded the first event naming it), its contents, and its journey (the packer's events and those of organisations it shipped the contents to).",
      response: publicLogisticUnitResponse,
      parse: (sscc) => checkField("sscc", () => normalizeSscc(sscc)),
      read: (sscc) => getPublicLogisticUnit(db, { sscc }),
    });
    publicPage({
      url: "/public/414/:gln",
      key: "gln",
      summary: "A location's public page",
      description:
        "A location by its GLN, no sign-in: name, city, region, country and coordinates (never street or postal code) as registered, with the registering organisation's name.",
      response: publicLocationResponse,
      parse: (gln) => checkField("gln", () => normalizeGln(gln)),
      read: (gln) => getPublicLocation(db, { gln }),
    });
    app.get(
      "/public/01/:gtin/10/:lot/21/:serial",
      { schema: schema(z.object({ gtin: segment, lot: segment, serial: segment })) },
      async (request, reply) =>
        handler(request.params as { gtin: string; lot: string; serial: string }, request.headers, reply),
    );
  };
}
