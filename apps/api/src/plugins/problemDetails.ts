import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import { Prisma } from "@tracemark/db";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { isEpcisBindingRequest, toEpcisProblem } from "../epcis/registerEpcisBinding.ts";
import {
  ConflictError,
  DomainError,
  InvalidInputError,
  LimitExceededError,
  MalformedRequestError,
  NoLongerValidError,
  NotAllowedError,
  NotAuthenticatedError,
  NotFoundError,
  ThrottledError,
  UnavailableError,
} from "../errors/domain.ts";
import { EventReferencesError } from "../errors/foreignReference.ts";
import { isDatabaseUnavailable } from "../errors/isDatabaseUnavailable.ts";
import { type Problem, ProblemError } from "../errors/problem.ts";
import { ReusedEventIdError } from "../errors/reusedEventId.ts";

const PROBLEM_BASE = "https://tracemark.dev/problems/";

/**
 * The one place where errors become HTTP responses: RFC 9457 problem+json, 4xx naming what was
 * wrong with the request, 5xx revealing nothing about internals (the log has the details).
 */
export function registerProblemDetails(app: FastifyInstance): void {
  const notFound = (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split("?")[0] ?? "";
    const allowed = METHODS.filter(
      (method) => method !== request.method && app.findRoute({ method, url: path }) !== null,
    );
    if (allowed.length > 0) {
      reply.header("allow", allowed.join(", "));
      sendProblem(
        reply,
        titledProblem(
          "Method Not Allowed",
          405,
          `${path} does not take ${request.method}; it takes ${allowed.join(", ")}.`,
        ),
      );
      return;
    }
    sendProblem(reply, titledProblem("Not Found", 404, `No route ${request.method} ${path}`));
  };
  app.setNotFoundHandler(notFound);
  // Answered before Fastify would read (and parse) a body for no route.
  app.addHook("onRequest", async (request, reply) => {
    if (!request.is404) return;
    notFound(request, reply);
    return reply;
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500) request.log.error({ err: error }, "request failed");
    if (error instanceof ProblemError && error.headers) reply.headers(error.headers);
    if (error instanceof ThrottledError) reply.header("retry-after", String(error.retryAfterSeconds));
    if (problem.type === UNAVAILABLE.type) reply.header("retry-after", String(RETRY_AFTER_SECONDS));
    sendProblem(
      reply,
      isEpcisBindingRequest(request)
        ? toEpcisProblem(problem, request.id)
        : { ...problem, instance: instanceOf(request) },
    );
  });
}

/**
 * A problem's `instance`: the request's id (its `x-request-id`) as an absolute URI, as RFC 9457
 * and the EPCIS 2.0 binding's problem schema (`format: uri`) want it.
 */
function instanceOf(request: FastifyRequest): string {
  return `urn:tracemark:request:${request.id}`;
}

/** The methods a route may have, for 405's `Allow`. */
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/**
 * Fastify's `frameworkErrors` option: the router's own errors (a URL that is not valid
 * percent-encoding, 400; a path segment over `maxParamLength`, 414) as problem+json.
 */
export function frameworkErrorProblem(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  sendProblem(reply, { ...toProblem(error), instance: instanceOf(request) });
}

/**
 * Fastify's `clientErrorHandler` option: what Node's HTTP parser refuses before there is a request
 * (headers over 16 KiB, 431; a request that is not HTTP, 400; too slow, 408) as problem+json, on
 * the raw socket, which is then closed.
 */
export function clientErrorProblem(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  const [status, detail] =
    error.code === "ERR_HTTP_REQUEST_TIMEOUT"
      ? [408, "The request was not received in time."]
      : error.code === "HPE_HEADER_OVERFLOW"
        ? [431, "The request line and headers together exceed 16 KiB."]
        : [400, "The request is not well-formed HTTP."];
  const title = STATUS_CODES[status] ?? "Bad Request";
  const body = JSON.stringify(titledProblem(title, status, detail));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${title}\r\ncontent-type: application/problem+json\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroySoon();
}

function slugOf(title: string): string {
  return title.toLowerCase().replaceAll(/[^a-z0-9]+/g, "-");
}

