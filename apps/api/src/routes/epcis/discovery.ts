import type { FastifyInstance, FastifyRequest } from "fastify";
import type { z } from "zod";
import { EPCIS_BINDING_ROUTE, requireEpcisClient, SUPPORTED_VERSION_HEADERS } from "../../epcis/binding.ts";
import { discovered } from "./responses.ts";

/**
 * The discovery headers every query-side `OPTIONS` answers (the binding's
 * `204DefaultDiscoveryResponse`): the EPCIS and CBV versions spoken, and `GS1-EPC-Format:
 * Never_Translates` (events are answered with their identifiers as captured, URN or Digital Link).
 */
export const QUERY_DISCOVERY_HEADERS = {
  ...SUPPORTED_VERSION_HEADERS,
  "GS1-EPC-Format": "Never_Translates",
} as const;

export type DiscoveryRouteOptions = {
  /** The `Allow` header: the methods the resource answers. */
  allow: string;
  summary: string;
  params?: z.ZodObject;
  /**
   * Checks the resource exists for the caller's organisation (its 404 otherwise) and returns any
   * further headers of this resource.
   */
  check?: (request: FastifyRequest, organizationId: string) => Promise<Record<string, string> | undefined>;
};

/**
 * Registers the binding's `OPTIONS` discovery of a query-side resource: for an API key, 204 with
 * `Allow`, the versions and the binding's other discovery headers (`GS1-EPCIS-Version` and
 * `GS1-CBV-Version` come with every binding route); a member that does not exist is a 404, as its GET.
 *
 * @example
 * discoveryRoute(app, "/eventTypes", { allow: "OPTIONS, GET", summary: "…" });
 */
export function discoveryRoute(app: FastifyInstance, url: string, options: DiscoveryRouteOptions): void {
  app.options(
    url,
    {
      config: EPCIS_BINDING_ROUTE,
      schema: {
        tags: ["epcis"],
        summary: `EPCIS 2.0 discovery: ${options.summary}`,
        ...(options.params ? { params: options.params } : {}),
        response: { 204: discovered },
      },
    },
    async (request, reply) => {
      const { organizationId } = requireEpcisClient(request);
      const extra = (await options.check?.(request, organizationId)) ?? {};
      return reply
        .code(204)
        .headers({ allow: options.allow, ...QUERY_DISCOVERY_HEADERS, ...extra })
        .send(null);
    },
  );
}
