import type { Role } from "@tracemark/db";
import { tracemarkContextUrl } from "@tracemark/sdk";
import type { FastifyReply, FastifyRequest } from "fastify";
import { ProblemError } from "../errors/problem.ts";
import { type Principal, roleAtLeast } from "../services/auth/principal.ts";

/**
 * What the EPCIS 2.0 REST binding (GS1's `REST Bindings/openapi.yaml`, vendored in
 * `src/epcis/fixtures/`) fixes for every endpoint: its header names, the versions Tracemark speaks,
 * and its problem types (`epcisException:…`).
 */

/** The EPCIS and CBV versions Tracemark implements (the binding's `version` pattern `^\d+(\.\d+)*$`). */
export const EPCIS_VERSION = "2.0.0";
export const CBV_VERSION = "2.0.0";

/** The binding's header names (`components/headers` and `components/parameters`). */
export const GS1_HEADERS = {
  epcisVersion: "GS1-EPCIS-Version",
  epcisMin: "GS1-EPCIS-Min",
  epcisMax: "GS1-EPCIS-Max",
  cbvVersion: "GS1-CBV-Version",
  cbvMin: "GS1-CBV-Min",
  cbvMax: "GS1-CBV-Max",
  extensions: "GS1-Extensions",
  captureErrorBehaviour: "GS1-Capture-Error-Behaviour",
  captureLimit: "GS1-EPCIS-Capture-Limit",
  captureFileSizeLimit: "GS1-EPCIS-Capture-File-Size-Limit",
} as const;

/** The versions Tracemark speaks, as the binding's discovery headers (`GS1-EPCIS-Min/Max`, `GS1-CBV-Min/Max`) state them. */
export const SUPPORTED_VERSION_HEADERS = {
  [GS1_HEADERS.epcisMin]: EPCIS_VERSION,
  [GS1_HEADERS.epcisMax]: EPCIS_VERSION,
  [GS1_HEADERS.cbvMin]: CBV_VERSION,
  [GS1_HEADERS.cbvMax]: CBV_VERSION,
} as const;

/** `GS1-Capture-Error-Behaviour` values a client may send (`all` is only the server's announcement). */
export const CAPTURE_ERROR_BEHAVIOURS = ["rollback", "proceed"] as const;
export type CaptureErrorBehaviour = (typeof CAPTURE_ERROR_BEHAVIOURS)[number];

/** Route `config` marking an endpoint of the binding: its headers, version checks and problem types apply. */
export const EPCIS_BINDING_ROUTE = { epcisBinding: true } as const;

/** The standard context of EPCIS 2.0 JSON-LD documents. */
export const EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

/** The binding's problem `type`s (its responses' `epcisException:…` enums). */
export const EPCIS_EXCEPTIONS = {
  queryParameter: "epcisException:QueryParameterException",
  queryValidation: "epcisException:QueryValidationException",
  validation: "epcisException:ValidationException",
  security: "epcisException:SecurityException",
  noSuchName: "epcisException:NoSuchNameException",
  notAcceptable: "epcisException:NotAcceptableException",
  resourceAlreadyExists: "epcisException:ResourceAlreadyExistsException",
  queryTooLarge: "epcisException:QueryTooLargeException",
  subscriptionControls: "epcisException:SubscriptionControlsException",
  unsupportedMediaType: "epcisException:UnsupportedMediaTypeException",
  captureLimitExceeded: "epcisException:CaptureLimitExceededException",
  implementation: "epcisException:ImplementationException",
} as const;

export type EpcisException = keyof typeof EPCIS_EXCEPTIONS;

/**
 * The binding's problem type for each HTTP status it documents (the `enum` of `type` in each
 * `components/responses` schema; for 404 the schema's `NoSuchNameException`, not its example's
 * `NoSuchResourceException`). Other statuses have none.
 */
export const EPCIS_PROBLEM_TYPES: Readonly<Record<number, string>> = {
  400: EPCIS_EXCEPTIONS.validation,
  401: EPCIS_EXCEPTIONS.security,
  403: EPCIS_EXCEPTIONS.security,
  404: EPCIS_EXCEPTIONS.noSuchName,
  406: EPCIS_EXCEPTIONS.notAcceptable,
  409: EPCIS_EXCEPTIONS.resourceAlreadyExists,
  413: EPCIS_EXCEPTIONS.captureLimitExceeded,
  415: EPCIS_EXCEPTIONS.unsupportedMediaType,
  500: EPCIS_EXCEPTIONS.implementation,
  501: EPCIS_EXCEPTIONS.implementation,
};