/** A problem whose `type` is made from its title (`Not Found` → `…/problems/not-found`). */
function titledProblem(title: string, status: number, detail: string): Problem {
  return { type: `${PROBLEM_BASE}${slugOf(title)}`, title, status, detail };
}

function toProblem(error: FastifyError): Problem {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((issue) => ({
      field: [error.validationContext, ...issue.instancePath.split("/").filter(Boolean)].join("."),
      message: issue.message ?? "is invalid",
    }));
    return {
      type: `${PROBLEM_BASE}invalid-request`,
      title: "Invalid request",
      status: 400,
      detail: errors.map((e) => `${e.field}: ${e.message}`).join("; "),
      errors,
    };
  }
  if (error instanceof EventReferencesError) {
    const reused = error instanceof ReusedEventIdError;
    return {
      type: `${PROBLEM_BASE}${reused ? "event-id-in-use" : "reference-to-another-organisation"}`,
      title: error.shortMessage,
      status: reused ? 409 : 422,
      ...(error.details ? { detail: error.details } : {}),
      errors: error.errors,
    };
  }
  if (error instanceof DomainError) {
    return {
      type: error.type ?? `${PROBLEM_BASE}${slugOf(error.shortMessage)}`,
      title: error.shortMessage,
      status: statusOf(error),
      ...(error.details ? { detail: error.details } : {}),
      ...(error.errors ? { errors: error.errors } : {}),
    };
  }
  if (error instanceof ProblemError) {
    return {
      type: error.type ?? `${PROBLEM_BASE}${slugOf(error.title)}`,
      title: error.title,
      status: error.status,
      ...(error.detail ? { detail: error.detail } : {}),
      ...(error.errors ? { errors: error.errors } : {}),
    };
  }
  const prismaProblem = fromPrisma(error);
  if (prismaProblem) return prismaProblem;
  if (isResponseSerializationError(error)) return internalError();
  // Fastify's own client errors (bad JSON, body too large, unsupported media type, bad URL, …).
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return titledProblem(STATUS_CODES[error.statusCode] ?? "Bad Request", error.statusCode, error.message);
  }
  return internalError();
}

/** Each kind of domain error (errors/domain.ts) and the HTTP status that answers it. */
const DOMAIN_STATUSES: [new (...args: never[]) => DomainError, number][] = [
  [MalformedRequestError, 400],
  [NotAuthenticatedError, 401],
  [NotAllowedError, 403],
  [NotFoundError, 404],
  [ConflictError, 409],
  [NoLongerValidError, 410],
  [LimitExceededError, 413],
  [InvalidInputError, 422],
  [ThrottledError, 429],
  [UnavailableError, 503],
];

function statusOf(error: DomainError): number {
  return DOMAIN_STATUSES.find(([kind]) => error instanceof kind)?.[1] ?? 500;
}

/** Database errors a request can cause: duplicates, missing rows, broken references; and outages. */
function fromPrisma(error: unknown): Problem | undefined {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    switch (error.code) {
      case "P2002":
        return titledProblem("Conflict", 409, "A record with these unique values already exists.");
      case "P2025":
      case "P2015":
        return titledProblem("Not Found", 404, "The record does not exist.");
      case "P2003":
        return titledProblem("Invalid reference", 422, "The request refers to a record that does not exist.");
    }
  }
  if (isDatabaseUnavailable(error)) return UNAVAILABLE;
  return undefined;
}

/** How long a client should wait before sending a request refused for a database outage again. */
const RETRY_AFTER_SECONDS = 2;

/** The database is down or restarting: the request may succeed if sent again (`Retry-After`). */
const UNAVAILABLE: Problem = {
  type: `${PROBLEM_BASE}unavailable`,
  title: "Service Unavailable",
  status: 503,
  detail: "The database is unreachable; try again shortly.",
};

function internalError(): Problem {
  return { type: `${PROBLEM_BASE}internal`, title: "Internal Server Error", status: 500 };
}

function sendProblem(
  reply: { code: (n: number) => unknown; type: (t: string) => unknown; send: (b: unknown) => unknown },
  problem: Problem,
) {
  reply.code(problem.status);
  reply.type("application/problem+json");
  reply.send(problem);
}
