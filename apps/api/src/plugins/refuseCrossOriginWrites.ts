import type { FastifyInstance, FastifyRequest } from "fastify";
import type { AppContext } from "../context.ts";
import { ProblemError } from "../errors/problem.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses writes (POST, PUT, PATCH, DELETE) that a browser sends from a page of another origin
 * (CSRF): a session cookie goes along with them, even from another port of the same host. The
 * browser's own headers tell: `Origin` (sent with every write since 2020), else `Sec-Fetch-Site`,
 * else `Referer`. Allowed are the API's own origin and the web app's (`WEB_ORIGINS`); a request with
 * none of these headers is not from a browser (a program, the web server) and passes. Requests
 * with an API key (`Authorization: Bearer`) carry no ambient credential and are not checked (a
 * browser may add cached Basic credentials by itself: those do not count). As Go's
 * `net/http.CrossOriginProtection`.
 */
export function refuseCrossOriginWrites(app: FastifyInstance, { config }: AppContext): void {
  const allowed = new Set(config.webOrigins);
  app.addHook("onRequest", async (request) => {
    if (SAFE_METHODS.has(request.method) || /^Bearer\s/i.test(request.headers.authorization ?? "")) return;
    const origin = browserOriginOf(request);
    if (origin === undefined || allowed.has(origin) || isOwnOrigin(request, origin)) return;
    throw new ProblemError(
      403,
      "Cross-origin request refused",
      `A browser page of ${origin} may not write here; only the Tracemark web app (${config.webOrigins.join(", ")}) may.`,
    );
  });
}

/** The origin of the page that made the request; undefined when it is the same origin or not a browser. */
function browserOriginOf(request: FastifyRequest): string | undefined {
  const { origin, referer } = request.headers;
  const site = request.headers["sec-fetch-site"];
  // Same-origin requests and ones the user made themselves (`none`: typed, a bookmark) are not forged.
  if (site === "same-origin" || site === "none") return undefined;
  if (origin) return origin;
  if (referer) return URL.parse(referer)?.origin ?? "null";
  if (site) return `a ${site} page`;
  return undefined;
}

function isOwnOrigin(request: FastifyRequest, origin: string): boolean {
  const url = URL.parse(origin);
  return url !== null && url.origin === origin && url.host === request.headers.host;
}
