import type { Role } from "@tracemark/db";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { acceptCapture } from "../../capture/acceptCapture.ts";
import { captureSingleEvent } from "../../capture/captureSingleEvent.ts";
import { getCapture } from "../../capture/getCapture.ts";
import { listCaptures } from "../../capture/listCaptures.ts";
import type { AppContext } from "../../context.ts";
import {
  CAPTURE_ERROR_BEHAVIOURS,
  EPCIS_BINDING_ROUTE,
  GS1_HEADERS,
  SUPPORTED_VERSION_HEADERS,
} from "../../epcis/binding.ts";
import { isEpcisBindingRequest } from "../../epcis/registerEpcisBinding.ts";
import { ProblemError } from "../../errors/problem.ts";
import { requireOrgRole, requirePrincipal } from "../../plugins/authenticate.ts";
import { rawJsonBodyOf } from "../../plugins/jsonBody.ts";
import { discovered } from "../epcis/responses.ts";
import { orgRoute } from "../orgRoute.ts";
import { orgParams } from "../schemas.ts";

const captureProblem = z.object({
  type: z.string(),
  title: z.string(),
  detail: z.string(),
  /** The refused field, e.g. `epcisBody.eventList[3].bizStep`, and what is wrong with it. */
  field: z.string(),
  message: z.string(),
});
/** The binding's `CaptureJob`, with Tracemark's own fields beside it. */
const captureJob = z.object({
  captureID: z.uuid(),
  running: z.boolean(),
  success: z.boolean(),
  captureErrorBehaviour: z.enum(CAPTURE_ERROR_BEHAVIOURS),
  errors: z.array(captureProblem),
  createdAt: z.date(),
  finishedAt: z.date().optional(),
  id: z.uuid(),
  status: z.enum(["accepted", "processing", "succeeded", "failed"]),
  eventCount: z.number().int(),
  storedCount: z.number().int().nullable(),
  duplicateCount: z.number().int().nullable(),
  /** What became of each element of `epcisHeader.epcisMasterData`: imported, already known or ignored (why). */
  masterData: z.array(
    z.object({
      id: z.string(),
      outcome: z.enum(["imported", "already known", "ignored"]),
      detail: z.string(),
    }),
  ),
});
const captureHeaders = z.object({
  "idempotency-key": z.string().min(1).max(200).optional(),
  "gs1-capture-error-behaviour": z
    .enum(CAPTURE_ERROR_BEHAVIOURS, { message: 'expected "rollback" or "proceed"' })
    .optional(),
});
/**
 * An EPCISDocument (`epcisBody.eventList`) or EPCISQueryDocument (`epcisBody.queryResults.resultsBody.eventList`),
 * checked in outline here and event by event by the capture worker.
 */
const captureBody = z.looseObject({
  "@context": z.unknown(),
  type: z.enum(["EPCISDocument", "EPCISQueryDocument"]),
  epcisBody: z.looseObject({}),
});
const accepted = z.object({
  captureId: z.uuid(),
  status: captureJob.shape.status,
  eventCount: z.number().int(),
});

const captureIdParams = z.object({ captureId: z.uuid() });

/**
 * EPCIS 2.0 capture: `POST /orgs/:orgId/capture`, and the binding's path `POST /capture` for an API
 * key (its organisation is implied; the binding's headers and `epcisException:…` problems); 202 with
 * the capture job to poll.
 */
