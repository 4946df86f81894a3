import { Prisma } from "@tracemark/db";
import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { type Problem, ProblemError } from "../errors/problem.ts";

const PROBLEM_BASE = "https://tracemark.dev/problems/";

/**
 * The one place where errors become HTTP responses: RFC 9457 problem+json, 4xx naming what was
 * wrong with the request, 5xx revealing nothing about internals (the log has the details).
 */
export function registerProblemDetails(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    sendProblem(reply, {
      type: `${PROBLEM_BASE}not-found`,
      title: "Not Found",
      status: 404,
      detail: `No route ${request.method} ${request.url.split("?")[0]}`,
    });
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500) request.log.error({ err: error }, "request failed");
    if (error instanceof ProblemError && error.headers) reply.headers(error.headers);
    sendProblem(reply, { ...problem, instance: request.id });
  });
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
  if (error instanceof ProblemError) {
    const slug = error.title.toLowerCase().replaceAll(/[^a-z0-9]+/g, "-");
    return {
      type: `${PROBLEM_BASE}${slug}`,
      title: error.title,
      status: error.status,
      ...(error.detail ? { detail: error.detail } : {}),
      ...(error.errors ? { errors: error.errors } : {}),
    };
  }
  const prismaProblem = fromPrisma(error);
  if (prismaProblem) return prismaProblem;
  if (isResponseSerializationError(error)) return internalError();
  // Fastify's own client errors (bad JSON, body too large, unsupported media type, …).
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return {
      type: `${PROBLEM_BASE}${(error.code ?? "bad-request").toLowerCase().replaceAll("_", "-")}`,
      title: "Bad request",
      status: error.statusCode,
      detail: error.message,
    };
  }
  return internalError();
}

/** Database errors a request can cause: duplicates, missing rows, broken references; and outages. */
function fromPrisma(error: unknown): Problem | undefined {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    switch (error.code) {
      case "P2002":
        return {
          type: `${PROBLEM_BASE}conflict`,
          title: "Conflict",
          status: 409,
          detail: "A record with these unique values already exists.",
        };
      case "P2025":
      case "P2015":
        return {
          type: `${PROBLEM_BASE}not-found`,
          title: "Not Found",
          status: 404,
          detail: "The record does not exist.",
        };
      case "P2003":
        return {
          type: `${PROBLEM_BASE}invalid-reference`,
          title: "Invalid reference",
          status: 422,
          detail: "The request refers to a record that does not exist.",
        };
    }
  }
  if (error instanceof Prisma.PrismaClientInitializationError || isConnectionFailure(error)) {
    return {
      type: `${PROBLEM_BASE}unavailable`,
      title: "Service Unavailable",
      status: 503,
      detail: "The database is unreachable; try again shortly.",
    };
  }
  return undefined;
}

function isConnectionFailure(error: unknown): boolean {
  const code =
    (error as { code?: unknown; cause?: { code?: unknown } }).code ??
    (error as { cause?: { code?: unknown } }).cause?.code;
  return code === "ECONNREFUSED" || code === "ECONNRESET" || code === "57P01" || code === "P1001";
}

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
