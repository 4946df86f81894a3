import type { FastifyInstance, FastifyRequest } from "fastify";
import { type Problem, ProblemError } from "../errors/problem.ts";
import { CBV_VERSION, EPCIS_PROBLEM_TYPES, EPCIS_VERSION, GS1_HEADERS } from "./binding.ts";

const VERSION = /^\d+(\.\d+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

declare module "fastify" {
  interface FastifyContextConfig {
    /** An endpoint of the EPCIS 2.0 REST binding (see `EPCIS_BINDING_ROUTE`). */
    epcisBinding?: boolean;
  }
}

/** Whether the request was routed to an endpoint of the EPCIS 2.0 REST binding. */
export function isEpcisBindingRequest(request: FastifyRequest): boolean {
  return request.routeOptions?.config?.epcisBinding === true;
}

/**
 * For the EPCIS 2.0 REST binding's endpoints (routes with `EPCIS_BINDING_ROUTE` in their config):
 * every response carries `GS1-EPCIS-Version` and `GS1-CBV-Version`; a request's
 * `GS1-EPCIS-Version`/`GS1-CBV-Version` (the version its body follows) and `GS1-EPCIS-Min/Max`,
 * `GS1-CBV-Min/Max` (the versions it accepts) are checked after the caller is known: a malformed
 * version is a 400, versions Tracemark does not speak a 406 (the binding's "Conflicting request and
 * response headers"). Register after authentication.
 *
 * @example
 * registerEpcisBinding(app);
 * app.post("/capture", { config: EPCIS_BINDING_ROUTE }, handler);
 */
export function registerEpcisBinding(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply) => {
    if (!isEpcisBindingRequest(request)) return;
    reply.header(GS1_HEADERS.epcisVersion, EPCIS_VERSION);
    reply.header(GS1_HEADERS.cbvVersion, CBV_VERSION);
  });
  app.addHook("onRequest", async (request) => {
    if (!isEpcisBindingRequest(request)) return;
    checkVersions(
      request,
      "EPCIS",
      EPCIS_VERSION,
      GS1_HEADERS.epcisVersion,
      GS1_HEADERS.epcisMin,
      GS1_HEADERS.epcisMax,
    );
    checkVersions(
      request,
      "CBV",
      CBV_VERSION,
      GS1_HEADERS.cbvVersion,
      GS1_HEADERS.cbvMin,
      GS1_HEADERS.cbvMax,
    );
  });
}

/**
 * A problem of a binding endpoint in the binding's terms: its `epcisException:…` type for the
 * status, a 422 (Tracemark's "understood but invalid") as the binding's 400 ValidationException,
 * and `instance` as a URI (the schema's `format: uri`) or left out.
 *
 * @example
 * toEpcisProblem({ type: "https://tracemark.dev/problems/invalid-request", title: "Invalid request", status: 422 }, id)
 * // { type: "epcisException:ValidationException", title: "Invalid request", status: 400, instance: "urn:uuid:…" }
 */
export function toEpcisProblem(problem: Problem, requestId: string): Problem {
  const status = problem.status === 422 ? 400 : problem.status;
  const { instance: _instance, ...rest } = problem;
  return {
    ...rest,
    status,
    type: EPCIS_PROBLEM_TYPES[status] ?? problem.type,
    ...(UUID.test(requestId) ? { instance: `urn:uuid:${requestId.toLowerCase()}` } : {}),
  };
}

function checkVersions(
  request: FastifyRequest,
  label: string,
  ours: string,
  ...names: [version: string, min: string, max: string]
): void {
  const [version, min, max] = names.map((name) => headerValue(request, name));
  if (version !== undefined && compareVersions(version, ours, 2) !== 0) {
    throw notAcceptable(`${names[0]} ${version}: this server captures and answers ${label} ${ours}.`);
  }
  if (min !== undefined && compareVersions(ours, min) < 0) {
    throw notAcceptable(`${names[1]} ${min}: this server speaks ${label} ${ours} only.`);
  }
  if (max !== undefined && compareVersions(ours, max) > 0) {
    throw notAcceptable(`${names[2]} ${max}: this server speaks ${label} ${ours} only.`);
  }
}

function headerValue(request: FastifyRequest, name: string): string | undefined {
  const raw = request.headers[name.toLowerCase()];
  if (raw === undefined) return undefined;
  const value = (Array.isArray(raw) ? raw.join(",") : raw).trim();
  if (!VERSION.test(value)) {
    const message = `"${value}" is not a version such as ${EPCIS_VERSION}`;
    throw new ProblemError(400, "Invalid request", `headers.${name}: ${message}`, {
      errors: [{ field: `headers.${name}`, message }],
    });
  }
  return value;
}

/** Compares dotted versions (missing parts are 0), on the first `parts` parts when given. */
function compareVersions(a: string, b: string, parts?: number): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  const length = parts ?? Math.max(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

function notAcceptable(detail: string): ProblemError {
  return new ProblemError(406, "Conflicting request and response headers", detail);
}