export function captureRoutes({ db, config, captureAccepted }: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    /** On the binding's paths: the calling API key's capture named by the path (else 404). */
    const keyCapture = (request: FastifyRequest & { params: z.infer<typeof captureIdParams> }) =>
      getCapture(db, {
        organizationId: apiKeyOrganization(request, "viewer"),
        captureId: request.params.captureId,
      });
    const capture = async (
      organizationId: string,
      request: FastifyRequest & { headers: z.infer<typeof captureHeaders> },
      location: (id: string) => string,
    ) => {
      const { capture: row } = await acceptCapture(db, {
        organizationId,
        document: request.body,
        text: rawJsonBodyOf(request),
        idempotencyKey: request.headers["idempotency-key"],
        errorBehaviour: request.headers["gs1-capture-error-behaviour"],
        maxEvents: config.capture.maxEvents,
      });
      captureAccepted?.();
      return {
        location: location(row.id),
        body: { captureId: row.id, status: row.status, eventCount: row.eventCount },
      };
    };
    const common = {
      tags: ["capture"],
      description:
        "With an Idempotency-Key, the same body again (byte for byte) returns the first capture; the same key " +
        "with another body, the same JSON laid out otherwise included, is a 422. Strings may not contain " +
        "\\u0000 or unpaired UTF-16 surrogates (422). GS1-Capture-Error-Behaviour: rollback (default) stores " +
        "every event or none, proceed stores every valid event and lists the others in the capture job's errors.",
      headers: captureHeaders,
      body: captureBody,
      response: { 202: accepted },
    };

    app.post(
      "/orgs/:orgId/capture",
      {
        bodyLimit: config.capture.maxBytes,
        schema: {
          ...common,
          summary:
            "Capture an EPCIS 2.0 document (asynchronous; idempotent by Idempotency-Key and event hash)",
          params: orgParams,
        },
      },
      async (request, reply) => {
        const { orgId } = request.params;
        requireOrgRole(request, orgId, "operator");
        const result = await capture(orgId, request, (id) => `/orgs/${orgId}/capture/${id}`);
        return reply.code(202).header("location", result.location).send(result.body);
      },
    );

    app.post(
      "/capture",
      {
        bodyLimit: config.capture.maxBytes,
        config: EPCIS_BINDING_ROUTE,
        schema: {
          ...common,
          summary: "EPCIS 2.0 standard capture path, for an API key (its organisation)",
        },
      },
      async (request, reply) => {
        const organizationId = apiKeyOrganization(request, "operator");
        const result = await capture(organizationId, request, (id) => `/capture/${id}`);
        return reply.code(202).header("location", result.location).send(result.body);
      },
    );

    app.get(
      "/capture",
      {
        config: EPCIS_BINDING_ROUTE,
        schema: {
          tags: ["capture"],
          summary: "The API key's organisation's capture jobs, newest first (EPCIS 2.0 binding)",
          description:
            "Pages of `perPage` jobs (default 30, at most 500); while more follow, the `Link` header names the " +
            'next page (`rel="next"`) with its `nextPageToken`.',
          querystring: z.object({
            perPage: z.coerce.number().int().min(1).max(500).default(30),
            nextPageToken: z.uuid().optional(),
          }),
          response: { 200: z.array(captureJob) },
        },
      },
      async (request, reply) => {
        const organizationId = apiKeyOrganization(request, "viewer");
        const { perPage, nextPageToken } = request.query;
        const page = await listCaptures(db, { organizationId, perPage, nextPageToken });
        if (page.nextPageToken) {
          const next = new URLSearchParams({ perPage: String(perPage), nextPageToken: page.nextPageToken });
          reply.header("link", `</capture?${next}>; rel="next"`);
        }
        return page.jobs;
      },
    );

    app.post(
      "/events",
      {
        config: EPCIS_BINDING_ROUTE,
        schema: {
          tags: ["capture"],
          summary: "Capture one EPCIS 2.0 event synchronously (EPCIS 2.0 binding, for an API key)",
          description:
            "201 with the event as stored and its URL (`/events/{eventID}`) in `Location`; its `eventID` is the " +
            "sender's, else its event hash. The same event again is a 409.",
          body: z.looseObject({ type: z.string() }),
          response: { 201: z.record(z.string(), z.unknown()) },
        },
      },
      async (request, reply) => {
        const organizationId = apiKeyOrganization(request, "operator");
        const { event, eventID } = await captureSingleEvent(db, { organizationId, event: request.body });
        return reply
          .code(201)
          .header("location", `/events/${encodeURIComponent(eventID)}`)
          .send(event);
      },
    );

    // The binding's 413 names the limits.
    app.addHook("onSend", async (request, reply) => {
      if (reply.statusCode === 413 && isEpcisBindingRequest(request)) {
        reply.header(GS1_HEADERS.captureFileSizeLimit, String(config.capture.maxBytes));
        reply.header(GS1_HEADERS.captureLimit, String(config.capture.maxEvents));
      }
    });

    app.options(
      "/capture",
      {
        config: EPCIS_BINDING_ROUTE,
        schema: {
          tags: ["capture"],
          summary: "What the capture interface supports (EPCIS 2.0 binding discovery, for an API key)",
          description:
            "204 with `Allow`, the EPCIS and CBV versions (min and max), the largest document in bytes " +
            "(`GS1-EPCIS-Capture-File-Size-Limit`) and in events (`GS1-EPCIS-Capture-Limit`), and `GS1-Capture-Error-Behaviour: all` (rollback and proceed).",
          response: { 204: discovered },
        },
      },
      async (request, reply) => {
        apiKeyOrganization(request, "viewer");
        return reply
          .code(204)
          .headers({
            allow: "OPTIONS, POST, GET",
            ...SUPPORTED_VERSION_HEADERS,
            [GS1_HEADERS.captureFileSizeLimit]: String(config.capture.maxBytes),
            [GS1_HEADERS.captureLimit]: String(config.capture.maxEvents),
            [GS1_HEADERS.captureErrorBehaviour]: "all",
          })
          .send(null);
      },
    );

    app.options(
      "/capture/:captureId",
      {
        config: EPCIS_BINDING_ROUTE,
        schema: {
          tags: ["capture"],
          summary: "What a capture job's endpoint supports (EPCIS 2.0 binding discovery, for an API key)",
          params: captureIdParams,
          response: { 204: discovered },
        },
      },
      async (request, reply) => {
        await keyCapture(request);
        return reply
          .code(204)
          .headers({ allow: "OPTIONS, GET", ...SUPPORTED_VERSION_HEADERS })
          .send(null);
      },
    );

    orgRoute(app, {
      method: "GET",
      url: "/orgs/:orgId/capture/:captureId",
      tags: ["capture"],
      summary: "A capture's status, counts and errors",
      params: orgParams.extend({ captureId: z.uuid() }),
      response: captureJob,
      role: "viewer",
      handle: ({ params }) => getCapture(db, { organizationId: params.orgId, captureId: params.captureId }),
    });

    app.get(
      "/capture/:captureId",
      {
        config: EPCIS_BINDING_ROUTE,
        schema: {
          tags: ["capture"],
          summary: "A capture's status, counts and errors (standard path, for an API key)",
          params: captureIdParams,
          response: { 200: captureJob },
        },
      },
      async (request) => keyCapture(request),
    );
  };
}

/**
 * The organisation of the calling API key, once its role there is `minimum` or above; people use the
 * /orgs/:orgId/capture paths.
 */
function apiKeyOrganization(request: Parameters<typeof requirePrincipal>[0], minimum: Role): string {
  const principal = requirePrincipal(request);
  if (principal.kind !== "apiKey") {
    throw new ProblemError(
      403,
      "Forbidden",
      "The binding's /capture and /events paths are for API keys (their organisation is implied); use /orgs/{orgId}/capture.",
    );
  }
  requireOrgRole(request, principal.organizationId, minimum);
  return principal.organizationId;
}