/**
 * A problem+json error carrying the binding's exception type: for the binding's own pieces (its
 * routes, guards and parameter readers), which answer in its statuses.
 *
 * @example
 * throw epcisProblem(400, "queryParameter", "EQ_colour is not a query parameter of EPCIS 2.0");
 */
export function epcisProblem(
  status: number,
  exception: EpcisException,
  detail: string,
  errors?: { field: string; message: string }[],
): ProblemError {
  const { title, type } = epcisException(exception);
  return new ProblemError(status, title, detail, { type, errors });
}

/**
 * The title and `type` of one of the binding's exceptions, for a domain error that a service
 * answering in the binding's terms throws; its kind gives the status (`plugins/problemDetails.ts`).
 *
 * @example
 * throw new LimitExceededError("More than maxEventCount (10) events match the query.", epcisException("queryTooLarge"));
 */
export function epcisException(exception: EpcisException): { title: string; type: string } {
  return { title: EXCEPTION_TITLES[exception], type: EPCIS_EXCEPTIONS[exception] };
}

const EXCEPTION_TITLES: Record<EpcisException, string> = {
  queryParameter: "Query parameter exception",
  queryValidation: "Query validation exception",
  validation: "Validation exception",
  security: "Security exception",
  noSuchName: "No such name",
  notAcceptable: "Not acceptable",
  resourceAlreadyExists: "Resource already exists",
  queryTooLarge: "Query too large",
  subscriptionControls: "Subscription controls exception",
  unsupportedMediaType: "Unsupported media type",
  captureLimitExceeded: "Capture limit exceeded",
  implementation: "Implementation exception",
};

/**
 * The binding's caller: an API key (its organisation is implied) of at least `minimum`, else the
 * binding's SecurityException (401 without credentials, 403 for a signed-in person or a lesser key).
 *
 * @example
 * const { organizationId } = requireEpcisClient(request);
 */
export function requireEpcisClient(
  request: FastifyRequest,
  minimum: Role = "viewer",
): Extract<Principal, { kind: "apiKey" }> {
  const principal = request.principal;
  if (!principal) throw epcisProblem(401, "security", "Send an API key (Authorization: Bearer …).");
  if (principal.kind !== "apiKey") {
    throw epcisProblem(
      403,
      "security",
      "The EPCIS 2.0 interface is for API keys (their organisation is implied); people use /orgs/{orgId}/….",
    );
  }
  if (!roleAtLeast(principal.role, minimum)) {
    throw epcisProblem(
      403,
      "security",
      `This needs an API key of the role ${minimum} or higher; yours is ${principal.role}.`,
    );
  }
  return principal;
}

/**
 * Sets the version headers on a binding response and picks its media type by `Accept`:
 * `application/ld+json` when asked for, else `application/json`; 406 for a type we do not
 * serve (XML).
 *
 * @example
 * negotiateEpcis(request, reply);
 */
export function negotiateEpcis(request: FastifyRequest, reply: FastifyReply): void {
  const accepted = (request.headers.accept ?? "*/*")
    .split(",")
    .map((part) => part.split(";")[0]?.trim().toLowerCase() ?? "");
  const serves = (type: string) => accepted.includes(type);
  let type: string | undefined;
  if (serves("application/ld+json")) type = "application/ld+json";
  else if (serves("application/json") || serves("*/*") || serves("application/*")) type = "application/json";
  if (!type) {
    throw epcisProblem(
      406,
      "notAcceptable",
      `Accept: ${request.headers.accept} — this EPCIS interface answers application/json or application/ld+json.`,
    );
  }
  reply.header(GS1_HEADERS.epcisVersion, EPCIS_VERSION);
  reply.header(GS1_HEADERS.cbvVersion, CBV_VERSION);
  reply.type(type);
}

/**
 * An EPCISQueryDocument of one page of results (or of one subscription delivery).
 *
 * @example
 * queryDocument("SimpleEventQuery", page.eventList)
 */
export function queryDocument(
  queryName: string,
  eventList: Record<string, unknown>[],
  subscriptionID?: string,
) {
  return {
    "@context": [EPCIS_CONTEXT, tracemarkContextUrl],
    type: "EPCISQueryDocument" as const,
    schemaVersion: "2.0" as const,
    creationDate: new Date().toISOString(),
    epcisBody: {
      queryResults: { queryName, ...(subscriptionID ? { subscriptionID } : {}), resultsBody: { eventList } },
    },
  };
}
